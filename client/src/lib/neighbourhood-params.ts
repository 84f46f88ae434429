/**
 * Where the matrix and the graph start, kept in the URL so a view can be shared: one of a topic,
 * words (q), a claim or a source, and how many claims and sources to show. The caps match the
 * server's: 100 claims and 20 sources by default, "show more" adds as many again up to 200 and 50.
 */
export const CLAIM_CAP = { first: 100, step: 100, max: 200 } as const;
export const SOURCE_CAP = { first: 20, step: 10, max: 50 } as const;

export const FOCUS_PARAMS = ['topic', 'q', 'claim', 'source'] as const;
export type FocusParam = (typeof FOCUS_PARAMS)[number];

export interface NeighbourhoodVariables {
  around: { topic?: string; text?: string; claimId?: string; sourceId?: string } | null;
  claims: number;
  sources: number;
}

const capIn = (value: string | null, cap: { first: number; max: number }) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, cap.max) : cap.first;
};

export function neighbourhoodVariables(params: URLSearchParams): NeighbourhoodVariables {
  const [name, value] = FOCUS_PARAMS.map((p) => [p, params.get(p)] as const).find(([, v]) => v) ?? [];
  const around =
    name === 'topic'
      ? { topic: value! }
      : name === 'q'
        ? { text: value! }
        : name === 'claim'
          ? { claimId: value! }
          : name === 'source'
            ? { sourceId: value! }
            : null;
  return { around, claims: capIn(params.get('claims'), CLAIM_CAP), sources: capIn(params.get('sources'), SOURCE_CAP) };
}

/** The name of the claim or source the view starts from, once the view has it (it comes first). */
export function chosenLabel(
  around: NeighbourhoodVariables['around'],
  shown: { claims: { statement: string }[]; sources: { title: string }[] } | undefined,
): string | null {
  if (around?.claimId) return shown?.claims[0]?.statement ?? null;
  if (around?.sourceId) return shown?.sources[0]?.title ?? null;
  return null;
}

/** The URL after a new choice: the other choices and the caps reset, the filters kept. */
export function withFocus(params: URLSearchParams, name: FocusParam | null, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const p of [...FOCUS_PARAMS, 'claims', 'sources']) next.delete(p);
  if (name && value) next.set(name, value);
  return next;
}

/** The URL showing more claims or sources than now. */
export function withMore(params: URLSearchParams, what: 'claims' | 'sources'): URLSearchParams {
  const cap = what === 'claims' ? CLAIM_CAP : SOURCE_CAP;
  const next = new URLSearchParams(params);
  next.set(what, String(Math.min(capIn(params.get(what), cap) + cap.step, cap.max)));
  return next;
}
