import { describe, expect, it } from 'vitest';
import { coveringSources } from '../../server/src/domain/source-cover.js';

const candidates = new Map([
  ['a', new Set(['c1', 'c2', 'c3', 'c4'])],
  ['b', new Set(['c1', 'c2', 'c3'])],
  ['c', new Set(['c5', 'c6'])],
  ['d', new Set(['c7'])],
]);

describe('the sources shown beside a set of claims', () => {
  it('takes the busiest first, then those that bring in claims no source shown addresses yet', () => {
    // b addresses more claims than c, but only claims a already brings in.
    expect(coveringSources(candidates, 3)).toEqual({ ids: ['a', 'c', 'd'], more: true });
  });

  it('lists them busiest first, a pinned source before all', () => {
    expect(coveringSources(candidates, 2, ['d'])).toEqual({ ids: ['d', 'a'], more: true });
    expect(coveringSources(candidates, 9)).toEqual({ ids: ['a', 'b', 'c', 'd'], more: false });
  });

  it('breaks ties by id, so the same base gives the same view', () => {
    const tied = new Map([
      ['y', new Set(['c1'])],
      ['x', new Set(['c2'])],
    ]);
    expect(coveringSources(tied, 1)).toEqual({ ids: ['x'], more: true });
  });
});
