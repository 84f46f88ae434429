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
  [
    /\bhair (density|counts?)\b|\bnew growth\b|\bmore hairs\b|\b(thicker|fuller) (hair|crown|hairline)\b|\bhairline filled\b/g,
    'regrowth',
  ],
  [/\bblood (draws?|drawn|drawing)\b|\bdraw(ing)? (your |a )?blood\b|\bneedles? in (my|your) arm\b/g, 'blooddraw'],
  [/[$£€]\s?\d[\d,]*|\b\d[\d,]* (pounds|dollars|euros)\b/g, 'expensive'],
  [/\blong[- ]term\b/g, 'longterm'],
  [/\bwhere (it|they|the \w+) (comes?|came|was made|were made|is made|are made)( from)?\b/g, 'origin'],
  [/\bpass(es)? through\b/g, 'penetrate'],
  [/\badd[- ]ons?\b/g, 'adjunct'],
  [/\bbounce back\b/g, 'recovery'],
  [/\bre-?epitheliali[sz]\w*/g, 'epithelial'],
  [
    /\b(within|after|in|by) (a couple of|a few|the second|the third|two|three|four|five|six|\d+)( to (six|\d+))? weeks?\b/g,
    'withinweeks',
  ],
  [
    /\bhead[- ]to[- ]head\b|\b(compared|tested|trialled) (directly |properly )?(against|with)\b|\bcompared (\w+ )?(directly|properly)\b/g,
    'versus',
  ],
  [/\bcell[- ]free\b/g, 'signals'],
  // hype and its opposite, said in the idioms of any feature or forum
  [/\b(the )?next big thing\b|\ball the rage\b|\bmust[- ]have\b|\btaken? off\b/g, 'popular'],
  [/\bone size fits all\b|\bno single (formula|protocol|approach|plan)\b/g, 'individual'],
  // ways of saying that the evidence falls short, read as the words of the claims that say so
  [
    /\b(little|scant|no|not enough|too little) (good |solid |real |reliable |hard |convincing |published |human |clinical |long[- ]term )?(proof|evidence|data|studies)\b|\b(do not|don't|cannot|can't) (yet )?(know|tell|say)\b|\b(at )?an early stage\b|\bstill catching up\b|\bin (its|their) infancy\b|\bhas proved harder\b/g,
    'limited evidence',
  ],
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
  ['signal', 'signals', 'signaling', 'signalling', 'messenger', 'messengers', 'message', 'messages'],
  ['popular', 'popularity', 'trend', 'trending', 'trendy'],
  ['breakthrough', 'revolutionary', 'revolutionize', 'revolutionise', 'miracle', 'groundbreaking'],
  // added for issue 15, from the tuning part's documents (never the test part's): plain synonyms of the field
  [
    'irritation',
    'irritated',
    'irritating',
    'sting',
    'stinging',
    'stung',
    'itch',
    'itchy',
    'itching',
    'bumps',
    'rash',
    'swelling',
    'swollen',
    'puffy',
    'puffiness',
    'nodules',
    'granulomas',
    'tender',
    'tenderness',
    'bruising',
    // reactions to a treatment, whichever the reader names
    'infection',
    'infections',
    'reaction',
    'reactions',
  ],
  ['evidence', 'proof', 'data', 'research', 'science'],
  ['limited', 'sparse', 'scarce', 'scant', 'thin', 'few', 'lacking', 'insufficient'],
  ['rigorous', 'rigorously', 'solid', 'robust', 'proper', 'properly'],
  ['human', 'humans', 'people'],
  [
    'marketed',
    'marketing',
    'promoted',
    'advertised',
    'advertising',
    'advertisements',
    'adverts',
    'sold',
    'pitched',
    'hype',
    'hyped',
  ],
  ['marketed', 'promise', 'promises', 'promised', 'guarantee', 'guaranteed', 'guarantees'],
  ['popular', 'buzz', 'buzzword', 'buzziest', 'craze', 'fad'],
  ['growing', 'grow', 'grows', 'expanding', 'expand', 'expands', 'booming', 'boom'],
  ['alopecia', 'shedding'],
  ['follicle', 'follicles', 'papilla'],
  ['duration', 'longer', 'lasted', 'lasts', 'lasting', 'extend', 'extends', 'extended'],
  ['versus', 'potent', 'stronger', 'better', 'superior', 'outperform', 'outperformed', 'outperforms', 'beat', 'beats'],
  ['expensive', 'cheap', 'charge', 'charges', 'afford', 'affordable'],
  ['examined', 'examine', 'examines', 'examination', 'consultation', 'consult', 'diagnosis', 'diagnose', 'assessment'],
  ['standardized', 'vary', 'varies', 'varied', 'variable', 'differ', 'differs', 'different', 'equal', 'equivalent'],
  ['origin', 'source', 'sourced', 'sourcing', 'provenance'],
  ['approved', 'unapproved', 'unauthorised', 'unauthorized', 'unlicensed', 'licensed'],
  ['allow', 'allowed', 'allows', 'permitted', 'permit', 'legal', 'legally', 'lawful', 'exemption'],
  ['warnings', 'warning', 'warn', 'warned', 'warns', 'alert', 'alerts', 'advisory'],
  ['adjunct', 'extra', 'substitute', 'replace', 'replacement', 'replaces'],
  ['vesicles', 'vesicle', 'bubbles', 'packages', 'parcels', 'sacs', 'particles'],
  [
    'ageing',
    'younger',
    'youth',
    'youthful',
    'rejuvenate',
    'rejuvenates',
    'rejuvenation',
    'rejuvenating',
    'photoaging',
    'photoaged',
    'photoageing',
  ],
  ['collagen', 'procollagen'],
  ['radiance', 'glow', 'glowing', 'glowier', 'radiant', 'brighter', 'brightness', 'luminous'],
  ['smooth', 'smoother', 'smoothness', 'texture'],
  ['hydration', 'hydrated', 'plump', 'plumper', 'moisture'],
  ['healing', 'closure', 'closed'],
  ['contamination', 'bacteria', 'bacterial', 'endotoxin', 'fungi', 'microbes'],
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
