import type { Corpus } from '../corpus/corpus-reader.js';
import { evaluateLabeledDocuments } from './labeled-documents.js';
import { leaveOneSourceOut, totalOf, type SourceScore, type Totals } from './leave-one-source-out.js';

/** Thresholds tried, on a 0.01 grid. */
export const SWEPT_THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((0.28 + i * 0.01) * 100) / 100);
/** The labeled documents' claim links must stay at least this share right (half: the figure before the sweep existed). */
export const LABELED_FLOOR = 0.5;

export interface SweepRow {
  threshold: number;
  perSource: SourceScore[];
  overall: Totals;
  /** Share of the labeled documents' passages whose claim the assistant links. */
  labeledClaims: number;
}

/** F1 of claim links: right ones among curated assertions (recall) against right proposals among all (precision). */
export function linkF1(s: Pick<Totals, 'curated' | 'claimLinked' | 'proposed' | 'proposedRight'>): number {
  const recall = s.curated === 0 ? 0 : s.claimLinked / s.curated;
  const precision = s.proposed === 0 ? 0 : s.proposedRight / s.proposed;
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}

export function sweepThresholds(corpus: Corpus, labeledDir: string, thresholds = SWEPT_THRESHOLDS): SweepRow[] {
  return thresholds.map((threshold) => {
    const { perSource, overall } = leaveOneSourceOut(corpus, { linkThreshold: threshold });
    const labeled = evaluateLabeledDocuments(corpus, labeledDir, { linkThreshold: threshold });
    return { threshold, perSource, overall, labeledClaims: labeled.filter((r) => r.claimRight).length / Math.max(1, labeled.length) };
  });
}

/**
 * The rule the link threshold is chosen by: the highest leave-one-source-out F1 of claim links
 * among thresholds that keep the labeled documents' claim links at the floor (ties: the lower threshold).
 * `sources` restricts the F1 to some sources (for the nested check).
 */
export function chosenThreshold(rows: readonly SweepRow[], sources?: ReadonlySet<string>): SweepRow {
  const f1 = (row: SweepRow) => linkF1(sources ? totalOf(row.perSource.filter((s) => sources.has(s.sourceId))) : row.overall);
  const allowed = rows.filter((r) => r.labeledClaims >= LABELED_FLOOR);
  return (allowed.length > 0 ? allowed : rows).reduce((best, r) => (f1(r) > f1(best) + 1e-9 ? r : best));
}

/**
 * How the rule generalises: each source scored at the threshold the rule picks from the other
 * sources alone, so that no source's own labels choose the threshold it is scored at.
 */
export function nestedTotals(rows: readonly SweepRow[]): { totals: Totals; picks: Record<string, number> } {
  const ids = rows[0]?.perSource.map((s) => s.sourceId) ?? [];
  const picks: Record<string, number> = {};
  const scored = ids.map((id) => {
    const pick = chosenThreshold(rows, new Set(ids.filter((x) => x !== id)));
    picks[id] = pick.threshold;
    return pick.perSource.find((s) => s.sourceId === id)!;
  });
  return { totals: totalOf(scored), picks };
}
