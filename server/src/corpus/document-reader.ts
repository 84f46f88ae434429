import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { textOfHtml } from './html-text.js';
import { isPdf, PdfError, textOfPdf, type PageRange } from './pdf-text.js';

/** The largest document the assistant reads; larger ones are refused before any work. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export class DocumentError extends Error {}

export const DOCUMENT_FORMATS = ['TEXT', 'MARKDOWN', 'HTML', 'PDF'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** A document as the assistant reads it: the text stored verbatim as the source, and, for a PDF, where each page stands in it. */
export interface DocumentText {
  text: string;
  format: DocumentFormat;
  pages: PageRange[] | null;
}

/** What the assistant reads of a document given as text: HTML loses its tags, head, scripts and styles; text and Markdown stay as they are. */
export function textOfDocument(text: string, format: Exclude<DocumentFormat, 'PDF'>): string {
  return format === 'HTML' ? textOfHtml(text) : text;
}

/**
 * A document's bytes as the assistant reads them (a file from the command line or an upload). A
 * PDF is told by its content (%PDF-), whatever its name, and read with its pages; any other file is
 * UTF-8 text, read as HTML when its name or the format given says so. Refuses, naming the document,
 * an empty, oversized, binary or non-UTF-8 file, a file named .pdf that is not one, and a PDF that is
 * a scan, encrypted or corrupt.
 */
export async function documentOfBytes(
  bytes: Uint8Array,
  name: string,
  format?: DocumentFormat | null,
): Promise<DocumentText> {
  if (bytes.length === 0) throw new DocumentError(`${name}: the file is empty`);
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new DocumentError(`${name}: ${bytes.length} bytes is over the ${MAX_DOCUMENT_BYTES}-byte limit`);
  if (isPdf(bytes)) {
    try {
      const { text, pages } = await textOfPdf(bytes);
      return { text, format: 'PDF', pages };
    } catch (error) {
      if (error instanceof PdfError) throw new DocumentError(`${name}: ${error.message}`);
      throw error;
    }
  }
  if (format === 'PDF' || /\.pdf$/i.test(name))
    throw new DocumentError(`${name}: not a PDF (it does not start with %PDF-)`);
  if (bytes.includes(0)) throw new DocumentError(`${name}: a binary file (it holds NUL bytes), not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentError(`${name}: not UTF-8 text`);
  }
  const textFormat = format ?? (/\.html?$/i.test(name) ? 'HTML' : /\.(md|markdown)$/i.test(name) ? 'MARKDOWN' : 'TEXT');
  text = textOfDocument(text, textFormat);
  if (text.trim() === '') throw new DocumentError(`${name}: no text in it`);
  return { text, format: textFormat, pages: null };
}

/** A document file on disk, as `documentOfBytes` reads it; the size is checked before the file is read. */
export async function readDocument(file: string): Promise<DocumentText> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new DocumentError(`${file}: no such file`);
  }
  if (size > MAX_DOCUMENT_BYTES)
    throw new DocumentError(`${file}: ${size} bytes is over the ${MAX_DOCUMENT_BYTES}-byte limit`);
  return documentOfBytes(readFileSync(file), file);
}

/** A text, Markdown or HTML file read at once (the evaluation's labeled documents); a PDF needs `readDocument`. */
export function readTextDocument(file: string): string {
  const bytes = readFileSync(file);
  if (isPdf(bytes)) throw new DocumentError(`${file}: a PDF: read it with readDocument`);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return /\.html?$/i.test(path.extname(file)) ? textOfHtml(text) : text;
}
