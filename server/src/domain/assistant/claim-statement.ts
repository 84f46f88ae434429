/**
 * A new claim's statement in the base's style (DESIGN.md): one proposition in plain words, its
 * subject named, with no attribution, hedge or first person ("Exosome therapy smooths skin
 * within a week"), made from the passage that proposes it. The passage itself stays the quote.
 */

/** The document's subject, as a claim names it: singular ("Exosome therapy") and plural ("Exosomes"). */
export interface Subject {
  singular: string;
  plural: string;
}

const WORD_LIMIT = 24;
const MIN_CLAUSE_WORDS = 4;

/** Words that open a sentence by going on from another, and say nothing themselves. */
const CONNECTIVE =
  /^(however|but|and|so|also|still|honestly|finally|first|second|third|meanwhile|in fact|indeed|put simply|simply put|overall|beyond that|that said|even so|yet|thus|therefore|in short|moreover|furthermore|in addition|absolutely|in theory|in practice|of course|fair point|in conclusion|to be clear|then)\b[,:]?\s*/i;
/** A leading phrase that sets the scene ("In a randomized trial of 48 patients, …", "After three sessions, …"). */
const SCENE =
  /^(in|on|at|after|before|during|among|within|for|from|when|while|since|by|with|without|unlike|because of|if you still)\b(?![^,]*\b(we|I|they|it|is|are|was|were|has|have|do|does|offer|offers)\b)[^,]{0,60},\s*/i;
/** A study that found it ("A randomized trial in 40 patients found that …"): the grade says so, the statement need not. */
const STUDY_FOUND =
  /^(a|an|the|one|our|two|three|several|many|most)\b[^.;:]{0,120}?\b(trials?|study|studies|reviews?|series|experiments?|research)\b[^.;:]{0,60}?\b(found|find|finds|showed|shows|show|reported|reports|suggests?|suggested|concluded|demonstrated|confirmed) (that )?/i;
/** A leading study ("In a randomized, double-blind trial of 48 patients, …"): the grade says it, the statement need not. */
const STUDY_SCENE =
  /^(in|on|from) (a|an|the|one|our|two|three)\b[^.;:]{0,120}?\b(trial|study|studies|review|series|experiment|model|cohort)( of [^,]+)?,\s*/i;
const SPEECH = String.raw`(says|said|say|adds|added|explains|explained|warns|warned|warn|notes|noted|argues|insists|points out|pointed out|believes|believe|thinks|think|reports|reported|recommends|recommended|agrees?|cautions?)`;
/** An attribution at the end ("…, she says", "…," says Dr. Lewis, a doctor in Chelsea) or the start ("Dr. Hart warns that …"). */
const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`[,"”]\s*["”]?\s*,?\s*(${SPEECH}\s+[^,"“]*(,[^"“]*)?|(he|she|they|[A-Z][\w.]*(\s+[A-Z][\w.]*)*)\s+${SPEECH}\b[^"“]*)$`,
);
const LEADING_ATTRIBUTION = new RegExp(
  String.raw`^(according to [^,]+,\s*|(\w+\s+){0,3}(have|has|had|were|was)\s+(been\s+)?told\s+(that\s+)?|([A-Z][\w.'’-]*\s+|(a|an|the|her|his|my|our)\s+\w+\s+){0,5}(${SPEECH}|was upfront|tell us|told us|told me)\s+(that\s+)?)`,
  'i',
);
const MID_ATTRIBUTION = new RegExp(String.raw`,\s*(he|she|they|[A-Z]\w+)\s+${SPEECH}[,:]?\s*`, 'gi');
/** Someone noticing, feeling or reporting: the claim is what they noticed. */
const OBSERVER =
  /^(i|we|people|my \w+|our \w+|many of our \w+|most \w+|patients|clients|users|customers|friends)( \w+){0,3}? (noticed|saw|see|sees|find|found|felt|feel|feels|report|reported|tell us|told us|love that|loved that|experienced|got|get) (that )?/i;
const MODAL =
  /\b(may|might|could|can|would|appears? to|seems? to|is said to|are said to|is thought to|are thought to|is believed to|are believed to|tends? to|is likely to|are likely to)\s+(help(s)?\s+(to\s+)?)?(?<verb>[a-z]+)/i;
const HEDGE_WORDS =
  /\b(potentially|possibly|probably|likely|perhaps|arguably|apparently|reportedly|somewhat|honestly|basically|simply|really|definitely|just)\s+/gi;
