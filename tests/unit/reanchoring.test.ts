import { describe, expect, it } from 'vitest';
import { quoteAt } from '../../server/src/domain/anchoring.js';
import { reanchor } from '../../server/src/domain/reanchoring.js';

const original =
  'Exosomes are tiny sacs that cells release. Most data comes from preclinical research on cells and animals. ' +
  'Clinical trials in humans are still few, small in scale and short in follow-up.';
const quoteOf = (text: string, exact: string) => {
  const start = text.indexOf(exact);
  return quoteAt(text, start, start + exact.length);
};
const preclinical = quoteOf(original, 'Most data comes from preclinical research on cells and animals.');

describe('re-anchoring a quote after its source text is revised', () => {
  it('keeps a quote ANCHORED when its passage is where it was', () => {
    const revised = original.replace('short in follow-up', 'brief in follow-up');
    expect(reanchor(revised, preclinical)).toEqual({ state: 'ANCHORED', quote: preclinical });
  });

  it('finds a quote MOVED when text was inserted before it, with new offsets and context', () => {
    const revised = `Updated in 2026. ${original}`;
    const result = reanchor(revised, preclinical);
    expect(result.state).toBe('MOVED');
    expect(result.quote.start).toBe(preclinical.start + 'Updated in 2026. '.length);
    expect(revised.slice(result.quote.start, result.quote.end)).toBe(preclinical.exact);
  });

  it('follows a quote whose wording changed slightly, taking the new wording', () => {
    const revised = original.replace('Most data comes from', 'Most of the data comes from');
    const result = reanchor(revised, preclinical);
    expect(result.state).toBe('MOVED');
    expect(result.quote.exact).toBe('Most of the data comes from preclinical research on cells and animals.');
  });

  it('ORPHANS a quote whose passage is gone, keeping its old selectors instead of re-pointing it', () => {
    const revised = original.replace(preclinical.exact, 'The evidence is reviewed below.');
    expect(reanchor(revised, preclinical)).toEqual({ state: 'ORPHANED', quote: preclinical });
  });

  it('orphans a quote rewritten beyond the similarity threshold', () => {
    const revised = original.replace(preclinical.exact, 'Nearly all findings were made in laboratory dishes and mice.');
    expect(reanchor(revised, preclinical).state).toBe('ORPHANED');
  });

  it('chooses among repeated passages by their context', () => {
    const text = 'Intro. Results vary. After lasers, results vary. Conclusion.';
    const second = quoteAt(
      text,
      text.lastIndexOf('results vary'),
      text.lastIndexOf('results vary') + 'results vary'.length,
    );
    const revised = `Preface. ${text.replace('Intro. Results vary.', 'Intro. Results vary. Results vary again.')}`;
    const result = reanchor(revised, second);
    expect(result.state).toBe('MOVED');
    expect(revised.slice(result.quote.start - 'After lasers, '.length, result.quote.start)).toBe('After lasers, ');
  });
});
