import { describe, expect, it } from 'vitest';
import { fullTextQuery } from '../../server/src/domain/search-text.js';

describe('a search box query becomes a Lucene query that cannot change meaning', () => {
  it('requires every word', () => {
    expect(fullTextQuery('hair  regrowth')).toBe('hair AND regrowth');
  });

  it('escapes every special character and drops bare operators', () => {
    expect(fullTextQuery('PRP (platelet-rich) OR "plasma" *')).toBe(
      'PRP AND \\(platelet\\-rich\\) AND \\"plasma\\" AND \\*',
    );
  });

  it('gives nothing to search for blank input', () => {
    expect(fullTextQuery('   ')).toBeNull();
  });
});

describe('search as one types', () => {
  it('lets the last word be the beginning of a word, and only the last', () => {
    expect(fullTextQuery('hair regr', { partialLastWord: true })).toBe('hair AND (regr OR regr*)');
  });

  it('searches a one-letter or escaped last word as it is', () => {
    expect(fullTextQuery('hair r', { partialLastWord: true })).toBe('hair AND r');
    expect(fullTextQuery('platelet-rich', { partialLastWord: true })).toBe('platelet\\-rich');
  });

  it('searches a stop word typed last as the whole word, since the index holds no stop word to begin another', () => {
    expect(fullTextQuery('contain no cells or', { partialLastWord: true })).toBe('contain AND no AND cells AND or');
    expect(fullTextQuery('cells The', { partialLastWord: true })).toBe('cells AND The');
  });
});
