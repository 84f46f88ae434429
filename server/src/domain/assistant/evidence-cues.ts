import type { Grade } from '../types.js';

/**
 * A cue of DESIGN.md's grading rubric, naming the finer basis it points to. `unless`: a clause
 * (the words between commas, semicolons, colons, brackets or dashes) around the cue that shows it
 * names no basis of this passage.
 */
interface BasisCue {
  basis: string;
  grade: Grade;
  pattern: RegExp;
  unless?: RegExp;
  /** Words just before the cue that show it names where a product comes from, not a study: "isolated from stem cell culture". */
  unlessAfter?: RegExp;
  /** Words anywhere in the sentence that show the cue is about making or testing a product, not a study of cells. */
  unlessInSentence?: RegExp;
}

/**
 * Studies named as something required, awaited, called for or regulated are not a basis: "larger
 * trials are required", "within an authorised trial", "these findings support a trial in patients".
 */
const REQUIRED =
  /\b(must|should|need(s|ed)?|required?|requires|requiring|calls? for|await\w*|confirmation|authori[sz]ed|approved|unless|warrant\w*|justif(y|ies|ied)|future|planned|supports? (a|further|larger|future))\b/i;
/** Making or testing a product in a laboratory is no laboratory finding about skin: "produced in a sterile laboratory". */
const MADE_IN_LAB =
  /\b(produced|made|grown|manufactured|harvested|processed|prepared|certified|sterile|sourced|tested|testing|contaminat\w*|vials?|batch(es)?|seized)\b/i;
/**
 * A study named as missing, untried or not yet done: "not yet compared", "has never been tested",
 * "not shown in adequate, well-controlled studies in humans", "no controlled trials". Read from the
 * start of the cue's clause (up to a semicolon, colon or bracket) to the cue, commas included.
 */
const MISSING =
  /\b(not|never) (supported|backed) by\b|\b(no|none|nothing|neither)\b[^,;]{0,40}\b(has|have|had|is|are|was|were) (yet )?(been )?(shown|demonstrated|proven|established|tested|evaluated|studied)\b|\bunproven\b|\b(not|never) (yet )?(been )?(shown|demonstrated|proven|established|tested|evaluated|studied|compared|assessed|confirmed|replicated)\b|\bnot yet\b|\bno (\w+ ){0,2}(studies|study|trials?|data)\b|\b(lack|absence) of (\w+ ){0,3}(studies|trials?|evidence|data)\b|\byet to be\b/i;
/** A clause that says what a study would show is unknown: "whether exosomes help in people is simply unknown". */
const UNKNOWN = /\bwhether\b.*\b(unknown|unclear|untested|not known|uncertain)\b/i;
const STRONG_CLAUSE_BREAK = /[;:()—–]|\s-\s/g;

const TENS = String.raw`(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-(one|two|three|four|five|six|seven|eight|nine))?`;
const NUMBER = String.raw`(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${TENS}|hundred)`;
const PEOPLE = String.raw`(patients|participants|volunteers|subjects|women|men|adults|people|individuals|children|teenagers)`;
/** A count or share of people, with up to two words describing them: "40 healthy women", "82% of the participants". */
const PEOPLE_COUNTED = String.raw`\b${NUMBER} (of ${NUMBER} )?([a-z-]+ ){0,2}${PEOPLE}\b|\b\d+(\.\d+)?\s?% of (the |all )?([a-z-]+ )?${PEOPLE}\b`;
const CELLS = String.raw`(cells|fibroblasts|keratinocytes|melanocytes|dermal papilla cells|skin cells|melanoma cells|cell lines?)`;
/** Cell types named on their own are cells studied, unless they are the reader's or the body's own ("wake up your own fibroblasts"). */
const CELL_TYPES = String.raw`(?<!\b(your|our|own|their|body's|skin's) )\b(fibroblasts|keratinocytes|melanocytes|macrophages|sebocytes|adipocytes|endothelial cells|HUVECs?)\b`;

const cue = (
  basis: string,
  grade: Grade,
  pattern: string,
  unless?: RegExp,
  unlessAfter?: RegExp,
  unlessInSentence?: RegExp,
): BasisCue => ({ basis, grade, pattern: new RegExp(pattern, 'gi'), unless, unlessAfter, unlessInSentence });

/**
 * How a product is made, sourced or found contaminated: cell culture named in such a sentence is the
 * product's making ("made by growing stem cells ... in culture", "one batch grew bacteria when
 * cultured", "which cell line the vesicles came from"), not a laboratory finding about skin.
 */
