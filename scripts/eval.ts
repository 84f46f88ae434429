import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { loadConfig, repoRoot } from '../server/src/config.js';
import {
  evaluateLabeledDocuments,
  PARTS,
  NEW_CLAIM,
  type LabeledEvaluation,
  type LabelResult,
  type Part,
  type PartScore,
} from '../server/src/evaluation/labeled-documents.js';
import { readValidCorpus } from '../server/src/corpus/corpus-reader.js';
import { classOf, MISS_CLASSES, type MissClass } from '../server/src/evaluation/link-misses.js';
import { leaveOneSourceOut, type Evaluation, type Totals } from '../server/src/evaluation/leave-one-source-out.js';
import {
  bestF1,
  chosenParameters,
  combined,
  linkF1,
  meetsFloors,
  nestedTotals,
  CLAIM_LINK_FLOOR,
  sameParameters,
  sweepParameters,
  type SweepRow,
} from '../server/src/evaluation/parameter-sweep.js';
import { chosenGate, gateGrowth, seedsF1, sweepGate } from '../server/src/evaluation/gate-sweep.js';
import { LINK_PARAMETERS, type LinkParameters } from '../server/src/domain/assistant/propose.js';
import { GRADES, type Grade } from '../server/src/domain/types.js';

// npm run eval [-- --misses] [-- --test-misses] [-- --tuning-only] [-- --sweep] [-- --gate-sweep] [-- --json]
// --tuning-only scores and prints nothing of the test part (no figure, no miss, no target): what a tuner runs while choosing cues.
// --sweep chooses the link parameters on the seeds-only base (the grown base is measured, never tuned on), after the gate's sweep.
// --gate-sweep alone: the new-claim gate's sweep (seeds-only and grown base) and how it behaves as the base grows.
/** The seeds' leave-one-source-out grades before issue 15 (its claim links' floor is the sweep's): no change may fall below them. */
const GRADE_FLOOR = 0.924;
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const cells = (widths: number[], values: (string | number)[]) =>
  values.map((v, i) => String(v)[i === 0 ? 'padEnd' : 'padStart'](widths[i]!)).join(' ');
const LOSO_WIDTHS = [46, 4, 7, 7, 7, 7, 7, 7, 6, 9, 6];
const row = (name: string, s: Totals) =>
  cells(LOSO_WIDTHS, [
    name,
    s.curated,
    pct(s.found, s.curated),
    pct(s.claimLinked, s.curated),
    pct(s.knownLinked, s.known),
    pct(s.novelProposed, s.novel),
    pct(s.gradeRight, s.found),
    pct(s.stanceRight, s.found),
    s.proposed,
    pct(s.proposedRight, s.proposed),
    pct(linkF1(s), 1),
  ]);

function printConfusion(confusion: Record<Grade, Record<Grade, number>>): void {
  console.log(`${''.padEnd(12)}${GRADES.map((g) => g.padStart(12)).join('')}`);
  for (const g of GRADES)
    console.log(`${g.padEnd(12)}${GRADES.map((h) => String(confusion[g][h]).padStart(12)).join('')}`);
}

function printMisses(result: Evaluation, detailed: boolean): void {
  const classes = Object.keys(MISS_CLASSES) as MissClass[];
  console.log(`\nClaim misses by class (${result.misses.length}; \`npm run eval -- --misses\` lists them)`);
  for (const c of classes)
    console.log(
      `${String(result.misses.filter((m) => classOf(m) === c).length).padStart(4)}  ${c.padEnd(22)} ${MISS_CLASSES[c]}`,
    );
  if (!detailed) return;
  for (const c of classes) {
    for (const m of result.misses.filter((x) => classOf(x) === c)) {
      const expected = m.novel
        ? `NEW (${m.expected})`
        : `${m.expected} [rank ${m.expectedRank ?? '—'}, ${m.expectedScore ?? '—'}]`;
      const proposed = m.proposed.map((p) => `${p.slug ?? 'NEW'} ${p.score}`).join(', ') || 'nothing';
      console.log(
        `  ${c} · ${m.sourceId}\n    «${m.quote.replace(/\s+/g, ' ').slice(0, 140)}»\n    expected ${expected}\n    proposed ${proposed}`,
      );
    }
  }
}

