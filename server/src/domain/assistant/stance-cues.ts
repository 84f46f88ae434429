import type { Stance } from '../types.js';

const NEGATIONS =
  /\b(no|not|cannot|can't|never|none|lack(s|ing)?|without|neither|nor|isn't|aren't|don't|doesn't|won't|hasn't|haven't|hadn't|didn't|wasn't|weren't|shouldn't|wouldn't)\b|n’t\b/i;
/** "with no downtime", "without side effects": a phrase that adds to what the sentence affirms, not a denial of it. */
const ADDING_NEGATION = /\b(with no|without( any)?)\s+[\w-]+(\s+(of|or|and)\s+[\w-]+)*/gi;
const LIMITS =
  /\b(not (been )?(shown|proven|demonstrated|established)|depends?|depending|only (in|when|if|with)|limited|not yet|not fully|more research|remains? (limited|unclear)|inconsistent|varies|vary|caution|carefully)\b|\b(never|not( yet)?) (been )?(tested|compared|studied|measured|assessed)\b|\bnot (been )?(adequately |well |properly )?supported\b|\b(unsupported|unproven)\b|\bnobody has (shown|compared|tested|measured|tracked|studied)\b|\bno (good |solid |real |reliable )?(evidence|proof|data)\b|\b(do not|don't|can't|cannot) (yet )?(know|tell|say)\b/i;

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
