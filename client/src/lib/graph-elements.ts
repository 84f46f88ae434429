import type { ConsensusStatus, Stance } from './evidence';
import { claimPath, sourcePath } from './links';

/** What the graph draws: a neighbourhood's claims and sources, and each source's position on a claim. */
export interface GraphData {
  claims: { slug: string; statement: string; status: ConsensusStatus; conflictsWith: string[] }[];
  sources: { slug: string; title: string }[];
  positions: { claim: string; source: string; stance: Stance }[];
}

export interface GraphFilters {
  stance?: Stance;
  status?: ConsensusStatus;
}

/** The part of the data the filters keep: claims of the status with a position of the stance, and the sources that take one. */
export function filteredGraph(data: GraphData, filters: GraphFilters): GraphData {
  const positions = data.positions.filter((p) => !filters.stance || p.stance === filters.stance);
  const withPosition = new Set(positions.map((p) => p.claim));
  const claims = data.claims.filter(
    (c) => (!filters.status || c.status === filters.status) && (!filters.stance || withPosition.has(c.slug)),
  );
  const kept = new Set(claims.map((c) => c.slug));
  const keptPositions = positions.filter((p) => kept.has(p.claim));
  const speaking = new Set(keptPositions.map((p) => p.source));
  return {
    claims,
    sources: data.sources.filter((s) => speaking.has(s.slug)),
    positions: keptPositions,
  };
}

/** Pairs of claims in conflict, each once, both shown. */
export function conflictPairs(claims: GraphData['claims']): [string, string][] {
  const shown = new Set(claims.map((c) => c.slug));
  const pairs = new Map<string, [string, string]>();
  for (const c of claims) {
    for (const other of c.conflictsWith) {
      if (!shown.has(other)) continue;
      const pair = [c.slug, other].sort() as [string, string];
      pairs.set(pair.join('\u0000'), pair);
    }
  }
  return [...pairs.values()];
}

export const claimNodeId = (slug: string) => `claim:${slug}`;
export const sourceNodeId = (slug: string) => `source:${slug}`;

export interface NodeData {
  id: string;
  kind: 'claim' | 'source';
  label: string;
  href: string;
  status?: ConsensusStatus;
}

export interface EdgeData {
  id: string;
  kind: 'position' | 'conflict';
  source: string;
  target: string;
  stance?: Stance;
}

/** Cytoscape's elements: a node per source and claim, an edge per position, an edge per conflict between claims. */
export function graphElements(data: GraphData): { data: NodeData | EdgeData }[] {
  return [
    ...data.sources.map((s) => ({
      data: { id: sourceNodeId(s.slug), kind: 'source' as const, label: s.title, href: sourcePath(s.slug) },
    })),
    ...data.claims.map((c) => ({
      data: {
        id: claimNodeId(c.slug),
        kind: 'claim' as const,
        label: c.statement,
        href: claimPath(c.slug),
        status: c.status,
      },
    })),
    ...data.positions.map((p) => ({
      data: {
        id: `position:${p.source}:${p.claim}`,
        kind: 'position' as const,
        source: sourceNodeId(p.source),
        target: claimNodeId(p.claim),
        stance: p.stance,
      },
    })),
    ...conflictPairs(data.claims).map(([a, b]) => ({
      data: { id: `conflict:${a}:${b}`, kind: 'conflict' as const, source: claimNodeId(a), target: claimNodeId(b) },
    })),
  ];
}
