import { DefaultAbbrMarkerOptions, split, type splitOptions } from 'sentence-splitter';
import { readEvidence } from './evidence-cues.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Leading list marks, Markdown emphasis and trailing spaces are not part of a quote. */
const LEADING = /^[\s•·\-–*_:.#>]+/;
const TRAILING = /[\s*_]+$/;
/**
 * The label of a structured abstract's section at the start of a line ("Results:", "**Methods.**"):
 * not part of the sentence it introduces, and telling what kind of sentences follow.
 */
const SECTION_NAMES =
  'background|introduction|objectives?|aims?|purpose|importance|methods?|materials and methods|design|setting|participants|interventions?|results|findings|conclusions?|discussion|limitations|summary';
const SECTION_LABEL = new RegExp(String.raw`^[\s*_#]*(${SECTION_NAMES})[.:][*_]*\s+`, 'i');
/** A heading that names a section of its own ("Methods", "## Results", "**Conclusions:**"). */
const SECTION_HEADING = new RegExp(String.raw`^[\s*_#]*(${SECTION_NAMES})[.:]?[*_]*\s*$`, 'i');
/** A short label in Markdown bold that opens a line ("**The good:** my photos show…", "**Verdict**: …"): not part of the quote. */
const BOLD_LABEL = /^\s*(?:\*\*|__)[^*_\n]{1,40}?(?:[:.](?:\*\*|__)|(?:\*\*|__)[:.])\s+/;
/** Sections whose sentences say what was done or sought, not what was found. */
const METHOD_SECTIONS =
  /^(objectives?|aims?|purpose|methods?|materials and methods|design|setting|participants|interventions?)$/i;
/** A bullet, a dash or a number opening a list's item; a Markdown bullet is followed by a space ("*emphasis*" is no item). */
const LIST_MARK = /^\s*[:.]?\s*([•·]|[*+\-–]\s|\d+[.)]\s)/;
/** A numbered list's mark at the start of a line ("1. ", "2) "): the quote starts at the item's text. */
const NUMBERED_MARK = /^\s*\d{1,3}[.)]\s+/;

/**
 * Abbreviations that point at what follows them ("Fig. 3", "Table 2" needs none): the splitter's
 * English ones and a paper's references to its figures, equations and pages, so that "See Fig. 3."
 * is one sentence and not "See Fig." and "3.".
 */
const SPLIT_OPTIONS: splitOptions = {
  AbbrMarker: {
    language: {
      ...DefaultAbbrMarkerOptions.language,
      PREPOSITIVE_ABBREVIATIONS: [
        ...DefaultAbbrMarkerOptions.language.PREPOSITIVE_ABBREVIATIONS,
        ...['Fig.', 'Figs.', 'Eq.', 'Eqs.', 'Ref.', 'Refs.', 'Suppl.', 'Vol.', 'pp.', 'p.'],
      ],
    },
  },
};

/** The sentences of a text, each with its offsets in that text (UTF-16, end exclusive). */
export function sentencesOf(text: string): Sentence[] {
  return linesOf(text).flatMap((line) => sentencesOfLine(text, line.start, line.end));
}

/**
 * Lines first: headings and list items end at a line break whether or not they end in a full stop.
 * A paragraph wrapped by hand (a plain-text email, a Markdown file at 72 columns) is one line: a line
 * continues onto the next when it is long, ends in no sentence's end, and the next starts in lower case
 * with nothing between them ("…the treated side healed two" / "days sooner…").
 */
export function linesOf(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    lines.push({ start, end: at });
    start = at + 1;
  }
  lines.push({ start, end: text.length });
  const joined: { start: number; end: number }[] = [];
  for (const line of lines.filter((l) => l.end > l.start)) {
    const last = joined.at(-1);
    if (
      last &&
      last.end + 1 === line.start &&
      wrapsOnto(text.slice(last.start, last.end), text.slice(line.start, line.end))
    )
      last.end = line.end;
    else joined.push({ ...line });
  }
  return joined;
}

