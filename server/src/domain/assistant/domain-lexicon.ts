import { stemmer } from 'stemmer';

/**
 * Words that name the same thing in aesthetic dermatology and in writing about evidence, so that
 * a passage and a claim worded differently still share terms ("hair loss" / "alopecia", "FDA" /
 * "regulators", "downtime" / "recovery"). Kept to plain synonyms and spelling variants a
 * dermatologist would list for any document on the subject, never phrases of one source: each
 * group's first word is the one the others are read as.
 */
const PHRASES: readonly [RegExp, string][] = [
  [/\bhair[- ]loss\b|\bthinning hair\b|\bbalding\b/g, 'alopecia'],
  [/\bhair (re)?growth\b|\bhair restoration\b/g, 'regrowth'],
  [/\bfine lines\b|\bcreases\b/g, 'wrinkles'],
  [/\banti[- ]?(ag(e)?ing|wrinkle)\b/g, 'ageing'],
  [/\bdark spots\b|\bdiscolou?ration\b|\bmelasma\b|\bmelanin\b/g, 'pigmentation'],
  [/\bmicro[- ]needling\b/g, 'microneedling'],
  [/\bpost[- ](procedure|treatment|operative)\b/g, 'recovery'],
  [/\bnon[- ]sterile\b|\bsterility\b/g, 'contamination'],
  [/\bstem[- ]cells?\b/g, 'stemcell'],
  [/\bside[- ]effects?\b|\badverse (events?|reactions?|effects?)\b/g, 'risks'],
];

const SYNONYMS: readonly string[][] = [
  ['ageing', 'aging', 'aged', 'older'],
  ['pigmentation', 'hyperpigmentation', 'hypopigmentation', 'pigment', 'pigmented'],
  ['inflammation', 'inflammatory', 'inflamed', 'erythema', 'redness'],
  ['healing', 'heal', 'heals', 'healed', 'wound', 'wounds'],
  ['recovery', 'recover', 'recovering', 'downtime'],
  ['regrowth', 'regrow', 'regrows', 'regrowing'],
  ['scar', 'scars', 'scarring'],
  ['allergy', 'allergies', 'allergic', 'hypersensitivity'],
  ['pregnancy', 'pregnant', 'breastfeeding', 'lactating', 'lactation'],
  ['contamination', 'contaminated', 'contaminant', 'contaminants', 'impure', 'impurities'],
  ['regulators', 'regulator', 'regulatory', 'fda', 'ema', 'authorities'],
  ['approved', 'approval', 'authorised', 'authorized', 'authorisation', 'authorization'],
  ['physician', 'doctor', 'doctors', 'dermatologist', 'dermatologists', 'specialist', 'specialists'],
  ['provider', 'providers', 'clinic', 'clinics', 'practitioner', 'practitioners'],
  ['expensive', 'costly', 'cost', 'costs', 'price', 'pricey'],
  ['individual', 'individually', 'personalised', 'personalized', 'tailored'],
  ['standardized', 'standardised', 'standardization', 'standardisation', 'uniform', 'unified'],
  ['signal', 'signals', 'signaling', 'signalling', 'messenger', 'messengers'],
  ['popular', 'popularity', 'trend', 'trending', 'trendy'],
  ['breakthrough', 'revolutionary', 'revolutionize', 'revolutionise', 'miracle', 'groundbreaking'],
];

const CANONICAL = new Map(
  SYNONYMS.flatMap(([canonical, ...others]) => others.map((w) => [stemmer(w), stemmer(canonical!)])),
);

/** The phrases as one pattern (a text is read once, not once per phrase), and the group that tells which matched. */
const groupsIn = (pattern: RegExp) => new RegExp(`${pattern.source}|`).exec('')!.length - 1;
const PHRASE_GROUPS = PHRASES.reduce<{ at: number; word: string }[]>((groups, [, word], i) => {
  const at = i === 0 ? 1 : groups[i - 1]!.at + 1 + groupsIn(PHRASES[i - 1]![0]);
  return [...groups, { at, word }];
}, []);
const ANY_PHRASE = new RegExp(PHRASES.map(([pattern]) => `(${pattern.source})`).join('|'), 'g');

/** Lower-cases a text and writes the lexicon's phrases as their one word. */
export function normalisePhrases(text: string): string {
  return text
    .toLowerCase()
    .replace(ANY_PHRASE, (...match: unknown[]) => PHRASE_GROUPS.find((g) => match[g.at] !== undefined)!.word);
}

/** A stemmed word as the lexicon reads it: the stem of its group's first word, or itself. */
export function canonicalStem(stem: string): string {
  return CANONICAL.get(stem) ?? stem;
}
