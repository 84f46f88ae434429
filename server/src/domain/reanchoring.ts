import search from 'approx-string-match';
import { quoteAt } from './anchoring.js';
import type { AnchorState, Quote } from './types.js';

export type { AnchorState } from './types.js';

export interface Reanchored {
  state: AnchorState;
  /** Where the passage stands in the new text; for an ORPHANED one, the old quote unchanged. */
  quote: Quote;
}

/** A fuzzy match must keep this share of the quote's characters, or the quote is orphaned rather than re-pointed. */
export const MIN_QUOTE_SIMILARITY = 0.85;

/** Weights in the manner of Hypothesis' match-quote: the quote counts most, context next, position only breaks ties. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/**
 * Finds a stored quote again in a revised text. The cheapest test first: the same text at the same
 * offsets (ANCHORED); then exact occurrences elsewhere, then approximate ones (MOVED), each scored on
 * quote, prefix, suffix and position. A quote found nowhere closely enough is ORPHANED and keeps
 * its old selectors: it is never silently pointed at some other passage.
 */
export function reanchor(text: string, quote: Quote): Reanchored {
  if (text.slice(quote.start, quote.end) === quote.exact) {
    return { state: 'ANCHORED', quote: quoteAt(text, quote.start, quote.end) };
  }
  const exact = exactOccurrences(text, quote.exact);
  const candidates =
    exact.length > 0 ? exact : search(text, quote.exact, Math.floor(quote.exact.length * (1 - MIN_QUOTE_SIMILARITY)));
  let best: { candidate: Candidate; score: number } | null = null;
  for (const candidate of candidates) {
    const score = scoreOf(text, quote, candidate);
    if (!best || score > best.score) best = { candidate, score };
  }
  if (!best || similarity(best.candidate.errors, quote.exact.length) < MIN_QUOTE_SIMILARITY)
    return { state: 'ORPHANED', quote };
  const { start, end } = best.candidate.errors === 0 ? best.candidate : boundedByContext(text, quote, best.candidate);
  return { state: 'MOVED', quote: quoteAt(text, start, end) };
}

/**
 * An approximate match is the cheapest alignment, which may drop a changed word at either end
 * ("Most of the data…" found as " the data…"); where the old prefix and suffix are found right
 * beside it, the passage runs from the end of the one to the start of the other.
 */
function boundedByContext(text: string, quote: Quote, candidate: Candidate): Candidate {
  const slack = Math.max(8, quote.exact.length - (candidate.end - candidate.start) + candidate.errors);
  let { start, end } = candidate;
  if (quote.prefix.length > 0) {
    const windowStart = Math.max(0, start - quote.prefix.length - slack);
    const [match] = search(text.slice(windowStart, start + slack), quote.prefix, Math.floor(quote.prefix.length * 0.2));
    if (match) start = windowStart + match.end;
  }
  if (quote.suffix.length > 0) {
    const windowStart = Math.max(start, end - slack);
    const [match] = search(
      text.slice(windowStart, end + quote.suffix.length + slack),
      quote.suffix,
      Math.floor(quote.suffix.length * 0.2),
    );
    if (match) end = windowStart + match.start;
  }
  return end > start ? { start, end, errors: candidate.errors } : candidate;
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1))
    found.push({ start: at, end: at + exact.length, errors: 0 });
  return found;
}

function scoreOf(text: string, quote: Quote, candidate: Candidate): number {
  const prefix = contextSimilarity(
    text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start),
    quote.prefix,
  );
  const suffix = contextSimilarity(text.slice(candidate.end, candidate.end + quote.suffix.length), quote.suffix);
  const position = 1 - Math.min(1, Math.abs(candidate.start - quote.start) / Math.max(1, text.length));
  return (
    WEIGHTS.quote * similarity(candidate.errors, quote.exact.length) +
    WEIGHTS.prefix * prefix +
    WEIGHTS.suffix * suffix +
    WEIGHTS.position * position
  );
}

function contextSimilarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  const [match] = search(actual, expected, expected.length);
  return match ? similarity(match.errors, expected.length) : 0;
}

function similarity(errors: number, length: number): number {
  return length === 0 ? 1 : 1 - errors / length;
}
