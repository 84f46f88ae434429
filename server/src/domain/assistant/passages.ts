import { readEvidence } from './evidence-cues.js';
import {
  isHeading,
  isListItem,
  isUnpunctuated,
  MAX_TITLE_WORDS,
  isMethodSection,
  isStatement,
  linesOf,
  makesClaim,
  sectionHeadedBy,
  sectionOf,
  sentencesOf,
  type Sentence,
} from './sentences.js';

/** A sentence with what a reader sees around it: its line, and the list it belongs to or introduces. */
export interface Passage extends Sentence {
  index: number;
  line: number;
  /**
   * The paragraph it belongs to (the index of the paragraph's first line): its line, except that a
   * structured abstract's results or conclusions continue the paragraph of the labelled section
   * just before them ("Methods: 24 patients…" / "Results: Ulcer area fell by 54%").
   */
  paragraph: number;
  listItem: boolean;
  /** A whole statement, not a heading, a question, a label or a fragment. */
  statement: boolean;
  /** A statement that names the subject (exosomes, skin, treatments, evidence, safety, results). */
  aboutSubject: boolean;
}

/** Every sentence of a text as a passage; headings and the document's title are never statements. */
export function passagesOf(text: string): Passage[] {
  const ranges = linesOf(text);
  const lines = ranges.map((l) => text.slice(l.start, l.end));
  const starts = ranges.map((l) => l.start);
  let section: string | null = null;
  // A section runs from its label ("Methods: …") or its heading ("Methods" on a line of its own) to the next heading.
  const sections = lines.map((l) => (section = isHeading(l) ? sectionHeadedBy(l) : (sectionOf(l) ?? section)));
  const paragraphs = paragraphsOf(lines);
  const head = headOf(lines);
  return sentencesOf(text).map((sentence, index) => {
    const line = starts.findLastIndex((start) => start <= sentence.start);
    const heading = isHeading(lines[line]!) || isMethodSection(sections[line]!) || head.includes(line);
    return {
      ...sentence,
      index,
      line,
      paragraph: paragraphs[line]!,
      listItem: isListItem(lines[line]!),
      statement: isStatement(sentence) && !heading,
      aboutSubject: makesClaim(sentence) && !heading,
    };
  });
}

/**
 * The lines that head a document and state nothing: its title, the first line after any navigation (a web
 * page's menu reads as a list before it), when it is short and ends in no punctuation ("Before you book an
 * exosome facial, read this"), and the standfirst that follows such a title: an unpunctuated line of any
 * length that names no study ("How exosomes are made, marked up and sold"), or a line set wholly in emphasis
 * as Markdown sets a standfirst ("*Clinics now offer a serum after every laser. We asked whether…*"). A
 * research article's long title states its finding, and is read as a sentence, under a journal's name too
 * ("Exosomes shorten redness in a randomized trial" names its study).
 */
const EMPHASISED = /^\s*([*_])[^*_].*[^*_]\1\s*$/;

function headOf(lines: readonly string[]): number[] {
  const title = lines.findIndex((l) => l.trim() !== '' && !isListItem(l));
  if (title < 0) return [];
  const titled =
    isHeading(lines[title]!) ||
    (isUnpunctuated(lines[title]!) && lines[title]!.trim().split(/\s+/).length <= MAX_TITLE_WORDS);
  if (!titled) return [];
  const next = lines[title + 1];
  const standfirst =
    next !== undefined &&
    (EMPHASISED.test(next) || (isUnpunctuated(next) && readEvidence(next).cues.length === 0)) &&
    !isListItem(next) &&
    sectionOf(next) === null;
  return standfirst ? [title, title + 1] : [title];
}

/** Sections that report what a study found, continuing the study its methods described. */
const FINDING_SECTIONS = /^(results|findings|conclusions?|discussion|summary)$/i;

/** Each line's paragraph: its own, or the one before it where a labelled results section follows a labelled section. */
function paragraphsOf(lines: readonly string[]): number[] {
  const paragraphs: number[] = [];
  lines.forEach((line, i) => {
    const section = sectionOf(line);
    const continues = i > 0 && section !== null && FINDING_SECTIONS.test(section) && sectionOf(lines[i - 1]!) !== null;
    paragraphs.push(continues ? paragraphs[i - 1]! : i);
  });
  return paragraphs;
}

/**
 * The passages a back-reference ("the points above") points to: the list that ends just before
 * it, or else the sentence before it.
 */
export function referredTo(passage: Passage, passages: readonly Passage[]): Passage[] {
  const before = passages.slice(0, passage.index).reverse();
  const list: Passage[] = [];
  for (const p of before) {
    if (!p.listItem || (list.length === 0 && p.line < passage.line - 1)) break;
    list.push(p);
  }
  return list.length > 0 ? list.reverse() : before.slice(0, 1);
}
