import { describe, expect, it } from 'vitest';
import { QUOTE_CONTEXT_LENGTH, quoteAt, quoteProblems } from '../../server/src/domain/anchoring.js';

const text = 'Exosomes, extracellular vesicles secreted by stem cells, play a crucial role in cell communication.';

describe('a quote stands verbatim at its offsets', () => {
  it('builds the TextQuote selector from the TextPosition one, with 32 characters of context', () => {
    const start = text.indexOf('play a crucial role');
    const quote = quoteAt(text, start, start + 'play a crucial role'.length);
    expect(quote.exact).toBe('play a crucial role');
    expect(quote.prefix).toBe(text.slice(start - QUOTE_CONTEXT_LENGTH, start));
    expect(quote.suffix).toBe(' in cell communication.');
    expect(quoteProblems(text, quote)).toEqual([]);
  });

  it('clips the context at the ends of the text', () => {
    const quote = quoteAt(text, 0, 8);
    expect(quote.prefix).toBe('');
    expect(quoteProblems(text, quote)).toEqual([]);
  });

  it('refuses a quote whose text differs from the source at its offsets, and says where it really stands', () => {
    const quote = { ...quoteAt(text, 0, 8), start: 1, end: 9 };
    const problems = quoteProblems(text, quote);
    expect(problems.map((p) => p.field)).toContain('exact');
    expect(problems.find((p) => p.field === 'exact')?.message).toContain('stands at 0-8');
  });

  it('refuses a quote that is nowhere in the text', () => {
    const quote = { exact: 'cures baldness', start: 0, end: 14, prefix: '', suffix: text.slice(14, 46) };
    expect(quoteProblems(text, quote)[0]?.message).toContain('nowhere in the text');
  });

  it('refuses a prefix or suffix that does not match the text around the quote', () => {
    const quote = { ...quoteAt(text, 10, 20), prefix: 'something else', suffix: 'else' };
    expect(
      quoteProblems(text, quote)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['prefix', 'suffix']);
  });

  it('refuses offsets outside the text or an empty or inverted range', () => {
    expect(quoteProblems(text, { ...quoteAt(text, 0, 5), start: -1 })[0]?.field).toBe('start');
    expect(quoteProblems(text, { ...quoteAt(text, 0, 5), start: text.length })[0]?.field).toBe('start');
    expect(quoteProblems(text, { ...quoteAt(text, 0, 5), end: 0 })[0]?.field).toBe('end');
    expect(quoteProblems(text, { ...quoteAt(text, 0, 5), end: text.length + 1 })[0]?.field).toBe('end');
  });

  it('counts offsets in UTF-16 code units, as JavaScript and the W3C selectors do', () => {
    const curly = 'Dermatologists’ New Favorite: TGF-β and “exosomes”';
    const start = curly.indexOf('TGF-β');
    expect(quoteProblems(curly, quoteAt(curly, start, start + 5))).toEqual([]);
  });
});
