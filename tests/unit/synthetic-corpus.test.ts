import { describe, expect, it } from 'vitest';
import { scaleFor, syntheticClaims, syntheticSources } from '../bench/synthetic-corpus.js';

describe('the benchmark corpus generator', () => {
  const scale = scaleFor(500);
  const sources = [...syntheticSources(scale)];

  it('is deterministic: the same scale gives the same corpus', () => {
    expect(JSON.stringify([...syntheticSources(scale)])).toBe(JSON.stringify(sources));
    expect([...syntheticClaims(scale)]).toEqual([...syntheticClaims(scale)]);
  });

  it('gives the proportions asked for, with quotes that stand in their texts', () => {
    const assertions = sources.flatMap((s) => s.assertions.map((a) => ({ ...a, text: s.text })));
    expect(sources).toHaveLength(scale.sources);
    expect(assertions).toHaveLength(scale.assertions);
    for (const a of assertions.slice(0, 200)) expect(a.text.slice(a.start, a.end)).toMatch(/^Sentence \d+ says/);
  });

  it('gives many claims few assertions and a few claims hundreds', () => {
    const perClaim = new Map<string, number>();
    for (const s of sources)
      for (const a of s.assertions) perClaim.set(a.claimSlug, (perClaim.get(a.claimSlug) ?? 0) + 1);
    const counts = [...perClaim.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThanOrEqual(100);
    expect(counts.filter((n) => n <= 3).length).toBeGreaterThan(counts.length / 2);
  });
});