const PRODUCT_MAKING =
  /\b(made (from|by|in|with|of|under)|manufactur\w*|batch(es)?|vials?|came from|come from|purified|donor screening|donors? (were |was |are |is |may be )?(\w+ )?screened|contaminat\w*|bacteria|endotoxin|sterility|bioreactors?|GMP|quality control|suppliers?|manufacturers?|labell?ed)\b/i;

/** A product's origin named just before a cue: "vesicles isolated from stem cell culture", "derived from cultured cells". */
const ORIGIN_BEFORE =
  /\b(isolated|derived|harvested|sourced|made|produced|extracted|obtained|collected|grown|secreted|released|taken)( \w+)? (from|by|in) ([\w-]+ ){0,4}$/i;

/** The cues, strongest basis first; a passage is graded by the weakest it names (DESIGN.md). */
const BASIS_CUES: readonly BasisCue[] = [
  cue('rct', 'CLINICAL', String.raw`\brandomi[sz]ed\b|\bdouble[- ]blind(ed)?\b`, REQUIRED),
  cue(
    'controlled_trial',
    'CLINICAL',
    String.raw`\bsplit[- ](face|scalp|body|wound)\b|\bplacebo\b|\b(vehicle|saline)[- ]controlled\b|\bcontrolled (trials?|stud(y|ies))\b|\b(treated|untreated|control) side\b|(?<!\b(no|without|without a|without any|lacks?|lacks? a|lacking|lacking a) )\b(treated|untreated|control|placebo|vehicle|saline|sham|comparison|comparator|intervention|active|experimental) (group|groups|arm|arms|half|halves)\b|\bblind(ed)? (assessors?|raters?|evaluat\w+|observers?|investigators?)\b|\b(single|triple)[- ]blind(ed)?\b|\b(double|single|triple|assessor|investigator|evaluator|observer)[- ](masked|blind(ed)?)\b|\bone side of the (face|scalp)\b|\bthe side that received\b|\bcross-?over (design|trial|study)\b|\b(scored|rated|graded|assessed|judged|evaluated|measured|read)\b[^.;]{0,60}\bwithout knowing which\b|\b(raters?|assessors?|evaluators?|observers?|investigators?|dermatologists?|judges?) who (did not|didn't|does not|do not) know which\b`,
    REQUIRED,
  ),
  // people compared with others treated otherwise: a controlled comparison, unless the writer compares themself ("I healed faster than people who…")
  cue(
    'controlled_trial',
    'CLINICAL',
    String.raw`\b(than|compared (with|to)|versus|vs\.?) (in )?(those|patients|participants|people|women|men|subjects|volunteers) (who|given|treated|receiving|that|on)\b`,
    /\b(I|I'm|I've|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b|\b(must|should|need|required)\b/,
  ),
  cue(
    'observational',
    'CLINICAL',
    String.raw`\bcohort\b|\bcase series\b|\bobservational\b|\bretrospective\b|\bprospective\b|\buncontrolled (study|trial|clinical)\b|\bopen[- ]label\b|\bsingle[- ]arm\b|\bunblinded\b|\bpilot (stud(y|ies)|trials?)\b|\bpilots\b|\b${PEOPLE} (were|was) (followed|enrolled|recruited|randomi[sz]ed|assigned|allocated)\b|\b(enrolled|enrollees?|enrolment|enrollment)\b|\bsubjects (were|applied|received|used|completed)\b|\b(primary|secondary) (end ?points?|outcomes?)\b|\bmeta-analys[ie]s\b|\beach (volunteer|participant|subject)\b`,
    REQUIRED,
  ),
  cue(
    'unspecified_clinical',
    'CLINICAL',
    String.raw`\bclinical (studies|study|trials?|evidence|applications?|research|data)\b|\b(the|these|those|its|their|such|uncontrolled|controlled|published|reported) clinical (results|changes|outcomes)\b|\bin (the|this|that|our|their|each|both) ([\w-]+ )?stud(y|ies)\b|\btrials?\b|\bhuman (studies|study|trials?|data)\b|\b(studies|research|a (\w+ )?study|one (\w+ )?study|the (\w+ )?study|that study) (has |have )?(also )?(show|shows|showed|shown|find|finds|found|suggest|suggests|suggested|report|reports|reported|demonstrates?|demonstrated|indicates?|indicated)\b|\bparticipants?\b|\bvolunteers\b|\bin (people|humans)\b|${PEOPLE_COUNTED}|^\W*in (the |these |treated )?(patients|participants|volunteers|humans|people|women|men|adults)\s*,|\bin (the|these|those|all|both) ([a-z-]+ )?${PEOPLE}\b|\b(\d+|\w+)-(week|month) (visit|follow-up)\b|\bfollow-up visits?\b|\b(study|studies) (of|in|with|that followed|followed) ${NUMBER}\b|\bfollowed ${NUMBER}\b|\b(study|paper|trial) (we |they )?published\b|\bpublished (last year |this year |in \d{4} )?in (a|the) [\w ]{0,30}journal\b`,
    REQUIRED,
  ),
  cue(
    'in_vitro',
    'PRECLINICAL',
    String.raw`\bin vitro\b|\b(skin|tissue|epidermal|dermal) models?\b|\btest[- ]tubes?\b|\bex vivo\b|\bmonolayers?\b|\b(fibroblast|keratinocyte|melanocyte|macrophage|sebocyte|adipocyte|endothelial|stem cell|skin cell) (cultures?|monolayers?|lines?)\b|\bcell (studies|experiments|work|research)\b|\b(studies|experiments) (on|in|with) cells\b|\b(skin )?explant(s|ed)?\b|\bspheroids?\b|\b(reconstructed|reconstituted|3D|three-dimensional|organotypic) (human )?(skin|epidermis|epidermal|dermal)\b|\bskin equivalents?\b|\borganoids?\b|\bknock(ed)?[- ]?down\b|\bknockout\b|\bsiRNA\b|${CELL_TYPES}|\bcultured\b|\b(cell|organ|tissue|primary) cultures?\b|\bin culture\b|\bon cells\b|\bcell lines?\b|\b(HaCaT|B16(F10)?|HDFs?|HUVECs?|NIH[- ]?3T3|HEK[- ]?293)\b|\b(scratch |CCK-8 |MTT )?assays?\b|\bwestern blot\b|\b(RT-)?q?PCR\b|\bELISA\b|\bin a (dish|petri dish)\b|\b(untreated|irradiated|control|treated|stimulated|primary|exposed)[- ](human )?(dermal )?${CELLS}\b|\bin (human |primary |cultured |dermal )*${CELLS}\b|\b(upregulated|downregulated)\b|\bexpression of\b|\bexpression (decreased|increased|rose|fell)\b|\b(tyrosinase activity|melanin content|procollagen)\b`,
    /\bused to (make|produce|grow|manufacture)\b/i,
    ORIGIN_BEFORE,
    PRODUCT_MAKING,
  ),
  cue(
    'animal',
    'PRECLINICAL',
    String.raw`\bmice\b|\bmouse\b|\bmurine\b|\brats?\b|\brodents?\b|\banimals?\b|\bporcine\b|\bpigs?\b|\brabbits?\b|\bzebrafish\b|\bC57BL\/6\b`,
    /\banimal (cells|origin|sources?|derived)\b|\b(human|plant|milk) or animal\b|\banimal-derived\b/i,
  ),
  cue(
    'unspecified_preclinical',
    'PRECLINICAL',
    String.raw`\bpreclinical\b|\blaborator(y|ies)\b|\bexperimental models?\b|\b(in|at|from) (the|a|an|one|her|his|their|our|my) ([\w-]+ ){0,2}lab\b(?!-)|\blab (studies|work|research|tests?|experiments?)\b`,
    MADE_IN_LAB,
    undefined,
    PRODUCT_MAKING,
  ),
  cue(
    'testimonial',
    'ANECDOTAL',
    String.raw`\bI('ve| have)? (noticed|saw|tried|felt|had|did|developed|looked|booked|started|struggled)\b|\bmy (own skin|skin|cheeks|complexion|face|scars?|hair|hairline|part line|scalp|crown|texture|melasma|friend|sister|brother|barber|hairdresser|confidence)\b|\b(someone|somebody|a friend|a (guy|girl|woman|man)|people) (on (here|reddit|the forum|this forum|instagram|tiktok) |online )?(posted|said|says|told me|wrote|claimed|claims|swears)\b|\btestimonials?\b|(?<!\b(systematic|literature|narrative|scoping|Cochrane|\d{4}|chart|charts|records?|notes|case|file|peer) )\breviews?\b(?! (of|by|in|found|finds|concluded|published|covered|included|identified|examined|analy[sz]ed)\b)`,
  ),
  cue(
    'adverse_event_reports',
    'ANECDOTAL',
    String.raw`\badverse[- ]event reports?\b|\breports of (adverse|harm|serious|infections?|reactions?)\b|\bcase reports?\b|\bcomplaints? (from|about|against|to|of|by)\b|\b(received|had|filed|lodged|made|submitted|logged) (\w+ ){0,2}complaints?\b|\b(treated|admitted) (in|to) hospital\b|\breports? (of|describing|involving) (\w+ ){0,3}(injur|harm|infect|reaction|complication|problem|abscess|granulom|nodule|burn|swelling|lump|event)\w*|\b(we|agency|authority|board|commission|ministry|regulator|council|FDA|MHRA|TGA) (has |have )?(received|been told|been notified)\b|\b(told|informed|notified) of\b|\b${PEOPLE} (were |have been |had been )?(harmed|injured|hurt|hospitali[sz]ed)\b|\bhospitali[sz](ed|ation)\b|\bhospital (treatment|care)\b|\b(linked|associated) (to|with) (serious |severe )?(infections?|harm|reactions?|adverse)|\bsuspected adverse\b|\bspontaneous(ly)? report(s|ed)?\b|\b(reactions?|events?|incidents?|cases?)\b[^.;]{0,60}?\b(have|has) been (notified|reported)\b|\bpharmacovigilance\b|\b(commonly|often|frequently) reported\b`,
    // harm counted among a study's participants is the study's safety result, not a report to a regulator
    /\b(in|during) (the|this|that|our|their|both|each) ([\w-]+ )?(trials?|stud(y|ies))\b|\bparticipants\b/i,
  ),
  // a survey or poll is what people say of themselves, uncontrolled, unless it questions a study's participants
  cue(
    'practice_observation',
    'ANECDOTAL',
    String.raw`\b(surveys?|polls?|surveyed|polled)\b`,
    /\b(participants|trials?|randomi[sz]ed|enrolled|cohort)\b/i,
  ),
  cue(
    'practice_observation',
    'ANECDOTAL',
    String.raw`\banecdotal\b|\bclinics (commonly|often)\b|\b(commonly|increasingly|often) used\b|\bare used\b|\bis used\b|\bin (my|our) (own )?(practice|clinic|experience)\b|\b(my|our) (own )?(patients|clients)\b|\b(patients|clients) (at|in|of) (my|our) (clinic|practice)\b|\b(most|many|some) (of our )?(patients|clients)\b|\b(patients|clients) (love|tell|say|report|find|notice)\b|\bI('ve| have)( personally| now| also| already)? (seen|treated|injected|performed|done|used|given)\b|\bwe('ve| have) (seen|treated)\b`,
  ),
  cue(
    'expert_opinion',
    'ANECDOTAL',
    String.raw`(?<=\b(he|she|they) )(adds|added)\b|\b(adds|added) that\b|\b(says|said|explains|explained|warns|warned|notes|argues|cautions|advises|recommends|insists|points out|pointed out|pointing out|noting|warning that|arguing|cautioning|explaining)\b|\btold (us|me|reporters|the \w+)\b|\bwas upfront\b|\b(is|are|was|were|remains?) (unimpressed|sceptical|skeptical|unconvinced|doubtful|wary|blunt)\b|\b(Dr|Prof|Professor)\.? [A-Z][a-z]+( [A-Z][a-z]+)?\b[^"“]{0,40}: ["“]|\bin the view of\b|\b(firm|company|clinic|manufacturer|maker|seller|supplier|distributor|brand|website|label|advert|advertisement|he|she|they|it|its (maker|seller|website|label)) (claims|claimed)\b|\baccording to\b|\b(her|his|their) advice\b|\b(scientists|experts|dermatologists|doctors|researchers) (say|warn|agree|caution)\b`,
  ),
];

const GRADE_ORDER: Grade[] = ['ANECDOTAL', 'PRECLINICAL', 'CLINICAL'];
const CLAUSE_BREAK = /[,;:()—–]|\s-\s/g;

export interface EvidenceReading {
  grade: Grade;
  basis: string;
  cues: string[];
  mixed: boolean;
  /** The basis is carried from an earlier sentence of the paragraph, which named it (its cues are that sentence's). */
  carried?: boolean;
}

/** The clause around a match: between the clause breaks before and after it. */
function clauseAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const br of text.matchAll(CLAUSE_BREAK)) {
    if (br.index < start) from = br.index + 1;
    else if (br.index >= end) {
      to = br.index;
      break;
    }
  }
  return text.slice(from, to);
}

