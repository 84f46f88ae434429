import { STATUSES } from './evidence';
import { claimNodeId, sourceNodeId, type GraphData } from './graph-elements';

/**
 * Room for a claim: its mark and one line of label (ellipsised at 160 px) to its right. Sized so
 * that the seed corpus's 67 claims, fitted to a 900 × 600 canvas, draw at about 90% with labels
 * still readable.
 */
export const CLAIM_CELL = { width: 200, height: 36 } as const;
/** The sources' column, their labels to the left of their marks. */
export const SOURCE_COLUMN = { x: 0, gap: 60 } as const;
const FIRST_CLAIM_X = 90;

export type Point = { x: number; y: number };

/**
 * A bipartite layout, the same on every visit: sources in a column on the left; claims in a grid
 * to the right, as many columns as make the drawing about as wide as the canvas, in the order of
 * the sources that address them (a claim of the first source near the top, of the last near the
 * bottom; claims of the same sources side by side), then by consensus, then by statement.
 */
export function graphPositions(data: GraphData, canvas: { width: number; height: number }): Map<string, Point> {
  const sourceIndex = new Map(data.sources.map((s, i) => [s.slug, i]));
  const meanSource = new Map<string, number>();
  for (const claim of data.claims) {
    const indexes = data.positions.filter((p) => p.claim === claim.slug).map((p) => sourceIndex.get(p.source) ?? 0);
    meanSource.set(claim.slug, indexes.length ? indexes.reduce((a, b) => a + b, 0) / indexes.length : 0);
  }
  const ordered = [...data.claims].sort(
    (a, b) =>
      meanSource.get(a.slug)! - meanSource.get(b.slug)! ||
      STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) ||
      a.statement.localeCompare(b.statement),
  );
  const aspect = canvas.width / Math.max(canvas.height, 1);
  const columns = Math.max(1, Math.round(Math.sqrt((ordered.length * CLAIM_CELL.height * aspect) / CLAIM_CELL.width)));
  const rows = Math.ceil(ordered.length / columns);
  const gridHeight = Math.max(rows - 1, 0) * CLAIM_CELL.height;
  const places = new Map<string, Point>();
  ordered.forEach((claim, i) => {
    places.set(claimNodeId(claim.slug), {
      x: FIRST_CLAIM_X + (i % columns) * CLAIM_CELL.width,
      y: Math.floor(i / columns) * CLAIM_CELL.height,
    });
  });
  const sourceGap = data.sources.length > 1 ? Math.max(SOURCE_COLUMN.gap, gridHeight / (data.sources.length - 1)) : 0;
  const sourceTop = (gridHeight - sourceGap * Math.max(data.sources.length - 1, 0)) / 2;
  data.sources.forEach((source, i) => {
    places.set(sourceNodeId(source.slug), { x: SOURCE_COLUMN.x, y: sourceTop + i * sourceGap });
  });
  return places;
}
