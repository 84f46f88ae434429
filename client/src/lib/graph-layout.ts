import { STATUSES, type ConsensusStatus, type Stance } from './evidence';

/**
 * A bipartite layout computed by hand: sources in a column on the left, claims in a column on the
 * right grouped by consensus status, an edge per source's position on a claim, and CONFLICTS_WITH
 * links between claims drawn as arcs bulging left of the claim column.
 */
export interface GraphInput {
  claims: { slug: string; statement: string; status: ConsensusStatus; conflictsWith: string[] }[];
  sources: { slug: string; title: string }[];
  edges: { source: string; claim: string; stance: Stance }[];
}

export interface PlacedNode {
  slug: string;
  label: string;
  x: number;
  y: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  sources: PlacedNode[];
  claims: (PlacedNode & { status: ConsensusStatus })[];
  edges: { source: string; claim: string; stance: Stance; path: string }[];
  arcs: { a: string; b: string; path: string }[];
}

export const SOURCE_X = 230;
export const CLAIM_X = 500;
const ROW = 24;
const TOP = 24;

export function layoutGraph(input: GraphInput): GraphLayout {
  const rank = (s: ConsensusStatus) => STATUSES.indexOf(s);
  const ordered = [...input.claims].sort(
    (a, b) => rank(a.status) - rank(b.status) || a.statement.localeCompare(b.statement),
  );
  const claims = ordered.map((c, i) => ({
    slug: c.slug,
    label: c.statement,
    status: c.status,
    x: CLAIM_X,
    y: TOP + i * ROW,
  }));
  const height = Math.max(TOP * 2 + (claims.length - 1) * ROW, TOP * 2 + input.sources.length * 90);
  const gap = (height - 2 * TOP) / Math.max(1, input.sources.length);
  const sources = input.sources.map((s, i) => ({
    slug: s.slug,
    label: s.title,
    x: SOURCE_X,
    y: TOP + gap * (i + 0.5),
  }));
  const claimAt = new Map(claims.map((c) => [c.slug, c]));
  const sourceAt = new Map(sources.map((s) => [s.slug, s]));

  const edges = input.edges.flatMap((e) => {
    const from = sourceAt.get(e.source);
    const to = claimAt.get(e.claim);
    if (!from || !to) return [];
    const mid = (from.x + to.x) / 2;
    return [{ ...e, path: `M ${from.x + 10} ${from.y} C ${mid} ${from.y}, ${mid} ${to.y}, ${to.x - 10} ${to.y}` }];
  });

  const seen = new Set<string>();
  const arcs = ordered.flatMap((c) =>
    c.conflictsWith.flatMap((other) => {
      const key = [c.slug, other].sort().join('\u0000');
      const a = claimAt.get(c.slug);
      const b = claimAt.get(other);
      if (seen.has(key) || !a || !b) return [];
      seen.add(key);
      const bulge = CLAIM_X - 30 - Math.abs(b.y - a.y) * 0.25;
      return [
        {
          a: a.slug,
          b: b.slug,
          path: `M ${CLAIM_X - 8} ${a.y} C ${bulge} ${a.y}, ${bulge} ${b.y}, ${CLAIM_X - 8} ${b.y}`,
        },
      ];
    }),
  );
  return { width: 1000, height, sources, claims, edges, arcs };
}

/** Up to `lines` lines of about `width` characters; the last one ends in … when the text is longer. */
export function wrapLabel(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.slice(0, width - 1)}…`;
  return kept;
}