/** The words from the start of a match's clause, read across commas, to the match. */
function strongClauseBefore(text: string, start: number): string {
  let from = 0;
  for (const br of text.matchAll(STRONG_CLAUSE_BREAK)) if (br.index < start) from = br.index + 1;
  return text.slice(from, start);
}

/**
 * The grade a passage invokes: the kinds of evidence it names, the weakest of them where it
 * mixes several (DESIGN.md); ANECDOTAL with no basis where it names none.
 */
export function readEvidence(text: string): EvidenceReading {
  const found = BASIS_CUES.flatMap(({ basis, grade, pattern, unless, unlessAfter, unlessInSentence }) => {
    if (unlessInSentence?.test(text)) return [];
    for (const match of text.matchAll(pattern)) {
      if (unless && unless.test(clauseAround(text, match.index, match.index + match[0].length))) continue;
      if (unlessAfter?.test(text.slice(0, match.index))) continue;
      if (grade !== 'ANECDOTAL' && MISSING.test(strongClauseBefore(text, match.index))) continue;
      if (grade !== 'ANECDOTAL' && UNKNOWN.test(text)) continue;
      return [{ basis, grade, cue: match[0] }];
    }
    return [];
  });
  if (found.length === 0) return { grade: 'ANECDOTAL', basis: 'none_given', cues: [], mixed: false };
  const grades = new Set(found.map((f) => f.grade));
  const weakest = GRADE_ORDER.find((g) => grades.has(g))!;
  const chosen = found.find((f) => f.grade === weakest)!;
  return { grade: weakest, basis: chosen.basis, cues: found.map((f) => f.cue), mixed: grades.size > 1 };
}