/** A hand-wrapped line is at least this long: a shorter one ending in no full stop is a title or a label, not a wrap. */
const MIN_WRAPPED_LINE_CHARS = 40;

function wrapsOnto(line: string, next: string): boolean {
  const lastLine = line.slice(line.lastIndexOf('\n') + 1);
  return (
    lastLine.trim().length >= MIN_WRAPPED_LINE_CHARS &&
    !/[.!?:]["”’)*_]*\s*$/.test(lastLine) &&
    !isHeading(lastLine) &&
    /^\s*[a-z]/.test(next) &&
    !isListItem(next)
  );
}

/** A line that is an item of a list: it starts with a bullet, a dash or a number. */
export function isListItem(line: string): boolean {
  return LIST_MARK.test(line);
}

/**
 * Sentence ends the splitter misses, cut again: a full stop after a number ("…by day 14. Treated
 * mice…", "…at week 12. The effect…", read by the splitter as an ordinal) and a quotation that ends
 * a sentence ("…not medicine." The companies…"), where a capitalised word follows. A list's number is
 * no sentence.
 */
const MISSED_END = /(?<=\d\.|[.!?]["”’])\s+(?=["“‘(]?[A-Z])/g;

/** A splitter's sentence range, cut again at each sentence end it missed. */
function cutMissedEnds(text: string, start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  let from = start;
  for (const gap of text.slice(start, end).matchAll(MISSED_END)) {
    const at = start + gap.index;
    if (!/[a-z]/i.test(text.slice(from, at))) continue; // a numbered list's mark ("1. Exosome preparations…")
    ranges.push([from, at]);
    from = at + gap[0].length;
  }
  ranges.push([from, end]);
  return ranges;
}

function sentencesOfLine(text: string, lineStart: number, lineEnd: number): Sentence[] {
  return split(text.slice(lineStart, lineEnd), SPLIT_OPTIONS)
    .filter((node) => node.type === 'Sentence')
    .flatMap((node) => cutMissedEnds(text, lineStart + node.range[0], lineStart + node.range[1]))
    .flatMap(([rawStart, rawEnd]) => {
      const raw = text.slice(rawStart, rawEnd);
      const opensLine = text.slice(lineStart, rawStart).trim() === '';
      const label =
        (SECTION_LABEL.exec(raw) ?? BOLD_LABEL.exec(raw) ?? (opensLine ? NUMBERED_MARK.exec(raw) : null))?.[0].length ??
        0;
      const lead = label + (LEADING.exec(raw.slice(label))?.[0].length ?? 0);
      const trail = TRAILING.exec(raw)?.[0].length ?? 0;
      const start = rawStart + lead;
      const end = rawEnd - trail;
      return end > start ? [{ text: text.slice(start, end), start, end }] : [];
    });
}

const SUBJECT =
  /\b(exosome|exosomes|treatment|therapy|skin|hair|collagen|prp|stem cells?|evidence|studies|trials?|risk|regulat|scars?|wounds?|pigment|wrinkles?|acne|melasma|molecules|rna|laboratory|humans?|safety|efficacy|products?|procedures?|results?|clinics?|patients?|sessions?|improvements?|side effects?|downtime|redness|inflammation|injections?|facials?|serums?|boosters?|vials?|research|data|proof|pregnan|immun|allerg|ageing|aging|younger|youth|contamina|bacteri|toxins?|cultures?)/i;
/** A lead-in that ends in a colon says something when it is a whole clause, not a label ("Current evidence:"). */
const MIN_LEAD_IN_WORDS = 7;

/**
 * A line that titles a section: no closing punctuation, and short or with its longer words
 * capitalised ("2. Current Applications in Aesthetic Medicine", "Safety considerations and individual factors").
 */
export function isHeading(line: string): boolean {
  if (/^\s*#{1,6}\s/.test(line) || /^\s*\*\*[^*]+\*\*\s*$/.test(line)) return true;
  const text = line
    .replace(LIST_MARK, '')
    .replace(/^\s*([A-Z]|\d+)[.)]\s+/, '')
    .trim();
  if (!isUnpunctuated(text)) return false;
  const words = text.split(/\s+/).length;
  if (!isListItem(line) && (words <= 6 || (words <= MAX_TITLE_WORDS && TITLE_SEPARATOR.test(text)))) return true;
  const long = text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length >= 4);
  return long.length > 0 && long.filter((w) => /^[A-Z]/.test(w)).length / long.length >= 0.6;
}

/** A line that does not end as a sentence or a clause does (no full stop, question mark, colon, comma…). */
export const isUnpunctuated = (line: string): boolean => !/[.!?:;,]["”’)]*$/.test(line.trim());

/**
 * A title in two parts, "Topic: what about it" or "2 stars - \"Not what was promised\"", is a heading
 * up to this many words (a table cell or a list entry is rarely split so); longer, it is more likely a sentence.
 */
export const MAX_TITLE_WORDS = 12;
const TITLE_SEPARATOR = /\S:\s|\s[-–—]\s/;

/** The section a line belongs to by its own label ("Methods: …"), lower-cased, or null. */
export function sectionOf(line: string): string | null {
  return SECTION_LABEL.exec(line)?.[1]?.toLowerCase() ?? null;
}

/** The section a heading opens ("Methods" on a line of its own), lower-cased, or null for any other heading. */
export function sectionHeadedBy(line: string): string | null {
  return SECTION_HEADING.exec(line)?.[1]?.toLowerCase() ?? null;
}

/**
 * A call to action: it asks the reader to buy, book or report, or tells a clinic what to do with
 * stock and patients, and states nothing ("Book your facial today and save 20%!", "… please book an
 * in-person consultation", "… report it to the agency's programme", "Stop using the product at once").
 */
const CALL_TO_ACTION =
  /^(book|call|schedule|order|buy|shop|reserve|enquire|subscribe|sign up|contact us|visit us)\b|\b(save \d+%|\d+% off|free consultation|book (now|today|your))\b|\bplease (book|call|contact|schedule|visit|get in touch|report)\b|\breport (it|them|this|any \w+) to\b|\byou can report\b|^(stop using|quarantine|notify|contact (patients|clients|us|your)|send (details|reports?|us))\b/i;
/** A label and its price or figure, as a menu or a price list gives them: "Course of three sessions, a month apart: $2,100". */
const LABELLED_FIGURE = /:\s*(from\s+)?[£$€]?\s?\d[\d,.]*\s?[£$€%]?\s*$/i;
/**
 * A sentence that only announces a question it leaves open, its main clause short and the question its
 * end ("My main concern is what the vials contain", "What patients want to know is whether it lasts"):
 * a signpost to what follows. Denied ("Nobody knows what the vials contain"), it says something.
 */
const ANNOUNCED_QUESTION =
  /^[^,;]{0,60}\b(is|are|was|were|about|know|knows|learns?|learned|wonder|wonders)\s+(what|where|how|whether|why|which|who)\b[^,;]*$/i;
const DENIAL = /\b(no|not|never|nobody|no one|none|nothing|cannot|can't|n't)\b|n’t\b/i;
/** A disclaimer of the page itself: "Note: The content of this article is for reference and information only…". */
const DISCLAIMER = /\bfor (general )?(reference|information)( and (reference|information))?( purposes)? only\b/i;
/** What a study or an article set out to do: "We tested whether…", "To assess…", "This article aims to…". */
const AIM =
  /^(we|this study|the study|our study) (tested|investigated|examined|assessed|evaluated|aimed|sought|asked)\b|^to (assess|evaluate|determine|investigate|test|compare|examine)\b|^this (article|post|page|guide|piece|column) (aims|sets out|seeks|is meant|is intended)\b/i;
/** What a study did, with nothing it found: "HaCaT keratinocytes were exposed to exosomes". */
const PROCEDURE =
  /\b(were|was) (isolated|characteri[sz]ed|exposed|treated|measured|randomi[sz]ed|assigned|allocated|irradiated|injected|stimulated|incubated|enrolled|recruited|divided|assessed|evaluated|photographed|collected)\b|\b(received|underwent) (\w+[ -]){0,3}(exosomes?|saline|placebo|vehicle|injections?|microneedling|treatment|sessions?|exposure|cream|gel)\b/i;
const FINDING =
  /\b(increas|decreas|reduc|improv|fell|rose|lower|higher|faster|sooner|slower|earlier|later|less|more|better|worse|significant|closed|healed|shortened|lightened|thicker|denser|fewer|compared with|than)\w*/i;

/** A question told rather than asked, as the sentence's first clause: "a patient asks me whether…", "several of you have asked about…". */
const REPORTED_QUESTION =
  /^[^,;:]{0,60}\b(asks|asked|asking|wonders|wondered|wondering)\b[^.;]{0,40}?\b(whether|if|about)\b/i;
/**
 * A step of someone's own story, with nothing it found: "I booked my facial at a clinic", "Then a friend
 * recommended exosome injections", "The therapist numbed my face…". Outcomes ("my skin was red",
 * "it worked better") are what a testimonial claims, and are kept.
 */
const STORY_STEP =
  /^(then |so |and |last \w+,? |(\w+ )?(days?|weeks?|months?|years?) ago,? |at \d+,? )?(i|we|my \w+|our \w+|the (therapist|nurse|doctor|clinician|practitioner)|a friend)( \w+)? (did|had|booked|started|began|tried|went|got|recommended|numbed|decided|chose|signed up)\b/i;
const OUTCOME =
  /\b(red|redness|itchy|swollen|sore|pain\w*|bumps?|looked|looks|feels?|felt|noticed|saw|seen|worked|works|result\w*|changed|glow\w*|smoother|thicker|fuller|better|worse)\b/i;
/** A sentence that introduces a person rather than saying anything of the subject: "Dr. Priya Nair is a dermatologist who…". */
const PERSON_INTRODUCED =
  /^(\w+ ){0,2}((Dr|Prof|Mr|Mrs|Ms)\.? )?[A-Z][a-z]+ [A-Z][a-z]+ (is|was) (a|an) (\w+ ){0,2}(dermatologist|surgeon|doctor|physician|facialist|nurse|specialist|editor|writer|researcher|scientist|convert|fan)\b/;

/**
 * A sentence that states something: not a heading, a question (asked or told), a label, a fragment,
 * a price or figure against a label, a question announced, a call to action, an aim, a method, a step of someone's story or a person's introduction.
 */
export function isStatement(sentence: Sentence): boolean {
  const words = sentence.text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  if (words.length < 5 || sentence.text.endsWith('?')) return false;
  if (CALL_TO_ACTION.test(sentence.text) || AIM.test(sentence.text) || DISCLAIMER.test(sentence.text)) return false;
  if (LABELLED_FIGURE.test(sentence.text)) return false;
  if (ANNOUNCED_QUESTION.test(sentence.text) && !DENIAL.test(sentence.text)) return false;
  if (REPORTED_QUESTION.test(sentence.text) || PERSON_INTRODUCED.test(sentence.text)) return false;
  if (STORY_STEP.test(sentence.text) && !OUTCOME.test(sentence.text) && !FINDING.test(sentence.text)) return false;
  if (
    PROCEDURE.test(sentence.text) &&
    !FINDING.test(sentence.text) &&
    readEvidence(sentence.text).grade !== 'ANECDOTAL'
  )
    return false;
  return !sentence.text.endsWith(':') || words.length >= MIN_LEAD_IN_WORDS;
}

/** A section whose sentences say what a study did or sought, not what it found. */
export const isMethodSection = (section: string | null): boolean => section !== null && METHOD_SECTIONS.test(section);

/** A statement about the subject: it names exosomes, the skin, treatments, evidence, safety or results. */
export function makesClaim(sentence: Sentence): boolean {
  return isStatement(sentence) && SUBJECT.test(sentence.text);
}
