import type { Corpus } from '../corpus/corpus-reader.js';
import type { LinkParameters } from '../domain/assistant/propose.js';
import { LabeledDocuments } from './labeled-documents.js';
import { LeaveOneSourceOut, totalOf, type SourceScore, type Totals } from './leave-one-source-out.js';

const grid = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);

/** The values tried of each link parameter. */
export type ParameterGrid = { readonly [K in keyof LinkParameters]: readonly number[] };

/** The parameters tried: thresholds 0.01 apart, and a few context weights, "explained enough" and "unseen enough" shares. */
export const PARAMETER_GRID: ParameterGrid = {
  threshold: grid(0.3, 0.5, 0.01),
  containmentWeight: [0.3, 0.4, 0.5],
  contextWeight: [0, 0.7, 0.8, 0.9],
  explainedEnough: [0.5, 0.6, 0.7, 0.8],
  nearestFloor: [1, 0.42, 0.38, 0.34, 0.3],
  unseenEnough: [0, 0.2, 0.25, 0.3],
  /** Chosen with `unseenEnough` by the gate's own sweep (gate-sweep.ts), which also scores the grown base. */
  rareBelow: [0.004],
};

/**
 * The floor a setting must keep to be chosen: leave-one-source-out's claim links where they stood
 * before the labeled documents of issue 15 (77.3%), so that tuning for new kinds of document never
 * costs the seeds.
 */
export const CLAIM_LINK_FLOOR = 0.773;

type LinkCounts = Pick<Totals, 'curated' | 'claimLinked' | 'proposed' | 'proposedRight'>;

export interface SweepRow {
  parameters: LinkParameters;
  perSource: SourceScore[];
  overall: Totals;
  /** The tuning part of the labeled documents (never the test part), as link counts: its labels, those whose claim and stance the assistant gets, its proposals and the right ones. */
  tuning: LinkCounts;
}

export const linkRecall = (s: LinkCounts) => (s.curated === 0 ? 0 : s.claimLinked / s.curated);
export const linkPrecision = (s: LinkCounts) => (s.proposed === 0 ? 0 : s.proposedRight / s.proposed);

/** F1 of claim links: right ones among curated assertions (recall) against right proposals among all (precision). */
export function linkF1(s: LinkCounts): number {
  const [recall, precision] = [linkRecall(s), linkPrecision(s)];
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}

/** Every setting of the grid, scored leave-one-source-out and on the labeled documents of the tuning part (never the test part). */
export function sweepParameters(
  corpus: Corpus,
  labeledDir: string,
  onProgress?: (done: number, total: number) => void,
  parameterGrid: ParameterGrid = PARAMETER_GRID,
): SweepRow[] {
  const loso = new LeaveOneSourceOut(corpus);
  const labeled = new LabeledDocuments(corpus, labeledDir, 'tuning');
  const settings = parameterGrid.containmentWeight.flatMap((containmentWeight) =>
    parameterGrid.contextWeight.flatMap((contextWeight) =>
      parameterGrid.explainedEnough.flatMap((explainedEnough) =>
        parameterGrid.nearestFloor.flatMap((nearestFloor) =>
          parameterGrid.unseenEnough.flatMap((unseenEnough) =>
            parameterGrid.rareBelow.flatMap((rareBelow) =>
              parameterGrid.threshold.map((threshold) => ({
                threshold,
                containmentWeight,
                contextWeight,
                explainedEnough,
                nearestFloor,
                unseenEnough,
                rareBelow,
              })),
            ),
          ),
        ),
      ),
    ),
  );
  return settings.map((parameters, i) => {
    const { perSource, overall } = loso.evaluate(parameters);
    const { tuning } = labeled.evaluate(parameters).byPart;
    onProgress?.(i + 1, settings.length);
    return {
      parameters,
      perSource,
      overall,
      tuning: {
        curated: tuning.labels,
        claimLinked: tuning.claimAndStanceRight,
        proposed: tuning.proposed,
        proposedRight: tuning.proposedRight,
      },
    };
  });
}

/** Leave-one-source-out's link counts (of some sources, or all) and the tuning part's added together. */
export function combined(row: SweepRow, sources?: ReadonlySet<string>): LinkCounts {
  const loso = sources ? totalOf(row.perSource.filter((s) => sources.has(s.sourceId))) : row.overall;
  return {
    curated: loso.curated + row.tuning.curated,
    claimLinked: loso.claimLinked + row.tuning.claimLinked,
    proposed: loso.proposed + row.tuning.proposed,
    proposedRight: loso.proposedRight + row.tuning.proposedRight,
  };
}

/**
 * The rule the parameters are chosen by: the best F1 of right answers (curated passages whose claim
 * is linked, leave-one-source-out, and tuning labels whose claim and stance are proposed) and right
 * proposals, both counted over the seeds and the tuning part together, among settings keeping
 * leave-one-source-out's claim links at CLAIM_LINK_FLOOR or more (all settings where none does).
 * `sources` restricts leave-one-source-out to some sources (the nested check).
 */
export function chosenParameters(rows: readonly SweepRow[], sources?: ReadonlySet<string>): SweepRow {
  const allowed = rows.filter((r) => meetsFloors(r, sources));
  const f1 = (r: SweepRow) => linkF1(combined(r, sources));
  return (allowed.length > 0 ? allowed : rows).reduce((best, r) => (f1(r) > f1(best) + 1e-9 ? r : best));
}

/** Whether a setting keeps the rule's floor (leave-one-source-out on the sources given, all by default). */
export function meetsFloors(row: SweepRow, sources?: ReadonlySet<string>): boolean {
  const loso = sources ? totalOf(row.perSource.filter((s) => sources.has(s.sourceId))) : row.overall;
  return linkRecall(loso) >= CLAIM_LINK_FLOOR - 1e-9;
}

/** The setting with the best F1 of claim links, for comparison with the rule's choice. */
export function bestF1(rows: readonly SweepRow[]): SweepRow {
  return rows.reduce((best, r) => (linkF1(combined(r)) > linkF1(combined(best)) + 1e-9 ? r : best));
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
