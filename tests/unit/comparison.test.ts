import { describe, expect, it } from 'vitest';
import { agreementOf, compareSources, positionOf, type StancedAssertion } from '../../server/src/domain/comparison.js';

let n = 0;
const a = (
  sourceId: string,
  claimSlug: string,
  stance: StancedAssertion['stance'],
  grade: StancedAssertion['grade'] = 'ANECDOTAL',
): StancedAssertion => ({
  id: `x${(n += 1)}`,
  sourceId,
  claimSlug,
  stance,
  grade,
});

describe('comparing two sources', () => {
  it('lists only the claims both address, with agreement and conflict', () => {
    const shared = compareSources(
      [a('A', 'standardized', 'SUPPORTS'), a('A', 'collagen', 'SUPPORTS'), a('A', 'only-a', 'SUPPORTS')],
      [
        a('B', 'standardized', 'CONTRADICTS'),
        a('B', 'collagen', 'SUPPORTS', 'PRECLINICAL'),
        a('B', 'only-b', 'SUPPORTS'),
      ],
    );
    expect(shared.map((s) => [s.claimSlug, s.agreement])).toEqual([
      ['collagen', 'AGREE'],
      ['standardized', 'CONFLICT'],
    ]);
  });

  it('calls a qualification neither agreement nor conflict', () => {
    const q = positionOf([a('A', 'c', 'QUALIFIES')])!;
    expect(agreementOf(q, positionOf([a('B', 'c', 'SUPPORTS')])!)).toBe('QUALIFIED');
  });

  it('sees a conflict even when a source also qualifies the claim elsewhere', () => {
    const mixed = positionOf([a('A', 'c', 'QUALIFIES', 'CLINICAL'), a('A', 'c', 'SUPPORTS')])!;
    expect(mixed.stance).toBe('QUALIFIES');
    expect(agreementOf(mixed, positionOf([a('B', 'c', 'CONTRADICTS')])!)).toBe('CONFLICT');
  });

  it('lets the strongest assertion speak for the source', () => {
    const p = positionOf([a('A', 'c', 'SUPPORTS', 'ANECDOTAL'), a('A', 'c', 'SUPPORTS', 'CLINICAL')])!;
    expect(p.grade).toBe('CLINICAL');
    expect(p.assertionIds).toHaveLength(2);
    expect(positionOf([])).toBeNull();
  });
});
