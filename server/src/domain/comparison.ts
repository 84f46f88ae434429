import { byGradeDescending } from './grading.js';
import type { Grade, Stance } from './types.js';

export interface StancedAssertion {
  id: string;
  sourceId: string;
  claimSlug: string;
  stance: Stance;
  grade: Grade;
}

export type Agreement = 'AGREE' | 'CONFLICT' | 'QUALIFIED';

/** One source's position on one claim: its strongest assertion speaks for it. */
export interface Position {
  stance: Stance;
  grade: Grade;
  stances: Stance[];
  assertionIds: string[];
}

export function positionOf(assertions: readonly StancedAssertion[]): Position | null {
  const ranked = byGradeDescending(assertions);
  const first = ranked[0];
  if (!first) return null;
  return {
    stance: first.stance,
    grade: first.grade,
    stances: [...new Set(ranked.map((a) => a.stance))],
    assertionIds: ranked.map((a) => a.id),
  };
}

/** Two sources conflict when one supports what the other contradicts; they agree when they share a side and neither takes the other. */
export function agreementOf(a: Position, b: Position): Agreement {
  const takes = (p: Position, stance: Stance) => p.stances.includes(stance);
  if ((takes(a, 'SUPPORTS') && takes(b, 'CONTRADICTS')) || (takes(a, 'CONTRADICTS') && takes(b, 'SUPPORTS')))
    return 'CONFLICT';
  if ((takes(a, 'SUPPORTS') && takes(b, 'SUPPORTS')) || (takes(a, 'CONTRADICTS') && takes(b, 'CONTRADICTS')))
    return 'AGREE';
  return 'QUALIFIED';
}

export interface SharedClaim {
  claimSlug: string;
  a: Position;
  b: Position;
  agreement: Agreement;
}

/** The claims two sources both address, and where they agree or conflict. */
export function compareSources(
  aAssertions: readonly StancedAssertion[],
  bAssertions: readonly StancedAssertion[],
): SharedClaim[] {
  const byClaim = (list: readonly StancedAssertion[]) => {
    const map = new Map<string, StancedAssertion[]>();
    for (const a of list) map.set(a.claimSlug, [...(map.get(a.claimSlug) ?? []), a]);
    return map;
  };
  const aClaims = byClaim(aAssertions);
  const bClaims = byClaim(bAssertions);
  return [...aClaims.keys()]
    .filter((slug) => bClaims.has(slug))
    .sort()
    .map((claimSlug) => {
      const a = positionOf(aClaims.get(claimSlug)!)!;
      const b = positionOf(bClaims.get(claimSlug)!)!;
      return { claimSlug, a, b, agreement: agreementOf(a, b) };
    });
}

/** One cell of a claims × sources matrix: the source's position on the claim. */
export interface MatrixCell {
  claimSlug: string;
  sourceId: string;
  position: Position;
}

/** A cell for every (claim, source) pair with assertions: claim by claim in the order given, sources in the order met. */
export function matrixCells(assertions: readonly StancedAssertion[], claimSlugs: readonly string[]): MatrixCell[] {
  const byClaim = new Map<string, Map<string, StancedAssertion[]>>();
  for (const a of assertions) {
    const bySource = byClaim.get(a.claimSlug) ?? new Map<string, StancedAssertion[]>();
    bySource.set(a.sourceId, [...(bySource.get(a.sourceId) ?? []), a]);
    byClaim.set(a.claimSlug, bySource);
  }
  return claimSlugs.flatMap((claimSlug) =>
    [...(byClaim.get(claimSlug) ?? new Map<string, StancedAssertion[]>()).entries()].map(([sourceId, list]) => ({
      claimSlug,
      sourceId,
      position: positionOf(list)!,
    })),
  );
}
