import path from 'node:path';
import { loadConfig, repoRoot } from '../server/src/config.js';
import { evaluateLabeledDocuments, type LabelResult } from '../server/src/evaluation/labeled-documents.js';
import { readValidCorpus } from '../server/src/corpus/corpus-reader.js';
import { classOf, MISS_CLASSES, type MissClass } from '../server/src/evaluation/link-misses.js';
import { leaveOneSourceOut, type Evaluation, type Totals } from '../server/src/evaluation/leave-one-source-out.js';
import { chosenThreshold, linkF1, nestedTotals, sweepThresholds } from '../server/src/evaluation/threshold-sweep.js';
import { LINK_THRESHOLD } from '../server/src/domain/assistant/propose.js';
import { GRADES, type Grade } from '../server/src/domain/types.js';

// npm run eval [-- --misses] [-- --sweep] [-- --json]
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const cells = (widths: number[], values: (string | number)[]) => values.map((v, i) => String(v)[i === 0 ? 'padEnd' : 'padStart'](widths[i]!)).join(' ');
const LOSO_WIDTHS = [46, 4, 7, 7, 7, 7, 7, 7, 6, 9, 6];
const row = (name: string, s: Totals) => cells(LOSO_WIDTHS, [
  name, s.curated, pct(s.found, s.curated), pct(s.claimLinked, s.curated), pct(s.knownLinked, s.known), pct(s.novelProposed, s.novel),
  pct(s.gradeRight, s.found), pct(s.stanceRight, s.found), s.proposed, pct(s.proposedRight, s.proposed), pct(linkF1(s), 1),
]);

function printConfusion(confusion: Record<Grade, Record<Grade, number>>): void {
  console.log(`${''.padEnd(12)}${GRADES.map((g) => g.padStart(12)).join('')}`);
  for (const g of GRADES) console.log(`${g.padEnd(12)}${GRADES.map((h) => String(confusion[g][h]).padStart(12)).join('')}`);
}

function printMisses(result: Evaluation, detailed: boolean): void {
  const classes = Object.keys(MISS_CLASSES) as MissClass[];
  console.log(`\nClaim misses by class (${result.misses.length}; \`npm run eval -- --misses\` lists them)`);
  for (const c of classes) console.log(`${String(result.misses.filter((m) => classOf(m) === c).length).padStart(4)}  ${c.padEnd(22)} ${MISS_CLASSES[c]}`);
  if (!detailed) return;
  for (const c of classes) {
    for (const m of result.misses.filter((x) => classOf(x) === c)) {
      const expected = m.novel ? `NEW (${m.expected})` : `${m.expected} [rank ${m.expectedRank ?? '—'}, ${m.expectedScore ?? '—'}]`;
      const proposed = m.proposed.map((p) => `${p.slug ?? 'NEW'} ${p.score}`).join(', ') || 'nothing';
      console.log(`  ${c} · ${m.sourceId}\n    «${m.quote.replace(/\s+/g, ' ').slice(0, 140)}»\n    expected ${expected}\n    proposed ${proposed}`);
    }
  }
}

function printSweep(): void {
  const rows = sweepThresholds(corpus, labeledDir);
  const chosen = chosenThreshold(rows);
  console.log('\nLink threshold sweep: the rule takes the best LOSO F1 among thresholds keeping the labeled documents\' claims at least half right\n');
  const widths = [9, 7, 7, 9, 6, 6, 8];
  console.log(cells(widths, ['threshold', 'claim', 'found', 'precision', 'F1', 'props', 'labeled']));
  for (const r of rows) {
    const o = r.overall;
    const mark = [r === chosen ? 'rule' : '', r.threshold === LINK_THRESHOLD ? 'in use' : ''].filter(Boolean).join(', ');
    console.log(cells(widths, [r.threshold, pct(o.claimLinked, o.curated), pct(o.found, o.curated), pct(o.proposedRight, o.proposed), pct(linkF1(o), 1), o.proposed, pct(r.labeledClaims, 1)]) + (mark ? `  ← ${mark}` : ''));
  }
  const nested = nestedTotals(rows);
  console.log(`\nNested: each source scored at the threshold the rule picks from the other sources (${Object.values(nested.picks).join(', ')}):`);
  console.log(`claim ${pct(nested.totals.claimLinked, nested.totals.curated)}, precision ${pct(nested.totals.proposedRight, nested.totals.proposed)}, F1 ${pct(linkF1(nested.totals), 1)}`);
}

const labeledDir = path.join(repoRoot, 'tests', 'fixtures', 'evaluation');
const corpus = readValidCorpus(loadConfig().dataDir);
const result = leaveOneSourceOut(corpus);
console.log('Leave-one-source-out on the curated base (each source ingested with its own assertions, and the claims only it asserts, hidden)\n');
console.log(cells(LOSO_WIDTHS, ['source', 'n', 'found', 'claim', 'known', 'new', 'grade', 'stance', 'props', 'precision', 'F1']));
for (const s of result.perSource) console.log(row(s.sourceId, s));
console.log(row('overall', result.overall));
console.log(row('overall, own claims left known (former, leaky)', leaveOneSourceOut(corpus, { keepOwnClaims: true }).overall));
console.log('\nfound: curated passages the assistant proposed; claim: of all curated, right about the claim — known: linked to it,');
console.log('among those whose claim another source asserts; new: proposed as a new claim, among those whose claim only this source');
console.log('asserts; grade, stance: right among those found; precision: proposals right about a claim curated on that passage;');
console.log(`F1: of claim and precision. Link threshold ${LINK_THRESHOLD} (\`npm run eval -- --sweep\` shows how it is chosen).`);
console.log('\nGrade confusion (rows: curated, columns: proposed)');
printConfusion(result.gradeConfusion);
printMisses(result, process.argv.includes('--misses'));

const labeled = evaluateLabeledDocuments(corpus, labeledDir);
console.log('\nDocuments written for the evaluation, one kind of evidence each, against hand-made labels\n');
const LABEL_WIDTHS = [24, 3, 7, 7, 7, 7, 7];
console.log(cells(LABEL_WIDTHS, ['document', 'n', 'found', 'grade', 'stance', 'claim', 'cited']));
const line = (name: string, rows: LabelResult[]) => {
  const share = (test: (r: LabelResult) => boolean) => pct(rows.filter(test).length, rows.length);
  return cells(LABEL_WIDTHS, [name, rows.length, share((r) => r.found), share((r) => r.gradeRight), share((r) => r.stanceRight), share((r) => r.claimRight), share((r) => r.citedRight)]);
};
for (const document of new Set(labeled.map((r) => r.label.document))) console.log(line(document.replace(/\.txt$/, ''), labeled.filter((r) => r.label.document === document)));
console.log(line('overall', labeled));
for (const r of labeled.filter((x) => !x.gradeRight || !x.stanceRight || !x.claimRight)) {
  console.log(`  miss: ${r.label.document} «${r.label.passage}» expected ${r.label.grade}/${r.label.stance}/${r.label.claim}, proposed ${r.proposed ? `${r.proposed.grade}/${r.proposed.stance}/${r.proposed.claims.join(',')}` : 'nothing'}`);
}
if (process.argv.includes('--sweep')) printSweep();
if (process.argv.includes('--json')) console.log(JSON.stringify({ leaveOneSourceOut: result, labeled }));
