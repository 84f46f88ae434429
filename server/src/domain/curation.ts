import { quoteAt } from './anchoring.js';
import { gradeOfBasis } from './grading.js';
import { SOURCE_KINDS, type Grade, type Quote, type SourceKind } from './types.js';

export type CurationErrorCode = 'INVALID' | 'NOT_FOUND' | 'CONFLICT';

/** Why a curator's change was refused; nothing was written. */
export class CurationError extends Error {
  constructor(
    readonly code: CurationErrorCode,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/** Who makes a change and why: every revision carries both. */
export interface Change {
  actor: string;
  reason: string;
}

const MAX_SLUG_LENGTH = 80;

/** A stable, readable slug from a claim's statement: lower-case words joined by hyphens. */
export function slugFor(statement: string): string {
  const words = statement
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (slug.length + word.length + 1 > MAX_SLUG_LENGTH) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  return slug;
}

/** The basis must be one of the grade's kinds (DESIGN.md's rubric); null when it is. */
export function basisMismatch(grade: Grade, basis: string): string | null {
  const owner = gradeOfBasis(basis);
  if (owner === null) return `"${basis}" is not a known basis`;
  return owner === grade ? null : `basis "${basis}" belongs to ${owner}, not ${grade}`;
}

/** The quote a curator selected by offsets, or why the selection is not a passage of the text. */
export function selectedQuote(text: string, start: number, end: number): Quote {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new CurationError('INVALID', `the selection ${start}-${end} is outside the text (0-${text.length})`, 'start');
  }
  if (end <= start || text.slice(start, end).trim() === '') {
    throw new CurationError('INVALID', 'the selection is empty', 'end');
  }
  return quoteAt(text, start, end);
}

const TOPIC = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One or more kebab-case topics, trimmed, lower-cased and without repeats. */
export function requireTopics(values: readonly string[]): string[] {
  const topics = [...new Set(values.map((topic) => topic.trim().toLowerCase()))];
  if (topics.length === 0 || topics.some((topic) => !TOPIC.test(topic))) {
    throw new CurationError(
      'INVALID',
      'topics must be one or more kebab-case words, such as "hair" or "wound-healing"',
      'topics',
    );
  }
  return topics;
}

export function requireText(value: string, field: string, { min = 1, max = 2000 } = {}): string {
  const trimmed = value.trim();
  if (trimmed.length < min)
    throw new CurationError('INVALID', `${field} must have at least ${min} character${min === 1 ? '' : 's'}`, field);
  if (trimmed.length > max) throw new CurationError('INVALID', `${field} must have at most ${max} characters`, field);
  return trimmed;
}

/** `base`, or `base-2`, `base-3`, … : the first key not in `taken`. */
export function firstFreeKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

const LANGUAGE = /^[a-z]{2}(-[A-Z]{2})?$/;

/** A source's kind: one of SOURCE_KINDS, as the data files and the GraphQL schema have it. */
export function requireSourceKind(value: string): SourceKind {
  const kind = value.trim();
  if (!(SOURCE_KINDS as readonly string[]).includes(kind))
    throw new CurationError('INVALID', `kind must be one of ${SOURCE_KINDS.join(', ')}, not "${kind}"`, 'kind');
  return kind as SourceKind;
}

/** An ISO 639-1 language code, with a region if wanted: "en", "en-GB". */
export function requireLanguage(value: string): string {
  if (!LANGUAGE.test(value))
    throw new CurationError('INVALID', 'language must be a code such as "en" or "en-GB"', 'language');
  return value;
}

/** An absolute URL (with its scheme), or null. */
export function requireUrl(value: string | null): string | null {
  if (value === null) return null;
  try {
    new URL(value);
  } catch {
    throw new CurationError('INVALID', 'url must be an absolute address, such as "https://example.org/page"', 'url');
  }
  return value;
}
