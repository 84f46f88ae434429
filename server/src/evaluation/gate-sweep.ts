import type { Corpus } from '../corpus/corpus-reader.js';
import { ClaimMatcher, type KnownClaim } from '../domain/assistant/claim-matcher.js';
import { LINK_PARAMETERS, type LinkParameters } from '../domain/assistant/propose.js';
import { passagesOf } from '../domain/assistant/passages.js';
import {
  curatedPassagesOf,
  grownBaseFor,
  LabeledDocuments,
  NEW_CLAIM,
  readLabeledSet,
  seedClaims,
  type LabeledDocument,
  type LabeledEvaluation,
} from './labeled-documents.js';
import { LeaveOneSourceOut, type Totals } from './leave-one-source-out.js';
import { CLAIM_LINK_FLOOR, linkF1, linkRecall } from './parameter-sweep.js';

/** The gate's values tried. */
export type GateGrid = { readonly [K in 'rareBelow' | 'unseenEnough']: readonly number[] };

/**
 * The new-claim gate (LinkParameters' `unseenEnough` and `rareBelow`) swept apart from the link
 * grid: the gate matters most where the base has grown, which the link grid's seeds-only base
 * cannot show, so each setting is also scored against the grown base (tuning part,
 * leave-one-document-out). The other parameters stay as chosen.
 */
export const GATE_GRID: GateGrid = {
  rareBelow: [0, 0.002, 0.004, 0.006, 0.01, 0.02],
  unseenEnough: [0.2, 0.25, 0.3, 0.35],
};

/** A labeled part's figures as the gate changes them: claim and stance right, proposals, and labels saying NEW proposed new. */
export interface GateScore {
  labels: number;
  claimAndStanceRight: number;
  proposed: number;
  proposedRight: number;
  newProposals: number;
  novel: number;
  novelProposed: number;
}

export interface GateRow {
  parameters: LinkParameters;
  loso: Totals;
  seeds: GateScore;
  grown: GateScore;
}

function gateScore(evaluation: LabeledEvaluation): GateScore {
  const tuning = evaluation.byPart.tuning;
  const novel = evaluation.results.filter((r) => r.part === 'tuning' && r.label.claim === NEW_CLAIM);
  return {
    labels: tuning.labels,
    claimAndStanceRight: tuning.claimAndStanceRight,
    proposed: tuning.proposed,
    proposedRight: tuning.proposedRight,
    newProposals: evaluation.proposals.filter((p) => p.part === 'tuning' && p.proposal.claim.isNew).length,
    novel: novel.length,
    novelProposed: novel.filter((r) => r.claimRight).length,
  };
}

/** Every gate setting of the grid, scored leave-one-source-out and on the tuning part against both bases (never the test part). */
export function sweepGate(
  corpus: Corpus,
  labeledDir: string,
  base: LinkParameters = LINK_PARAMETERS,
  grid: GateGrid = GATE_GRID,
): GateRow[] {
  const loso = new LeaveOneSourceOut(corpus);
  const seeds = new LabeledDocuments(corpus, labeledDir, 'tuning', 'seeds');
  const grown = new LabeledDocuments(corpus, labeledDir, 'tuning', 'grown');
  return grid.rareBelow.flatMap((rareBelow) =>
    grid.unseenEnough.map((unseenEnough) => {
      const parameters = { ...base, rareBelow, unseenEnough };
      return {
        parameters,
        loso: loso.evaluate(parameters).overall,
        seeds: gateScore(seeds.evaluate(parameters)),
        grown: gateScore(grown.evaluate(parameters)),
      };
    }),
  );
}

/** The link sweep's F1 on the seeds-only base: right answers and right proposals, leave-one-source-out and tuning part together. */
export const seedsF1 = (r: GateRow) =>
  linkF1({
    curated: r.loso.curated + r.seeds.labels,
    claimLinked: r.loso.claimLinked + r.seeds.claimAndStanceRight,
    proposed: r.loso.proposed + r.seeds.proposed,
    proposedRight: r.loso.proposedRight + r.seeds.proposedRight,
  });