const describe = (p: LinkParameters) =>
  `threshold ${p.threshold}, containment weight ${p.containmentWeight}, context weight ${p.contextWeight}, explained enough ${p.explainedEnough}, nearest floor ${p.nearestFloor}, unseen enough ${p.unseenEnough}, rare below ${p.rareBelow}`;

function printSweep(): void {
  const bar = new SingleBar({ format: '[eval] sweep {bar} {value}/{total} settings', stream: process.stderr });
  bar.start(1, 0);
  const rows = sweepParameters(corpus, labeledDir, (done, total) => {
    bar.setTotal(total);
    bar.update(done);
  });
  bar.stop();
  const chosen = chosenParameters(rows);
  const f1 = bestF1(rows);
  console.log(
    `\nParameter sweep over ${rows.length} settings. The rule: the best F1 of right answers (curated passages whose claim is linked,`,
  );
  console.log(
    'leave-one-source-out, and tuning-part labels whose claim and stance are proposed) and right proposals, seeds and tuning part',
  );
  console.log(
    `together, among settings keeping leave-one-source-out's claim links at ${pct(CLAIM_LINK_FLOOR, 1)} or more. Per combination of the other`,
  );
  console.log('parameters (nearest-claim floor 1: off), the threshold the rule would take there, best first:\n');
  const widths = [11, 8, 9, 8, 7, 10, 7, 7, 9, 6, 6, 8, 8, 8];
  const header = [
    'containment',
    'context',
    'explained',
    'nearest',
    'unseen',
    'threshold',
    'claim',
    'found',
    'precision',
    'F1',
    'props',
    'tuning',
    'tun.prec',
    'comb.F1',
  ];
  console.log(cells(widths, header));
  const line = (r: SweepRow, mark: string) => {
    const o = r.overall;
    const p = r.parameters;
    console.log(
      cells(widths, [
        p.containmentWeight,
        p.contextWeight,
        p.explainedEnough,
        p.nearestFloor,
        p.unseenEnough,
        p.threshold,
        pct(o.claimLinked, o.curated),
        pct(o.found, o.curated),
        pct(o.proposedRight, o.proposed),
        pct(linkF1(o), 1),
        o.proposed,
        pct(r.tuning.claimLinked, r.tuning.curated),
        pct(r.tuning.proposedRight, r.tuning.proposed),
        pct(linkF1(combined(r)), 1),
      ]) + (mark ? `  ← ${mark}` : ''),
    );
  };
  const groups = new Map<string, SweepRow[]>();
  for (const r of rows) {
    const key = JSON.stringify({ ...r.parameters, threshold: null });
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const chosenPerGroup = [...groups.values()].map((group) => chosenParameters(group));
  const keeping = chosenPerGroup.filter((r) => meetsFloors(r));
  const picks = keeping.length > 0 ? keeping : chosenPerGroup;
  const byRule = (a: SweepRow, b: SweepRow) => (chosenParameters([a, b]) === a ? -1 : 1);
  for (const r of picks.sort(byRule).slice(0, 12)) line(r, r === chosen ? 'rule' : '');
  console.log(
    `(the best 12 of ${picks.length}; ${groups.size - picks.length} of the ${groups.size} combinations keep the floors at no threshold)`,
  );
  console.log('\nAround the setting in use (its other parameters, thresholds 0.03 either side):\n');
  console.log(cells(widths, header));
  for (const r of rows.filter(
    (x) =>
      sameParameters({ ...x.parameters, threshold: LINK_PARAMETERS.threshold }, LINK_PARAMETERS) &&
      Math.abs(x.parameters.threshold - LINK_PARAMETERS.threshold) < 0.035,
  )) {
    line(
      r,
      [
        r === chosen ? 'rule' : '',
        r === f1 ? 'best F1' : '',
        sameParameters(r.parameters, LINK_PARAMETERS) ? 'in use' : '',
      ]
        .filter(Boolean)
        .join(', '),
    );
  }
  console.log(
    `\nThe rule takes: ${describe(chosen.parameters)}.${sameParameters(chosen.parameters, LINK_PARAMETERS) ? ' It is the setting in use.' : ' The setting in use differs!'}`,
  );
  console.log(
    `Best F1 alone would take: ${describe(f1.parameters)} (claim ${pct(f1.overall.claimLinked, f1.overall.curated)}, precision ${pct(f1.overall.proposedRight, f1.overall.proposed)}, F1 ${pct(linkF1(combined(f1)), 1)}).`,
  );
  const nested = nestedTotals(rows);
  console.log('\nNested: each source scored at the setting the rule picks from the other sources alone:');
  for (const [id, p] of Object.entries(nested.picks)) console.log(`  ${id.padEnd(46)} ${describe(p)}`);
  console.log(
    `claim ${pct(nested.totals.claimLinked, nested.totals.curated)}, precision ${pct(nested.totals.proposedRight, nested.totals.proposed)}, F1 ${pct(linkF1(nested.totals), 1)}`,
  );
}

/** The new-claim gate: its sweep on both bases, the rule's pick, and the share of passages it lets through as the base grows. */
function printGateSweep(): void {
  const rows = sweepGate(corpus, labeledDir);
  const chosen = chosenGate(rows);
  console.log(
    '\nNew-claim gate sweep (a passage linked to a known claim is also proposed new when at least "unseen" of its words are',
  );
  console.log(
    'held by at most "rare" of the base\'s texts; other parameters as in use). Tuning part against the seeds and against',
  );
  console.log(
    `the grown base (leave-one-document-out). The rule: seeds-only F1 among settings keeping leave-one-source-out's claim links`,
  );
  console.log(`at ${pct(CLAIM_LINK_FLOOR, 1)}; ties broken by NEW labels proposed new on the grown base.\n`);
  const widths = [6, 6, 7, 9, 8, 9, 7, 9, 6, 8, 9, 7, 8];
  console.log(
    cells(widths, [
      'rare',
      'unseen',
      'claim',
      'loso.prec',
      'seedsF1',
      'seeds.both',
      'prec',
      'new props',
      'NEW',
      'grown.both',
      'prec',
      'props',
      'NEW',
    ]),
  );
  for (const r of rows)
    console.log(
      cells(widths, [
        r.parameters.rareBelow,
        r.parameters.unseenEnough,
        pct(r.loso.claimLinked, r.loso.curated),
        pct(r.loso.proposedRight, r.loso.proposed),
        pct(seedsF1(r), 1),
        pct(r.seeds.claimAndStanceRight, r.seeds.labels),
        pct(r.seeds.proposedRight, r.seeds.proposed),
        r.seeds.newProposals,
        `${r.seeds.novelProposed}/${r.seeds.novel}`,
        pct(r.grown.claimAndStanceRight, r.grown.labels),
        pct(r.grown.proposedRight, r.grown.proposed),
        r.grown.newProposals,
        `${r.grown.novelProposed}/${r.grown.novel}`,
      ]) +
        (r === chosen ? '  ← rule' : '') +
        (sameParameters(r.parameters, LINK_PARAMETERS) ? '  ← in use' : ''),
    );
  console.log(
    `\nHow the gate behaves as the base grows: share of the tuning part's passages with at least ${LINK_PARAMETERS.unseenEnough} of their words rare`,
  );
  const growth = gateGrowth(corpus, labeledDir);
  const rares = Object.keys(growth[0]!.passing).map(Number);
  console.log(cells([36, 6, ...rares.map(() => 11)], ['base', 'texts', ...rares.map((r) => `rare ${r}`)]));
  for (const g of growth)
    console.log(cells([36, 6, ...rares.map(() => 11)], [g.base, g.texts, ...rares.map((r) => pct(g.passing[r]!, 1))]));
}

const labeledDir = path.join(repoRoot, 'tests', 'fixtures', 'evaluation');
const corpus = readValidCorpus(loadConfig().dataDir);
const result = leaveOneSourceOut(corpus);
console.log(
  'Leave-one-source-out on the curated base (each source ingested with its own assertions, and the claims only it asserts, hidden)\n',
);
console.log(
  cells(LOSO_WIDTHS, ['source', 'n', 'found', 'claim', 'known', 'new', 'grade', 'stance', 'props', 'precision', 'F1']),
);
for (const s of result.perSource) console.log(row(s.sourceId, s));
console.log(row('overall', result.overall));
console.log(
  row('overall, own claims left known (former, leaky)', leaveOneSourceOut(corpus, { keepOwnClaims: true }).overall),
);
console.log(
  '\nfound: curated passages the assistant proposed; claim: of all curated, right about the claim — known: linked to it,',
);
console.log(
  'among those whose claim another source asserts; new: proposed as a new claim, among those whose claim only this source',
);
console.log(
  'asserts; grade, stance: right among those found; precision: proposals right about a claim curated on that passage;',
);
console.log(
  `F1: of claim and precision. Link parameters: ${describe(LINK_PARAMETERS)} (\`npm run eval -- --sweep\` shows how they are chosen).`,
);
console.log('\nGrade confusion (rows: curated, columns: proposed)');
printConfusion(result.gradeConfusion);
printMisses(result, process.argv.includes('--misses'));

const tuningOnly = process.argv.includes('--tuning-only');
/** Under --tuning-only the test part is not even scored. */
const asked: Part | undefined = tuningOnly ? 'tuning' : undefined;
const labeled = evaluateLabeledDocuments(corpus, labeledDir, LINK_PARAMETERS, asked);
console.log(
  '\nDocuments written for the evaluation, against hand-made labels (tests/fixtures/evaluation; split.json: the tuning part',
);
console.log('chooses parameters, cues and lexicon entries, the test part only measures them)\n');
const LABEL_WIDTHS = [40, 3, 7, 7, 7, 7, 7, 7, 6, 9];
const LABEL_HEADER = ['document', 'n', 'found', 'grade', 'stance', 'claim', 'both', 'cited', 'props', 'precision'];
const labeledRow = (name: string, results: LabelResult[], proposals: LabeledEvaluation['proposals']) => {
  const share = (test: (r: LabelResult) => boolean) => pct(results.filter(test).length, results.length);
  return cells(LABEL_WIDTHS, [
    name,
    results.length,
    share((r) => r.found),
    share((r) => r.gradeRight),
    share((r) => r.stanceRight),
    share((r) => r.claimRight),
    share((r) => r.claimAndStanceRight),
    share((r) => r.citedRight),
    proposals.length,
    pct(proposals.filter((p) => p.right).length, proposals.length),
  ]);
};
const askedParts = PARTS.filter((p) => !asked || p === asked);
for (const part of askedParts.filter((p) => !tuningOnly || p === 'tuning')) {
  console.log(`${part} part`);
  console.log(cells(LABEL_WIDTHS, LABEL_HEADER));
  const results = labeled.results.filter((r) => r.part === part);
  const proposals = labeled.proposals.filter((p) => p.part === part);
  for (const document of new Set(results.map((r) => r.label.document)))
    console.log(
      labeledRow(
        document,
        results.filter((r) => r.label.document === document),
        proposals.filter((p) => p.document === document),
      ),
    );
  console.log(labeledRow(`${part} part`, results, proposals));
  console.log(`\nGrade confusion, ${part} part (rows: labeled, columns: proposed)`);
  printConfusion(labeled.byPart[part].gradeConfusion);
  console.log('');
}
console.log(
  'both: the claim with the labeled stance; precision: proposals a label on their passage backs (its claim, or a new claim where it says NEW)',
);
const grown = evaluateLabeledDocuments(corpus, labeledDir, LINK_PARAMETERS, asked, 'grown');
const GROWN_ROWS: Record<Part, string> = {
  tuning: 'tuning part, leave-one-document-out',
  test: 'test part, all tuning passages curated',
};
console.log(
  "\nAgainst a grown base (seeds + the tuning part's curated passages): each tuning label naming a known claim adds its passage",
);
console.log(
  "to that claim's texts, as accepting it would (NEW adds no claim). Each tuning document is proposed without its own passages;",
);
console.log(
  'the test part against all of them, its own never curated. The seeds-only figures above stay the headline.\n',
);
console.log(cells(LABEL_WIDTHS, LABEL_HEADER));
for (const part of askedParts)
  console.log(
    labeledRow(
      GROWN_ROWS[part],
      grown.results.filter((r) => r.part === part),
      grown.proposals.filter((p) => p.part === part),
    ),
  );
/** Where the claim figures move: the labels naming a known claim, those saying NEW, and new-claim proposals. */
const claimShift = (part: Part, evaluation: LabeledEvaluation) => {
  const results = evaluation.results.filter((r) => r.part === part);
  const share = (labels: LabelResult[]) => `${labels.filter((r) => r.claimRight).length}/${labels.length}`;
  return {
    known: share(results.filter((r) => r.label.claim !== NEW_CLAIM)),
    novel: share(results.filter((r) => r.label.claim === NEW_CLAIM)),
    newProposals: evaluation.proposals.filter((p) => p.part === part && p.proposal.claim.isNew).length,
  };
};
for (const part of askedParts) {
  const [before, after] = [claimShift(part, labeled), claimShift(part, grown)];
  console.log(
    `  ${part} part, seeds only -> grown: labels naming a known claim linked to it ${before.known} -> ${after.known}; labels saying NEW proposed new ${before.novel} -> ${after.novel}; new-claim proposals ${before.newProposals} -> ${after.newProposals}`,
  );
}
for (const part of askedParts) {
  console.log(`\nGrade confusion, grown base, ${GROWN_ROWS[part]} (rows: labeled, columns: proposed)`);
  printConfusion(grown.byPart[part].gradeConfusion);
}
console.log('');
const showMisses = (part: Part) => part === 'tuning' || process.argv.includes('--test-misses');
for (const r of labeled.results.filter((x) => showMisses(x.part) && (!x.gradeRight || !x.claimAndStanceRight))) {
  console.log(
    `  miss (${r.part}): ${r.label.document} «${r.label.passage}» expected ${r.label.grade}/${r.label.stance}/${r.label.claim}, proposed ${r.proposed ? `${r.proposed.grade}/${r.proposed.stance}/${r.proposed.claims.map((c) => c ?? 'NEW').join(',')}` : 'nothing'}`,
  );
}
if (!tuningOnly && !process.argv.includes('--test-misses'))
  console.log("  (the test part's misses: `npm run eval -- --test-misses`)");

const testTargets = (name: string, test: PartScore): [string, number, number][] => [
  [`${name}: grade`, test.gradeRight / test.labels, 0.9],
  [`${name}: claim and stance`, test.claimAndStanceRight / test.labels, 0.8],
  [`${name}: proposal precision`, test.proposedRight / test.proposed, 0.6],
];
const targets: [string, number, number][] = [
  ...(tuningOnly ? [] : testTargets('test part', labeled.byPart.test)),
  ['leave-one-source-out: claim links', result.overall.claimLinked / result.overall.curated, CLAIM_LINK_FLOOR],
  ['leave-one-source-out: grades', result.overall.gradeRight / result.overall.found, GRADE_FLOOR],
  ...(tuningOnly ? [] : testTargets('grown base, test part', grown.byPart.test)),
];
console.log('\nTargets');
for (const [name, value, target] of targets)
  console.log(
    `  ${name.padEnd(46)} ${pct(value, 1).padStart(7)}  (target ${pct(target, 1)}) ${value >= target - 1e-9 ? 'met' : 'NOT MET'}`,
  );
if (process.argv.includes('--sweep') || process.argv.includes('--gate-sweep')) printGateSweep();
if (process.argv.includes('--sweep')) printSweep();
/** The asked parts' scores alone: under --tuning-only the test part's entry would be empty counts, not figures. */
const askedOnly = (evaluation: LabeledEvaluation) => ({
  ...evaluation,
  byPart: Object.fromEntries(askedParts.map((part) => [part, evaluation.byPart[part]])),
});
if (process.argv.includes('--json'))
  console.log(JSON.stringify({ leaveOneSourceOut: result, labeled: askedOnly(labeled), grownBase: askedOnly(grown) }));