const POSSESSIVE = /\b(my|your|our|their)\s+(own\s+)?/gi;
/** The first and second person, read as people in general: "I've never seen" → "People have never seen". */
const PERSON: readonly [RegExp, string][] = [
  [/\b(I|we)['’]ve\b/gi, 'people have'],
  [/\b(I|we|you)['’]re\b|\bI['’]m\b/gi, 'people are'],
  [/\b(I|we|you)['’](d|ll)\b/gi, 'people would'],
  [/\b(we|you|me|us)\b|\bI\b(?! and| or|,)/gi, 'people'],
  [/\b(yours|ours|mine)\b/gi, ''],
];
const CLAUSE_BREAK =
  /;\s|:\s|\s[–—-]\s|,\s(?:and|but|so|while|although|though|which|whereas)\s|\s(?:but|although|though|whereas|because)\s|,\s(?=(?:she|he|they|we|I)\s)/;
const PRONOUN_SUBJECT =
  /^(that['’]s|it['’]s|this treatment|this therapy|the treatment|the therapy|the procedure|it|its|this|that|they|these|those|them|he|she|(several|some|many|most)(?= (were|are|have|had|was|is)\b))\b\s*/i;
const PLURAL_PRONOUN = /^(they|these|those|them|several|some|many|most)\b/i;
/** A determiner before a noun ("These animal results") is no pronoun: it stays, as "The". */
const VERB_NEXT =
  /^(is|are|was|were|has|have|had|do|does|did|can|cannot|can['’]t|may|might|could|will|would|should|must|also|only|help|helps|work|works|carry|carries|send|sends|calm|calms|boost|boosts|improve|improves|reduce|reduces|make|makes|give|gives|contain|contains|come|comes|act|acts|\w+ed|\w+s)\b/i;

/** Third-person singular of a verb's base form: "reduce" → "reduces", "carry" → "carries". */
export function thirdPerson(verb: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The clause that carries the proposition: the first with enough words, its attributions and scene-setting removed. */
function mainClause(sentence: string): string {
  let text = sentence
    .replace(/\s+/g, ' ')
    .replace(/^["“'‘(]+|["”'’)]+$/g, '')
    .trim();
  text = text.replace(/[.!]+["”]?$/, '').replace(MID_ATTRIBUTION, ': ');
  text = text.replace(TRAILING_ATTRIBUTION, '').replace(/["“”]/g, '').trim();
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text
      .replace(CONNECTIVE, '')
      .replace(LEADING_ATTRIBUTION, '')
      .replace(STUDY_SCENE, '')
      .replace(STUDY_FOUND, '')
      .replace(SCENE, '')
      .trim();
  }
  const clauses = text.split(CLAUSE_BREAK).map((c) => c.trim().replace(/[,.]$/, ''));
  return clauses.find((c) => words(c).length >= MIN_CLAUSE_WORDS) ?? clauses[0] ?? text;
}

/** "may help reduce" → "reduces", "can be" → "is": the modal and its hedge out, the verb agreeing with its subject. */
function withoutModal(clause: string): string {
  const modal = MODAL.exec(clause);
  if (!modal) return clause;
  const head = clause.slice(0, modal.index).trim();
  const plural = /\b(\w+s|they|people|these|those|several|many)$/i.test(head) && !/\b(therapy|this|it)$/i.test(head);
  const verb = modal.groups!.verb!;
  const agreed =
    verb === 'not'
      ? plural
        ? 'do not'
        : 'does not'
      : verb === 'be'
        ? plural
          ? 'are'
          : 'is'
        : plural
          ? verb
          : thirdPerson(verb);
  return `${head} ${agreed}${clause.slice(modal.index + modal[0].length)}`.trim();
}

/**
 * The statement of a new claim made by a passage: its main clause, with the observer, hedge,
 * attribution and first person taken out and a pronoun subject named ("It calms redness" →
 * "Exosome therapy calms redness").
 */
export function statementOf(passage: string, subject: Subject): string {
  let clause = mainClause(passage);
  const observed = OBSERVER.exec(clause);
  if (observed) {
    const rest = clause.slice(observed[0].length);
    clause = /^(a |an |the )?(\w+er|less|more|new|fewer)\b/i.test(rest) ? `${subject.singular} gives ${rest}` : rest;
  }
  clause = clause
    .replace(HEDGE_WORDS, '')
    .replace(POSSESSIVE, '')
    .replace(/^there['’]s\b/i, 'There is');
  for (const [person, people] of PERSON) clause = clause.replace(person, people);
  for (let previous = ''; previous !== clause;) {
    previous = clause;
    clause = withoutModal(clause.replace(HEDGE_WORDS, ''));
  }
  const pronoun = PRONOUN_SUBJECT.exec(clause);
  if (pronoun && !/['’]s\s*$/.test(pronoun[0]) && !VERB_NEXT.test(clause.slice(pronoun[0].length)))
    clause = `The ${clause.slice(pronoun[0].length)}`;
  else if (pronoun) {
    const rest = clause.slice(pronoun[0].length);
    const named = PLURAL_PRONOUN.test(pronoun[0]) ? subject.plural : subject.singular;
    clause =
      /^(is|are|was|were|has|have)\b/i.test(rest) && /['’]s$|^it['’]s|^there/i.test(pronoun[0])
        ? `${named} ${rest}`
        : /['’]s\s*$/.test(pronoun[0])
          ? `${named} is ${rest}`
          : `${named} ${rest}`;
  }
  clause = clause
    .replace(/["“”;?!]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = words(clause);
  const statement = (cut.length > WORD_LIMIT ? cut.slice(0, WORD_LIMIT) : cut).join(' ').replace(/[,;:]$/, '');
  return statement.charAt(0).toUpperCase() + statement.slice(1);
}

/** A speaker's verb that tells whose word a statement is. */
const SPEECH_WORDS =
  /\baccording to\b|(\b(he|she|they|[A-Z][a-z]+)|,) (says|said|adds|added|explains|explained|warns|warned|insists|points out|pointed out)\b/;

/** What keeps a statement from the base's style, if anything: for tests and for the curator's eye. */
export function styleProblems(statement: string): string[] {
  const problems: string[] = [];
  if (words(statement).length < 2) problems.push('not a statement');
  if (/\b(me|my|we|us|our|ours|you|your|yours)\b/i.test(statement) || /\bI\b(?! and| or|,)/.test(statement))
    problems.push('first or second person');
  if (SPEECH_WORDS.test(statement)) problems.push('attribution');
  if (/\b(may|might|could|perhaps|possibly|potentially|appears? to|seems? to|said to|thought to)\b/i.test(statement))
    problems.push('hedge');
  if (PRONOUN_SUBJECT.test(statement) || !/^[A-Z0-9]/.test(statement)) problems.push('no named subject');
  if (/[;?!]/.test(statement) || words(statement).length > WORD_LIMIT) problems.push('more than one proposition');
  if (/["“”]/.test(statement)) problems.push('quotation marks');
  return problems;
}

/** Words a claim may open with that are not its subject. */
const NOT_A_SUBJECT =
  /^(the|a|an|this|that|these|those|some|most|many|over|because|unlike|when|if|used|people|women|patients|of|for|to|in|with|and|or|is|are|was|were|can|may|has|have|do|does|not|no)$/i;

/** The subjects the base's claims open with (their first word, and first two words), with how many claims open so. */
export function subjectsOf(statements: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const statement of statements) {
    const opening = /^([A-Z][a-z-]+)( [a-z-]+)?/.exec(statement);
    if (!opening || NOT_A_SUBJECT.test(opening[1]!)) continue;
    if (opening[2] && NOT_A_SUBJECT.test(opening[2].trim())) opening[0] = opening[1]!;
    for (const candidate of new Set([opening[1]!, opening[0]]))
      counts.set(candidate, (counts.get(candidate) ?? 0) + (candidate.includes(' ') ? 1.5 : 1));
  }
  return counts;
}

/**
 * The subject a document's claims are about: of the subjects the base's claims open with, the one
 * the document names and most claims share (`subjectsOf`); the document's most frequent long word
 * where the base has none.
 */
export function documentSubject(text: string, subjects: ReadonlyMap<string, number>): Subject {
  const lower = text.toLowerCase();
  const named = [...subjects]
    .filter(([candidate]) => lower.includes(candidate.split(' ')[0]!.toLowerCase().replace(/s$/, '')))
    .sort((a, b) => b[1] - a[1])
    .map(([c]) => c);
  const singular = named.find((c) => c.includes(' ') && !/s$/.test(c)) ?? named.find((c) => !/s$/.test(c));
  const plural = named.find((c) => !c.includes(' ') && /s$/.test(c)) ?? singular;
  if (singular && plural) return { singular, plural };
  const frequent = [...(lower.match(/[a-z]{6,}/g) ?? [])].reduce(
    (m, w) => m.set(w, (m.get(w) ?? 0) + 1),
    new Map<string, number>(),
  );
  const word = [...frequent].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'the treatment';
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  return { singular: capitalised, plural: capitalised };
}
