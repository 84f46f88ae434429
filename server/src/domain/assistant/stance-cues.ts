import type { Stance } from '../types.js';

const NEGATIONS =
  /\b(no|not|cannot|can't|never|none|lack(s|ing)?|without|neither|nor|isn't|aren't|don't|doesn't|won't|hasn't|haven't|hadn't|didn't|wasn't|weren't|shouldn't|wouldn't)\b|n’t\b/i;
/** "with no downtime", "without side effects": a phrase that adds to what the sentence affirms, not a denial of it. */
const ADDING_NEGATION =
  /\b(with no|without( any)?|(almost|virtually|practically|next to|little or) no)\s+[\w-]+(\s+(of|or|and)\s+[\w-]+)*/gi;
const LIMITS =
  /\b(not (been )?(shown|proven|demonstrated|established)|depends?|depending|only (in|when|if|with)|limited|not yet|not fully|more research|remains? (limited|unclear)|inconsistent|varies|vary|caution|carefully)\b|\b(never|not( yet)?) (been )?(tested|compared|studied|measured|assessed)\b|\bnot (been )?(adequately |well |properly )?supported\b|\b(unsupported|unproven)\b|\b(may|might|could) not\b|\b(smaller|weaker|less|shorter) than (hoped|expected|claimed|advertised)\b|\b(returned|came back|wore off|wears off|temporary|short-lived)\b|\bnobody has (shown|compared|tested|measured|tracked|studied)\b|\bno (good |solid |real |reliable )?(evidence|proof|data)\b|\b(do not|don't|can't|cannot) (yet )?(know|tell|say)\b/i;

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
 * denial or a limit of a claim that is itself stated as one ("regulators have not approved …",
 * "clinical evidence is limited") agrees with it; a promise ("guaranteed results") reads against
 * a claim that denies promises ("… do not promise results").
 */
export function stanceTowards(claim: { isNew: boolean; statement: string }, stance: Stance, passage?: string): Stance {
  if (claim.isNew) return 'SUPPORTS';
  const own = readStance(claim.statement).stance;
  if (stance !== 'SUPPORTS' && own !== 'SUPPORTS') return 'SUPPORTS';
  if (stance === 'SUPPORTS' && passage && DENIES_PROMISES.test(claim.statement) && PROMISES.test(passage))
    return 'CONTRADICTS';
  return stance;
}

/** A claim that denies or warns against promises ("…set conservative expectations and do not promise results"). */
const DENIES_PROMISES = /\b(do not|don't|never|not) (promise|guarantee)\w*|\bconservative expectations\b/i;
/** A passage that makes a promise of its own: it reads against such a claim. */
const PROMISES = /\b(guarantee[ds]?|guaranteed|we promise|promises? (you|results)|no (possibility|chance|risk) of)\b/i;

/** A claim that the treatment can do harm, or that its safety is not established ("… can be contaminated and cause harm"). */
const HARM_CLAIM =
  /\b(can|may|could) (be contaminated|cause|carry|trigger|aggravate|worsen)\b|\bsafety\b[^.;]{0,40}\bnot (been )?(established|proven|shown)\b/i;
/** An assurance of safety: it reads against a claim of harm ("completely safe", "risk-free", "produced in a sterile laboratory"). */
const SAFETY_ASSURANCE =
  /\b(completely|totally|perfectly|entirely|100%) safe\b|\brisk[- ]free\b|\bsterile\b|\b(no|zero|without( any)?) (risks?|side[- ]effects?|complications|possibility of (side[- ]effects?|harm))\b|\bcan(not|'t|’t) (cause )?harm\b/i;
/** A denial aimed at the harm itself ("cannot cause infection"), not at a safeguard ("no verified origin"). */
const DENIED_HARM =
  /\b(no|not|cannot|can't|never|without)\b[^.;,]{0,30}\b(risks?|harm\w*|infection\w*|contaminat\w*|side[- ]effects?|reactions?|irritation)\b/i;
/** A claim that products are all alike (not a comparison: "more consistent than PRP" is affirmed by PRP's variability). */
const UNIFORMITY_CLAIM = /\b(standardi[sz]ed|uniform|equivalent|identical)\b/i;
/** Wording that says products or results differ: it reads against a claim that they are all alike. */
const VARIATION =
  /\b(vary|varies|varied|variable|variability|differ|differs|different|inconsistent|depends?|depending)\b|\bnot all\b[^.;]{0,40}\b(equal|the same|alike)\b/i;

/**
 * A passage's stance on a claim it is linked to, with the words it is read from: as
 * `stanceTowards`, and also read against what the claim itself asserts — an assurance of safety
 * against a claim of harm, a denial of a safeguard ("no verified origin", "cannot judge quality")
 * with it, and any word of variation against a claim that products are all alike.
 */
export function readStanceTowards(claim: { isNew: boolean; statement: string }, saying: string): StanceReading {
  const reading = readStance(saying);
  if (claim.isNew) return { stance: 'SUPPORTS', cue: reading.cue };
  if (HARM_CLAIM.test(claim.statement) && !/\b(lowers?|reduces?|avoids?)\b/i.test(claim.statement)) {
    const assurance = SAFETY_ASSURANCE.exec(saying);
    const denied = NEGATIONS.exec(saying.replace(SAFETY_ASSURANCE, ''));
    if (assurance) return { stance: denied ? 'SUPPORTS' : 'CONTRADICTS', cue: assurance[0] };
    if (reading.stance === 'CONTRADICTS' && !DENIED_HARM.test(saying)) return { stance: 'SUPPORTS', cue: reading.cue };
  }
  if (
    UNIFORMITY_CLAIM.test(claim.statement) &&
    !/\bthan\b/i.test(claim.statement) &&
    reading.stance !== 'CONTRADICTS'
  ) {
    const variation = VARIATION.exec(saying);
    if (variation) return { stance: 'CONTRADICTS', cue: variation[0] };
  }
  return { stance: stanceTowards(claim, reading.stance, saying), cue: reading.cue };
}
