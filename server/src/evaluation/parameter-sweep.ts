import type { Corpus } from '../corpus/corpus-reader.js';
import type { LinkParameters } from '../domain/assistant/propose.js';
import { LabeledDocuments } from './labeled-documents.js';
import { LeaveOneSourceOut, totalOf, type SourceScore, type Totals } from './leave-one-source-out.js';

const grid = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);

/** The parameters tried: thresholds 0.01 apart, and a few context weights and "explained enough" shares. */
export const PARAMETER_GRID = {
  threshold: grid(0.3, 0.5, 0.01),
  containmentWeight: [0.3, 0.4, 0.5],
  contextWeight: [0, 0.7, 0.8, 0.9],
  explainedEnough: [0.5, 0.6, 0.7, 0.8],
  nearestFloor: [1, 0.42, 0.38, 0.34, 0.3],
} as const;

/** Floors a setting must keep to be chosen: the labeled documents' claim links, and the proposals that are right. */
export const LABELED_FLOOR = 0.5;
export const PRECISION_FLOOR = 0.5;

export interface SweepRow {
  parameters: LinkParameters;
  perSource: SourceScore[];
  overall: Totals;
  /** Share of the labeled documents' passages whose claim the assistant links. */
  labeledClaims: number;
}

type LinkCounts = Pick<Totals, 'curated' | 'claimLinked' | 'proposed' | 'proposedRight'>;

export const linkRecall = (s: LinkCounts) => (s.curated === 0 ? 0 : s.claimLinked / s.curated);
export const linkPrecision = (s: LinkCounts) => (s.proposed === 0 ? 0 : s.proposedRight / s.proposed);

/** F1 of claim links: right ones among curated assertions (recall) against right proposals among all (precision). */
export function linkF1(s: LinkCounts): number {
  const [recall, precision] = [linkRecall(s), linkPrecision(s)];
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}

/** Every setting of the grid, scored leave-one-source-out and on the labeled documents. */
export function sweepParameters(
  corpus: Corpus,
  labeledDir: string,
  onProgress?: (done: number, total: number) => void,
  parameterGrid = PARAMETER_GRID,
): SweepRow[] {
  const loso = new LeaveOneSourceOut(corpus);
  const labeled = new LabeledDocuments(corpus, labeledDir);
  const settings = parameterGrid.containmentWeight.flatMap((containmentWeight) =>
    parameterGrid.contextWeight.flatMap((contextWeight) =>
      parameterGrid.explainedEnough.flatMap((explainedEnough) =>
        parameterGrid.nearestFloor.flatMap((nearestFloor) =>
          parameterGrid.threshold.map((threshold) => ({
            threshold,
            containmentWeight,
            contextWeight,
            explainedEnough,
            nearestFloor,
          })),
        ),
      ),
    ),
  );
  return settings.map((parameters, i) => {
    const { perSource, overall } = loso.evaluate(parameters);
    const results = labeled.evaluate(parameters);
    onProgress?.(i + 1, settings.length);
    return {
      parameters,
      perSource,
      overall,
      labeledClaims: results.filter((r) => r.claimRight).length / Math.max(1, results.length),
    };
  });
}

/**
 * The rule the parameters are chosen by: the most right claim links (leave-one-source-out) among
 * settings that keep at least half the proposals right and the labeled documents' claim links at
 * least half right; ties go to the better F1. `sources` restricts the scoring to some sources (the nested check).
 */
export function chosenParameters(rows: readonly SweepRow[], sources?: ReadonlySet<string>): SweepRow {
  const scored = (row: SweepRow) =>
    sources ? totalOf(row.perSource.filter((s) => sources.has(s.sourceId))) : row.overall;
  const allowed = rows.filter((r) => meetsFloors(r, scored(r)));
  const better = (a: SweepRow, b: SweepRow) => {
    const [x, y] = [scored(a), scored(b)];
    return x.claimLinked !== y.claimLinked ? x.claimLinked > y.claimLinked : linkF1(x) > linkF1(y) + 1e-9;
  };
  return (allowed.length > 0 ? allowed : rows).reduce((best, r) => (better(r, best) ? r : best));
}

/** Whether a setting keeps the rule's floors (on the scores given, all sources by default). */
export function meetsFloors(row: SweepRow, scored: Totals = row.overall): boolean {
  return row.labeledClaims >= LABELED_FLOOR && linkPrecision(scored) >= PRECISION_FLOOR;
}

/** The setting with the best F1 of claim links, for comparison with the rule's choice. */
export function bestF1(rows: readonly SweepRow[]): SweepRow {
  return rows.reduce((best, r) => (linkF1(r.overall) > linkF1(best.overall) + 1e-9 ? r : best));
}

/**
 * How the rule generalises: each source scored at the setting the rule picks from the other
 * sources alone, so that no source's own labels choose the setting it is scored at.
 */
export function nestedTotals(rows: readonly SweepRow[]): { totals: Totals; picks: Record<string, LinkParameters> } {
  const ids = rows[0]?.perSource.map((s) => s.sourceId) ?? [];
  const picks: Record<string, LinkParameters> = {};
  const scored = ids.map((id) => {
    const pick = chosenParameters(rows, new Set(ids.filter((x) => x !== id)));
    picks[id] = pick.parameters;
    return pick.perSource.find((s) => s.sourceId === id)!;
  });
  return { totals: totalOf(scored), picks };
}

export const sameParameters = (a: LinkParameters, b: LinkParameters) =>
  (Object.keys(a) as (keyof LinkParameters)[]).every((key) => a[key] === b[key]);