/**
 * The rule the gate is chosen by: among settings keeping leave-one-source-out's claim links at the
 * floor, the best seeds-only F1 (the link sweep's rule); among settings tied there (they differ only
 * where the base has grown), the most labels saying NEW proposed new against the grown base, then
 * the most claim and stance right there. Not the grown base's precision: a gate that lets no new
 * claim through beside a link scores best on it, the very decay the gate must not have.
 */
export function chosenGate(rows: readonly GateRow[]): GateRow {
  const allowed = rows.filter((r) => linkRecall(r.loso) >= CLAIM_LINK_FLOOR - 1e-9);
  const pool = allowed.length > 0 ? allowed : rows;
  const best = Math.max(...pool.map(seedsF1));
  return pool
    .filter((r) => seedsF1(r) >= best - 1e-9)
    .reduce((a, b) =>
      b.grown.novelProposed > a.grown.novelProposed ||
      (b.grown.novelProposed === a.grown.novelProposed && b.grown.claimAndStanceRight > a.grown.claimAndStanceRight)
        ? b
        : a,
    );
}

/** A base the gate is measured against as it grows, and the share of the tuning part's passages that pass it there. */
export interface GrowthRow {
  base: string;
  /** Texts (statements and quotes) in the base, on average over the tuning documents. */
  texts: number;
  passing: Record<number, number>;
}

/** The bases of `gateGrowth`, each built for one tuning document (never with its own passages). */
type BaseFor = (document: LabeledDocument) => KnownClaim[];

/**
 * How the gate behaves as the base grows: the share of the tuning part's passages with at least
 * `unseenEnough` of their words rare, for each `rareBelow`, against the seeds; the seeds grown by
 * the tuning part's curated passages (leave-one-document-out, as `npm run eval` measures); and
 * larger bases, simulated by adding every passage of the other tuning documents and every seed
 * quote under claims drawn at random (a fixed seed), once and three times over (a base of the same
 * words in more quotes: the share of texts holding a word stays, the count grows).
 */
export function gateGrowth(
  corpus: Corpus,
  labeledDir: string,
  rareBelowValues: readonly number[] = GATE_GRID.rareBelow,
  unseenEnough = LINK_PARAMETERS.unseenEnough,
): GrowthRow[] {
  const set = readLabeledSet(labeledDir);
  const tuning = set.documents.filter((d) => d.part === 'tuning');
  const seeds = seedClaims(corpus);
  const curated = curatedPassagesOf(
    { documents: tuning, labels: set.labels.filter((l) => tuning.some((d) => d.document === l.document)) },
    new Set(seeds.map((c) => c.slug)),
  );
  const grown: BaseFor = (document) => grownBaseFor(seeds, curated, document);
  const larger =
    (copies: number): BaseFor =>
    (document) => {
      const random = seededRandom(15);
      const claims = grown(document).map((c) => ({ ...c, texts: [...c.texts] }));
      const more = [
        ...tuning.filter((d) => d !== document).flatMap((d) => passagesOf(d.text).map((p) => p.text)),
        ...corpus.assertions.map((a) => a.quote.exact),
      ];
      for (let copy = 0; copy < copies; copy += 1)
        for (const text of more) claims[Math.floor(random() * claims.length)]!.texts.push(text);
      return claims;
    };
  const bases: [string, BaseFor][] = [
    ['seeds', () => seeds],
    ['grown (tuning passages curated)', grown],
    ['larger (+ all passages at random)', larger(1)],
    ['larger x3', larger(3)],
  ];
  return bases.map(([base, claimsFor]) => {
    const passing: Record<number, number> = Object.fromEntries(rareBelowValues.map((r) => [r, 0]));
    let passages = 0;
    let texts = 0;
    for (const document of tuning) {
      const matcher = new ClaimMatcher(claimsFor(document), LINK_PARAMETERS.containmentWeight);
      texts += matcher.textCount;
      for (const passage of passagesOf(document.text)) {
        passages += 1;
        for (const r of rareBelowValues) if (matcher.unseenShare(passage.text, r) >= unseenEnough) passing[r]! += 1;
      }
    }
    for (const r of rareBelowValues) passing[r] = passing[r]! / Math.max(1, passages);
    return { base, texts: Math.round(texts / Math.max(1, tuning.length)), passing };
  });
}

/** A repeatable stream of numbers in [0, 1) (a linear congruential generator): the same simulated base on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}
