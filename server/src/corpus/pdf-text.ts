import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Where each page's text stands in the document's text (UTF-16 offsets, end exclusive), pages numbered from 1. */
export interface PageRange {
  page: number;
  start: number;
  end: number;
}

export interface PdfText {
  text: string;
  pages: PageRange[];
}

/** A PDF that cannot be read, and why, in words a curator can act on. */
export class PdfError extends Error {}

/** The signature every PDF starts with; the format is told by it, not by the file's name. */
const SIGNATURE = '%PDF-';
/** Readers accept the signature a little way into the file (some writers put bytes before it). */
const SIGNATURE_WITHIN = 1024;

export function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SIGNATURE_WITHIN + SIGNATURE.length));
  return head.includes(SIGNATURE);
}

/**
 * Lines whose baselines are further apart than this many times the page's usual line spacing
 * start a new paragraph; a change of font size does too (a heading).
 */
const PARAGRAPH_GAP = 1.45;
const FONT_SIZE_CHANGE = 1;
/** Two items on one line closer than this share of the font size run on without a space ("exo" + "some"). */
const WORD_GAP = 0.15;

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}
interface Line {
  text: string;
  y: number;
  size: number;
}

/**
 * The text of a PDF, read with pdfjs-dist, in reading order: each page's lines top to bottom and
 * left to right, the lines of a paragraph joined (a hyphen that breaks a word at a line's end
 * joined too: "regener-" + "ation"), paragraphs and pages each on a line of their own, and where
 * each page's text stands. A PDF with no text layer (a scan), a password-protected one and a
 * corrupt one are refused with a PdfError saying which.
 */
export async function textOfPdf(bytes: Uint8Array): Promise<PdfText> {
  if (!isPdf(bytes)) throw new PdfError('not a PDF (it does not start with %PDF-)');
  // Loaded on the first PDF, not at start: pdfjs-dist is about 28 MB of the app's resident memory,
  // which a server that reads no PDF need not hold.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf: PDFDocumentProxy;
  try {
    pdf = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException')
      throw new PdfError('encrypted: it asks for a password; save it without one and try again');
    throw new PdfError(
      `not a readable PDF (${name === 'InvalidPDFException' ? 'corrupt or truncated' : 'it could not be parsed'})`,
    );
  }
  try {
    const pages: PageRange[] = [];
    let text = '';
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [
              {
                str: item.str,
                x: item.transform[4] as number,
                y: item.transform[5] as number,
                width: item.width,
                size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height,
              },
            ]
          : [],
      );
      const pageText = paragraphsOf(linesOf(items));
      if (text !== '' && pageText !== '') text += '\n';
      const start = text.length;
      text += pageText;
      pages.push({ page: number, start, end: text.length });
      page.cleanup();
    }
    if (text.trim() === '')
      throw new PdfError(
        `has no text layer on any of its ${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'} (a scan?): run it through OCR first`,
      );
    return { text, pages };
  } catch (error) {
    if (error instanceof PdfError) throw error;
    throw new PdfError(`not a readable PDF (${(error as Error).message})`);
  } finally {
    await pdf.destroy();
  }
}

/** Items into lines: those whose baselines lie within half a font size of each other, top to bottom, each left to right. */
function linesOf(items: Item[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - item.y) <= line[0]!.size / 2) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    const ordered = line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of ordered) {
      const joined = text === '' || /\s$/.test(text) || /^\s/.test(item.str) || item.x - end < WORD_GAP * item.size;
      text += (joined ? '' : ' ') + item.str;
      end = item.x + item.width;
    }
    return { text: text.replace(/\s+/g, ' ').trim(), y: ordered[0]!.y, size: Math.max(...ordered.map((i) => i.size)) };
  });
}

/** Lines into paragraphs, one a line: a wide gap or a change of font size starts a new one; a word hyphenated across lines is joined. */
function paragraphsOf(lines: Line[]): string {
  const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
  // The usual line spacing: the lower quartile of the gaps, as most gaps are between lines of one paragraph.
  const usual = gaps.length > 0 ? [...gaps].sort((a, b) => a - b)[Math.floor((gaps.length - 1) / 4)]! : 0;
  let text = '';
  lines.forEach((line, i) => {
    if (i === 0) {
      text = line.text;
      return;
    }
    const before = lines[i - 1]!;
    const newParagraph =
      before.y - line.y > PARAGRAPH_GAP * usual || Math.abs(before.size - line.size) > FONT_SIZE_CHANGE;
    if (newParagraph) text += `\n${line.text}`;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line.text)) text = text.slice(0, -1) + line.text;
    else text += ` ${line.text}`;
  });
  return text;
}

/** The page a character of a PDF's text stands on (1-based), or null for a document without pages. */
export function pageAt(pages: readonly PageRange[] | null | undefined, offset: number): number | null {
  if (!pages || pages.length === 0) return null;
  return (
    (pages.find((p) => offset >= p.start && offset < p.end) ?? pages.findLast((p) => p.start <= offset))?.page ?? null
  );
}
