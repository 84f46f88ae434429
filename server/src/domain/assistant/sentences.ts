import { split } from 'sentence-splitter';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Leading list marks and trailing spaces are not part of a quote. */
const LEADING = /^[\s•·\-–*:.]+/;
const TRAILING = /\s+$/;

/** The sentences of a text, each with its offsets in that text (UTF-16, end exclusive). */
export function sentencesOf(text: string): Sentence[] {
  return linesOf(text).flatMap((line) => sentencesOfLine(text, line.start, line.end));
}

/** Lines first: headings and list items end at a line break whether or not they end in a full stop. */
function linesOf(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    lines.push({ start, end: at });
    start = at + 1;
  }
  lines.push({ start, end: text.length });
  return lines.filter((line) => line.end > line.start);
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

/** A sentence that states something about the subject: not a heading, a question or a fragment. */
export function makesClaim(sentence: Sentence): boolean {
  const words = sentence.text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  if (words.length < 5) return false;
  if (sentence.text.endsWith('?') || sentence.text.endsWith(':')) return false;
  return /\b(exosome|exosomes|treatment|therapy|skin|hair|collagen|prp|stem cells?|evidence|studies|trials?|risk|regulat|scars?|wounds?|pigment|wrinkles?|acne|melasma|molecules|rna|laboratory|humans?|safety|efficacy|products?|procedures?|results?|clinics?|patients?)/i.test(sentence.text);
}
