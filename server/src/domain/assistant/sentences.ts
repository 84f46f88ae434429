import { split } from 'sentence-splitter';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Leading list marks and trailing spaces are not part of a quote. */
const LEADING = /^[\s•·\-–*:.]+/;
const TRAILING = /\s+$/;
const LIST_MARK = /^\s*[:.]?\s*([•·*]|[-–]\s|\d+[.)]\s)/;

/** The sentences of a text, each with its offsets in that text (UTF-16, end exclusive). */
export function sentencesOf(text: string): Sentence[] {
  return linesOf(text).flatMap((line) => sentencesOfLine(text, line.start, line.end));
}

/** Lines first: headings and list items end at a line break whether or not they end in a full stop. */
export function linesOf(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    lines.push({ start, end: at });
    start = at + 1;
  }
  lines.push({ start, end: text.length });
  return lines.filter((line) => line.end > line.start);
}

/** A line that is an item of a list: it starts with a bullet, a dash or a number. */
export function isListItem(line: string): boolean {
  return LIST_MARK.test(line);
}

function sentencesOfLine(text: string, lineStart: number, lineEnd: number): Sentence[] {
  return split(text.slice(lineStart, lineEnd))
    .filter((node) => node.type === 'Sentence')
    .flatMap((node) => {
      const [rawStart, rawEnd] = [lineStart + node.range[0], lineStart + node.range[1]];
      const raw = text.slice(rawStart, rawEnd);
      const lead = LEADING.exec(raw)?.[0].length ?? 0;
      const trail = TRAILING.exec(raw)?.[0].length ?? 0;
      const start = rawStart + lead;
      const end = rawEnd - trail;
      return end > start ? [{ text: text.slice(start, end), start, end }] : [];
    });
}

const SUBJECT =
  /\b(exosome|exosomes|treatment|therapy|skin|hair|collagen|prp|stem cells?|evidence|studies|trials?|risk|regulat|scars?|wounds?|pigment|wrinkles?|acne|melasma|molecules|rna|laboratory|humans?|safety|efficacy|products?|procedures?|results?|clinics?|patients?)/i;
/** A lead-in that ends in a colon says something when it is a whole clause, not a label ("Current evidence:"). */
const MIN_LEAD_IN_WORDS = 7;

/**
 * A line that titles a section: no closing punctuation, and short or with its longer words
 * capitalised ("2. Current Applications in Aesthetic Medicine", "Safety considerations and individual factors").
 */
export function isHeading(line: string): boolean {
  const text = line
    .replace(LIST_MARK, '')
    .replace(/^\s*([A-Z]|\d+)[.)]\s+/, '')
    .trim();
  if (/[.!?:;,]["”’)]*$/.test(text)) return false;
  if (!isListItem(line) && text.split(/\s+/).length <= 6) return true;
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length >= 4);
  return words.length > 0 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
}

/** A sentence that states something: not a heading, a question, a label or a fragment. */
export function isStatement(sentence: Sentence): boolean {
  const words = sentence.text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  if (words.length < 5 || sentence.text.endsWith('?')) return false;
  return !sentence.text.endsWith(':') || words.length >= MIN_LEAD_IN_WORDS;
}

/** A statement about the subject: it names exosomes, the skin, treatments, evidence, safety or results. */
export function makesClaim(sentence: Sentence): boolean {
  return isStatement(sentence) && SUBJECT.test(sentence.text);
}
