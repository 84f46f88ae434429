import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { textOfHtml } from './html-text.js';

/** The largest document the assistant reads; larger ones are refused before any work. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export class DocumentError extends Error {}

/**
 * The text of a document to ingest: plain text and Markdown as they are, HTML with its tags,
 * scripts and styles stripped. Offsets of proposals refer to this text, which is stored verbatim.
 */
export function readDocument(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new DocumentError(`${file}: no such file`);
  }
  if (size === 0) throw new DocumentError(`${file}: the file is empty`);
  if (size > MAX_DOCUMENT_BYTES)
    throw new DocumentError(`${file}: ${size} bytes is over the ${MAX_DOCUMENT_BYTES}-byte limit`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new DocumentError(`${file}: a binary file (it holds NUL bytes), not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentError(`${file}: not UTF-8 text`);
  }
  if (/\.html?$/i.test(path.extname(file))) text = textOfHtml(text);
  if (text.trim() === '') throw new DocumentError(`${file}: no text in it`);
  return text;
}

export const DOCUMENT_FORMATS = ['TEXT', 'MARKDOWN', 'HTML'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** What the assistant reads of a document given as text: HTML loses its tags, head, scripts and styles; text and Markdown stay as they are. */
export function textOfDocument(text: string, format: DocumentFormat): string {
  return format === 'HTML' ? textOfHtml(text) : text;
}
