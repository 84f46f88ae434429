/** Which of the claims in view each candidate source addresses. */
export type ClaimsBySource = ReadonlyMap<string, ReadonlySet<string>>;

export interface SourceChoice {
  /** Busiest first: those addressing the most of the claims first (pinned ones before all), ties by id. */
  ids: string[];
  /** More candidates than the cap let in. */
  more: boolean;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Up to `limit` sources to show beside a set of claims. Each pick is the source that addresses the
 * most claims none of the picked sources addresses yet (ties: the busiest, then by id), so the
 * first pick is the busiest source and later picks bring in claims that would otherwise have no
 * cell at all. Greedy set cover: not the best cover, but within a small factor of it and linear
 * in the candidates per pick. The result is then ordered busiest first.
 */
export function coveringSources(
  candidates: ClaimsBySource,
  limit: number,
  pinned: readonly string[] = [],
): SourceChoice {
  const chosen = pinned.slice(0, limit);
  const covered = new Set(chosen.flatMap((id) => [...(candidates.get(id) ?? [])]));
  const left = new Map([...candidates].filter(([id]) => !chosen.includes(id)));
  while (chosen.length < limit && left.size > 0) {
    let best: { id: string; fresh: number; all: number } | null = null;
    for (const [id, claims] of left) {
      let fresh = 0;
      for (const claim of claims) if (!covered.has(claim)) fresh += 1;
      const candidate = { id, fresh, all: claims.size };
      if (!best || (candidate.fresh - best.fresh || candidate.all - best.all || byId(best.id, id)) > 0)
        best = candidate;
    }
    const { id } = best!;
    chosen.push(id);
    for (const claim of left.get(id)!) covered.add(claim);
    left.delete(id);
  }
  const size = (id: string) => candidates.get(id)?.size ?? 0;
  const ordered = [
    ...chosen.filter((id) => pinned.includes(id)),
    ...chosen.filter((id) => !pinned.includes(id)).sort((a, b) => size(b) - size(a) || byId(a, b)),
  ];
  return { ids: ordered, more: left.size > 0 };
}
