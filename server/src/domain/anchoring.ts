import type { Quote } from './types.js';

/** Characters of context kept on each side of a quote (TextQuoteSelector prefix and suffix). */
export const QUOTE_CONTEXT_LENGTH = 32;

/** The full selector pair for a passage of `text`, as stored and as checked on every load. */
export function quoteAt(text: string, start: number, end: number): Quote {
  return {
    exact: text.slice(start, end),
    start,
    end,
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
  };
}

export interface QuoteProblem {
  field: 'start' | 'end' | 'exact' | 'prefix' | 'suffix';
  message: string;
}

/** Every way a stored quote fails to stand verbatim at its offsets; empty when it does. */
export function quoteProblems(text: string, quote: Quote): QuoteProblem[] {
  const { start, end } = quote;
  if (!Number.isInteger(start) || start < 0 || start >= text.length) {
    return [{ field: 'start', message: `start ${start} is outside the text (length ${text.length})` }];
  }
  if (!Number.isInteger(end) || end <= start || end > text.length) {
    return [{ field: 'end', message: `end ${end} must be after start ${start} and at most ${text.length}` }];
  }
  const expected = quoteAt(text, start, end);
  const problems: QuoteProblem[] = [];
  if (quote.exact !== expected.exact) {
    const elsewhere = text.indexOf(quote.exact);
    const hint =
      elsewhere >= 0
        ? ` (the quote stands at ${elsewhere}-${elsewhere + quote.exact.length})`
        : ' (the quote is nowhere in the text)';
    problems.push({
      field: 'exact',
      message: `text at ${start}-${end} is ${JSON.stringify(clip(expected.exact))}, not the quote${hint}`,
    });
  }
  if (quote.prefix !== expected.prefix) {
    problems.push({ field: 'prefix', message: `expected ${JSON.stringify(expected.prefix)}` });
  }
  if (quote.suffix !== expected.suffix) {
    problems.push({ field: 'suffix', message: `expected ${JSON.stringify(expected.suffix)}` });
  }
  return problems;
}

function clip(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
