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
