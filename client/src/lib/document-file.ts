import type { DocumentFormat } from '../schema-enums';

export const FORMAT_LABELS: Record<DocumentFormat, string> = {
  TEXT: 'Plain text',
  MARKDOWN: 'Markdown',
  HTML: 'HTML',
  PDF: 'PDF',
};

/** The assistant's own limit on a document file (server/src/corpus/document-reader.ts). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * What one request to the server may carry (QUERY_LIMITS.maxBodyBytes, 1 MiB), less room for the
 * rest of the request: a longer document is refused here, in words, rather than by a bare HTTP 413.
 */
export const MAX_REQUEST_TEXT_BYTES = 1024 * 1024 - 4 * 1024;

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  txt: 'TEXT',
  text: 'TEXT',
  md: 'MARKDOWN',
  markdown: 'MARKDOWN',
  html: 'HTML',
  htm: 'HTML',
  pdf: 'PDF',
};

/** What the file input offers: the extensions above and their media types. */
export const ACCEPTED_FILES =
  '.txt,.text,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf';

export class DocumentFileError extends Error {}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** "Exosome study.final.md" → "Exosome study.final". */
export const titleFromFileName = (name: string): string =>
  name
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .trim();

/** A document file as the form sends it: a PDF as the file itself (the server reads it), anything else as its text. */
export type DocumentFile =
  | { kind: 'pdf'; file: File; title: string }
  | { kind: 'text'; text: string; format: Exclude<DocumentFormat, 'PDF'>; title: string };

/** A PDF is told by its content, as the server tells it: %PDF- within its first kilobyte. */
const isPdf = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 1029)).includes('%PDF-');

/**
 * A document file read in the browser: a PDF by its content (whatever its name), kept as a file for
 * the server to read; otherwise its format from the extension and its text as UTF-8. Refuses, with
 * the reason a curator can act on, a file that is too large, empty, named .pdf but not one, or not
 * text (another extension, NUL bytes, or bytes that are not UTF-8), as the command-line ingest does.
 */
export async function readDocumentFile(file: File): Promise<DocumentFile> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const format = FORMAT_BY_EXTENSION[extension];
  if (file.size > MAX_FILE_BYTES)
    throw new DocumentFileError(`“${file.name}” is ${megabytes(file.size)}, over the 5 MB limit.`);
  if (file.size === 0) throw new DocumentFileError(`“${file.name}” is empty.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isPdf(bytes)) return { kind: 'pdf', file, title: titleFromFileName(file.name) };
  if (format === 'PDF') throw new DocumentFileError(`“${file.name}” is named .pdf but is not a PDF.`);
  if (!format)
    throw new DocumentFileError(`“${file.name}” is not a document it reads: choose a .txt, .md, .html or .pdf file.`);
  if (bytes.includes(0)) throw new DocumentFileError(`“${file.name}” is a binary file, not text.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentFileError(`“${file.name}” is not UTF-8 text.`);
  }
  if (text.trim() === '') throw new DocumentFileError(`“${file.name}” holds no text.`);
  return { kind: 'text', text, format, title: titleFromFileName(file.name) };
}

/** Why a document cannot be sent as it is, or null: the server takes one request of up to 1 MiB. */
export function documentTooLarge(text: string): string | null {
  const bytes = new TextEncoder().encode(JSON.stringify(text)).length;
  if (bytes <= MAX_REQUEST_TEXT_BYTES) return null;
  return `The document is ${megabytes(bytes)} as sent; the server takes documents up to ${megabytes(MAX_REQUEST_TEXT_BYTES)}. Split it, or paste its text without markup.`;
}
