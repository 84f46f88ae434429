import type { Grade, Stance } from '../types.js';

/** Cue patterns of DESIGN.md's grading rubric, each naming the finer basis it points to. */
const BASIS_CUES: readonly { basis: string; grade: Grade; pattern: RegExp }[] = [
  { basis: 'rct', grade: 'CLINICAL', pattern: /\brandomi[sz]ed\b|\bdouble[- ]blind(ed)?\b/i },
  {
    basis: 'controlled_trial',
    grade: 'CLINICAL',
    pattern: /\bsplit[- ]face\b|\bplacebo\b|\bcontrolled (trial|study)\b/i,
  },
  {
    basis: 'observational',
    grade: 'CLINICAL',
    pattern: /\bcohort\b|\bcase series\b|\bobservational\b|\bretrospective\b/i,
  },
  {
    basis: 'unspecified_clinical',
    grade: 'CLINICAL',
    pattern:
      /\bclinical (studies|study|trials?|evidence|applications?|research)\b|\btrials? in humans\b|\btrials?\b|\bpatients\b|\bparticipants\b|\bstudies show\b|\bhuman (studies|trials)\b/i,
  },
  {
    basis: 'in_vitro',
    grade: 'PRECLINICAL',
    pattern: /\bin vitro\b|\bcultured\b|\bcell cultures?\b|\bin culture\b|\bon cells\b/i,
  },
  { basis: 'animal', grade: 'PRECLINICAL', pattern: /\bmice\b|\bmouse\b|\brats?\b|\banimals?\b|\bporcine\b/i },
  {
    basis: 'unspecified_preclinical',
    grade: 'PRECLINICAL',
    pattern: /\bpreclinical\b|\blaboratory\b|\bexperimental models?\b|\bin the lab\b/i,
  },
  {
    basis: 'testimonial',
    grade: 'ANECDOTAL',
    pattern: /\bI (noticed|saw|tried|felt)\b|\bmy (own|skin|cheeks|complexion)\b|\btestimonials?\b/i,
  },
  {
    basis: 'adverse_event_reports',
    grade: 'ANECDOTAL',
    pattern: /\badverse[- ]event reports?\b|\bcase reports? of (harm|infection)\b/i,
  },
  {
    basis: 'practice_observation',
    grade: 'ANECDOTAL',
    pattern:
      /\banecdotal\b|\bclinics (commonly|often)\b|\b(commonly|increasingly|often) used\b|\bare used\b|\bis used\b|\bin (my|our) (practice|clinic)\b|\b(my|our) patients\b|\b(patients|clients) (at|in|of) (my|our) (clinic|practice)\b/i,
  },
  {
    basis: 'expert_opinion',
    grade: 'ANECDOTAL',
    pattern:
      /\bDr\.? [A-Z][a-z]+( [A-Z][a-z]+)* (says|said|explains|points out|adds|notes|recommends|advises)\b|\bin the view of\b|\baccording to Dr\b/i,
  },
];

const GRADE_ORDER: Grade[] = ['ANECDOTAL', 'PRECLINICAL', 'CLINICAL'];

export interface EvidenceReading {
  grade: Grade;
  basis: string;
  cues: string[];
  mixed: boolean;
}

/**
 * The grade a passage invokes: the kinds of evidence it names, the weakest of them where it
 * mixes several (DESIGN.md); ANECDOTAL with no basis where it names none.
 */
export function readEvidence(text: string): EvidenceReading {
  const found = BASIS_CUES.flatMap(({ basis, grade, pattern }) => {
    const match = pattern.exec(text);
    return match ? [{ basis, grade, cue: match[0] }] : [];
  });
  if (found.length === 0) return { grade: 'ANECDOTAL', basis: 'none_given', cues: [], mixed: false };
  const grades = new Set(found.map((f) => f.grade));
  const weakest = GRADE_ORDER.find((g) => grades.has(g))!;
  const chosen = found.find((f) => f.grade === weakest)!;
  return { grade: weakest, basis: chosen.basis, cues: found.map((f) => f.cue), mixed: grades.size > 1 };
}

const HEDGES =
  /\b(may|might|could|suggests?|suggested|promising|early|hoped?|potentially|appears?|in theory|possibl[ey]|likely|preliminary)\b/i;

export function hedgeIn(text: string): string | null {
  return HEDGES.exec(text)?.[0] ?? null;
}

const CITATIONS = [
  /\b10\.\d{4,9}\/\S+/, // DOI
  /\bPMID:?\s*\d{6,9}\b/i,
  /\bNCT\d{8}\b/,
  /\(\s*[A-Z][A-Za-z-]+(?: et al\.?| and [A-Z][A-Za-z-]+)?,? (19|20)\d{2}[a-z]?\s*\)/, // (Smith et al., 2021)
];

export function citationIn(text: string): string | null {
  for (const pattern of CITATIONS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

const NEGATIONS =
  /\b(no|not|cannot|can't|never|none|lack(s|ing)?|without|neither|nor|isn't|aren't|don't|doesn't|won't)\b|n’t\b/i;
/** "with no downtime", "without side effects": a phrase that adds to what the sentence affirms, not a denial of it. */
const ADDING_NEGATION = /\b(with no|without( any)?)\s+[\w-]+(\s+(of|or|and)\s+[\w-]+)*/gi;
const LIMITS =
  /\b(not (been )?(shown|proven|demonstrated|established)|depends?|depending|only (in|when|if|with)|limited|not yet|not fully|more research|remains? (limited|unclear)|inconsistent|varies|vary|caution|carefully)\b/i;

/** A warning against a promise denies it: the passage tells the reader not to believe it. */
const WARNINGS =
  /\b(avoid|beware of|(be )?wary of)\b[^.;]{0,60}?\b(promis\w*|claim\w*|guarantee\w*|advertis\w*)\b|\bpromises of\b|\bred flags?\b|\btoo good to be true\b/i;

export interface StanceReading {
  stance: Stance;
  cue: string | null;
}

/** What a passage says of the affirmative claim it is matched to: warns against it, limits it, denies it, or affirms it. */
export function readStance(text: string): StanceReading {
  const warning = WARNINGS.exec(text);
  if (warning) return { stance: 'CONTRADICTS', cue: warning[0] };
  const limit = LIMITS.exec(text);
  if (limit) return { stance: 'QUALIFIES', cue: limit[0] };
  const negation = NEGATIONS.exec(text.replace(ADDING_NEGATION, ''));
  if (negation) return { stance: 'CONTRADICTS', cue: negation[0] };
  return { stance: 'SUPPORTS', cue: null };
}

/**
 * A passage's stance on a claim it is linked to: a new claim is the passage's own proposition; a
 * denial of a claim that is itself stated as a denial ("regulators have not approved …") agrees with it.
 */
export function stanceTowards(claim: { isNew: boolean; statement: string }, stance: Stance): Stance {
  if (claim.isNew) return 'SUPPORTS';
  if (stance === 'CONTRADICTS' && readStance(claim.statement).stance === 'CONTRADICTS') return 'SUPPORTS';
  return stance;
}
