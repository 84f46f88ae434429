import type { Stance } from '../types.js';

const NEGATIONS =
  /\b(no|not|cannot|can't|never|none|lack(s|ing)?|without|neither|nor|isn't|aren't|don't|doesn't|won't|hasn't|haven't|hadn't|didn't|wasn't|weren't|shouldn't|wouldn't)\b|n’t\b/i;
/** "with no downtime", "without side effects": a phrase that adds to what the sentence affirms, not a denial of it. */
const ADDING_NEGATION =
  /\b(with no|without( any)?|(almost|virtually|practically|next to|little or) no)\s+[\w-]+(\s+(of|or|and)\s+[\w-]+)*/gi;
const LIMITS =
  /\b(not (been )?(shown|proven|demonstrated|established)|depends?|depending|only (in|when|if|with)|limited|not yet|not fully|more research|remains? (limited|unclear)|inconsistent|varies|vary|caution|carefully)\b|\b(never|not( yet)?) (been )?(tested|compared|studied|measured|assessed)\b|\bnot (been )?(adequately |well |properly )?supported\b|\b(unsupported|unproven)\b|\b(may|might|could) not\b|\b(smaller|weaker|less|shorter) than (hoped|expected|claimed|advertised)\b|\b(returned|came back|wore off|wears off|temporary|short-lived)\b|\b(nobody|no one|none|no (study|trial)) (has|have) (yet )?(shown|proven|demonstrated|compared|tested|measured|tracked|studied)\b|\b(benefits?|effects?|improvements?|results?|gains?|glow|it|they) (has |have |had |soon |quickly |then )?(faded|fades|waned|wanes)\b|\bfaded back\b|\b(is|are|remains?) (still )?unknown\b|\bfails? to (happen|work|translate|carry over|hold)\b|\b(is|are)(n't| not) (a |the )?(human|person|people|patients?)\b|\bdo(es)?(n't| not) (always |necessarily )?(translate|carry over)\b|\bno (good |solid |real |reliable )?(evidence|proof|data)\b|\b(do not|don't|can't|cannot) (yet )?(know|tell|say)\b/i;

/** A warning against a promise denies it: the passage tells the reader not to believe it. */
const WARNINGS =
  /\b(avoid|beware of|(be )?wary of)\b[^.;]{0,60}?\b(promis\w*|claim\w*|guarantee\w*|advertis\w*)\b|\bpromises of\b|\bred flags?\b|\btoo good to be true\b/i;

/** A statement reported and then declared false ("…cannot cause harm because…; this is not correct"): the passage denies it. */
const REFUTATION =
  /[;,.:]\s*(this|that|which|it) is (simply )?(not (correct|true|so|the case)|false|wrong|incorrect|untrue|a myth)\b/i;

/** Whether a text declares what it reports false. */
export const refutes = (text: string): boolean => REFUTATION.test(`, ${text}`);

export interface StanceReading {
  stance: Stance;
  cue: string | null;
}