/**
 * A sentence that reports what was found: a change, a comparison, a measure or a count, or a
 * past-tense verb ("the treated side healed two days sooner", "the effect was smaller than hoped",
 * "no serious adverse events occurred", "histology showed thicker tissue").
 */
const REPORTED_RESULT =
  /\b(these|those|such) (findings|results|data|observations|effects)\b|\bthe findings\b|\bnone\b|\b(halved|doubled|tripled|fell|rose|grew|lower|higher|faster|sooner|slower|earlier|later|longer|shorter|followed|less|fewer|more|better|worse|smaller|larger|significant|closed|healed|resolved|returned|restored|recovered|cleared|faded|lightened|thicken|thinn|showed|shown|found|observed|measured|occurred|developed|withdrew|dropped|tolerated|reported|remained|lasted|persisted|gained|lost|was|were|had|did)\w*|\b[a-z]{3,}ed\b/i;
/**
 * What ends a study's basis within its paragraph: someone's own voice (a quotation, the first person
 * singular, the reader addressed), a judgement of one's experience, or a statement of what was never
 * done or shown ("it has not yet been compared with minoxidil"), which reports no result.
 */
const OWN_VOICE =
  /^["“‘]|["”],|(?<!\b([Tt]ype|[Cc]ollagen|[Pp]hase|[Gg]rade|[Ss]tage|[Cc]lass) )\b(I|I'm|I've|I'd|[Mm]e|[Mm]y|[Mm]ine|[Yy]ou|[Yy]our)\b|\b[Oo]ur\b(?! (results|findings|data|study|trial|cohort|analysis|patients|participants))|\b[Ii]n (my|our) (view|experience|opinion)\b/;

/**
 * Whether a sentence that names no basis of its own reports the results of the study its paragraph
 * just named: it reports a result, in no one's own voice, and names nothing as missing.
 */
const reportsStudyResult = (text: string): boolean =>
  REPORTED_RESULT.test(text) && !OWN_VOICE.test(text) && !MISSING.test(text);

/**
 * Each sentence's reading in the paragraphs of a document: a sentence that names no basis of its
 * own but reports a result carries the study basis (CLINICAL or PRECLINICAL) of the sentence before
 * it in its paragraph, as an abstract's or a trial report's results do ("the treated side healed two
 * days sooner" after the sentence naming the trial); a quotation, someone's own voice, a promise
 * with no result or a statement of what was never shown ends the carry. `paragraph` tells which
 * sentences share one.
 */
export function readEvidenceInParagraphs(sentences: readonly { text: string; paragraph: number }[]): EvidenceReading[] {
  const readings: EvidenceReading[] = [];
  sentences.forEach((sentence, i) => {
    const own = readEvidence(sentence.text);
    const before = readings[i - 1];
    const sameParagraph = i > 0 && sentences[i - 1]!.paragraph === sentence.paragraph;
    readings.push(
      own.cues.length === 0 &&
        sameParagraph &&
        before &&
        before.grade !== 'ANECDOTAL' &&
        reportsStudyResult(sentence.text)
        ? { ...before, carried: true }
        : own,
    );
  });
  return readings;
}

const HEDGES =
  /\b(may|might|could|suggests?|suggested|promising|early|hoped?|potentially|appears?|in theory|possibl[ey]|likely|preliminary|proposed|said to|encouraging)\b/i;

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
