import type { DocumentFormat } from '../schema-enums';

export const FORMAT_LABELS: Record<DocumentFormat, string> = { TEXT: 'Plain text', MARKDOWN: 'Markdown', HTML: 'HTML' };

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
};

/** What the file input offers: the extensions above and their media types. */
export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

export class DocumentFileError extends Error {}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** "Exosome study.final.md" → "Exosome study.final". */
export const titleFromFileName = (name: string): string =>
  name
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .trim();

/**
 * A document file read in the browser: its format from the extension, its text as UTF-8.
 * Refuses, with the reason a curator can act on, a file that is too large, empty, or not text
 * (another extension, NUL bytes, or bytes that are not UTF-8), as the command-line ingest does.
 */
export async function readDocumentFile(file: File): Promise<{ text: string; format: DocumentFormat; title: string }> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const format = FORMAT_BY_EXTENSION[extension];
  if (!format) throw new DocumentFileError(`“${file.name}” is not a text document: choose a .txt, .md or .html file.`);
  if (file.size > MAX_FILE_BYTES)
    throw new DocumentFileError(`“${file.name}” is ${megabytes(file.size)}, over the 5 MB limit.`);
  if (file.size === 0) throw new DocumentFileError(`“${file.name}” is empty.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) throw new DocumentFileError(`“${file.name}” is a binary file, not text.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentFileError(`“${file.name}” is not UTF-8 text.`);
  }
  if (text.trim() === '') throw new DocumentFileError(`“${file.name}” holds no text.`);
  return { text, format, title: titleFromFileName(file.name) };
}

/** Why a document cannot be sent as it is, or null: the server takes one request of up to 1 MiB. */
export function documentTooLarge(text: string): string | null {
  const bytes = new TextEncoder().encode(JSON.stringify(text)).length;
  if (bytes <= MAX_REQUEST_TEXT_BYTES) return null;
  return `The document is ${megabytes(bytes)} as sent; the server takes documents up to ${megabytes(MAX_REQUEST_TEXT_BYTES)}. Split it, or paste its text without markup.`;
}