/** What a passage says of the affirmative claim it is matched to: warns against it, limits it, denies it, or affirms it. */
export function readStance(text: string): StanceReading {
  const refuted = REFUTATION.exec(text);
  if (refuted) return { stance: 'CONTRADICTS', cue: refuted[0].replace(/^[;,.:]\s*/, '') };
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
/** Words for harm done by a treatment: a denial of one of them reads against a claim of harm, a report of one with it. */
const HARMS = String.raw`(risks?|harm\w*|infection\w*|contaminat\w*|side[- ]effects?|reactions?|irritation|redness|swelling|rash(es)?|granulomas?|nodules?|abscess(es)?|scarring)`;
/** A denial aimed at the harm itself ("cannot cause infection"), not at a safeguard ("no verified origin"). */
const DENIED_HARM = new RegExp(
  String.raw`\b(no|not|none|nobody|no one|cannot|can't|never|without)\b[^.;,]{0,40}\b${HARMS}\b`,
  'i',
);
/** A claim that products are all alike (not a comparison: "more consistent than PRP" is affirmed by PRP's variability). */
const UNIFORMITY_CLAIM = /\b(standardi[sz]ed|uniform|equivalent|identical)\b/i;
/** Wording that says products or results differ: it reads against a claim that they are all alike. */
const VARIATION =
  /\b(vary|varies|varied|variable|variability|differ|differs|different|inconsistent|depends?|depending)\b|\bnot all\b[^.;]{0,40}\b(equal|the same|alike)\b/i;

/** Harm reported as having happened ("two patients developed a wound infection"): it bears out a claim of harm, whatever else the sentence denies. */
const REPORTED_HARM = new RegExp(
  String.raw`\b(developed|had|got|suffered|experienced|reported|caused|causing|led to)\b[^.;]{0,40}?\b${HARMS}\b`,
  'i',
);
/** A claim that some people should be careful or assessed before treatment ("…should be cautious about exosome therapy"). */
const CAUTION_CLAIM = /\bshould be (cautious|careful)\b|\bneed (careful )?(evaluation|assessment)\b/i;
/** Keeping them from the treatment altogether ("should not receive", "we do not treat"): the strongest caution, not a denial of it. */
const PROHIBITION =
  /\b(should|must|may)( not|n't| never) (receive|have|use|undergo|get|be (given|treated|offered))\b|\b(should|must) (avoid|stay away)\b|\bnot (suitable|recommended) for\b|\b(do|does|will|cannot|can't)( not|n't)? (treat|inject|offer (it|this|the treatment) to)\b/i;
/** Words a claim asserts, and words for their opposite: the opposite affirmed reads against it, the opposite denied ("not cheap") with it. */
const ANTONYMS: readonly { claim: RegExp; opposite: RegExp }[] = [
  { claim: /\b(expensive|costly)\b/i, opposite: /\b(affordable|cheap|inexpensive|low[- ]cost|good value)\b/i },
];
const DENIED_BEFORE = /\b(not|never|hardly|isn't|aren't|wasn't|n't)\s+(\w+\s+)?$/i;

/** The passage's reading of a claim's opposite: affirmed, it contradicts the claim; denied, it supports it. */
function readOpposite(statement: string, saying: string): StanceReading | null {
  for (const { claim, opposite } of ANTONYMS) {
    if (!claim.test(statement)) continue;
    const found = opposite.exec(saying);
    if (!found) continue;
    const denied = DENIED_BEFORE.exec(saying.slice(0, found.index));
    return denied ? { stance: 'SUPPORTS', cue: `${denied[0]}${found[0]}` } : { stance: 'CONTRADICTS', cue: found[0] };
  }
  return null;
}

/**
 * A passage's stance on a claim it is linked to, with the words it is read from: as
 * `stanceTowards`, and also read against what the claim itself asserts — its opposite affirmed
 * ("remarkably affordable") against it and denied ("not cheap") with it, a prohibition ("should not
 * receive these products") with a claim of caution, harm reported as having happened and a denial
 * of a safeguard ("no verified origin") with a claim of harm, an assurance of safety against it,
 * and any word of variation against a claim that products are all alike.
 */
export function readStanceTowards(
  claim: { isNew: boolean; statement: string },
  saying: string,
  /** The whole sentence the clause is from: harm reported anywhere in it bears out a claim of harm. */
  sentence: string = saying,
): StanceReading {
  const reading = readStance(saying);
  if (claim.isNew) return { stance: 'SUPPORTS', cue: reading.cue };
  // a refuted statement is denied, whether it affirmed the claim or denied it in its own words
  if (refutes(saying)) return reading;
  const opposite = readOpposite(claim.statement, saying);
  if (opposite) return opposite;
  if (CAUTION_CLAIM.test(claim.statement)) {
    const prohibition = PROHIBITION.exec(saying);
    if (prohibition) return { stance: 'SUPPORTS', cue: prohibition[0] };
  }
  if (HARM_CLAIM.test(claim.statement) && !/\b(lowers?|reduces?|avoids?)\b/i.test(claim.statement)) {
    const reported = REPORTED_HARM.exec(sentence);
    // "caused no redness" reports none: a negation before the harm, or between its verb and it, denies it
    if (reported && !NEGATIONS.test(sentence.slice(0, reported.index + reported[0].length)))
      return { stance: 'SUPPORTS', cue: reported[0] };
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
