import path from 'node:path';
import { loadConfig, repoRoot } from '../server/src/config.js';
import { evaluateLabeledDocuments } from '../server/src/evaluation/labeled-documents.js';
import { readValidCorpus } from '../server/src/corpus/corpus-reader.js';
import { leaveOneSourceOut, type SourceScore } from '../server/src/evaluation/leave-one-source-out.js';

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const row = (name: string, s: Omit<SourceScore, 'sourceId'>) =>
  `${name.padEnd(46)} ${String(s.curated).padStart(4)} ${pct(s.found, s.curated).padStart(7)} ${pct(s.claimLinked, s.curated).padStart(7)} ${pct(s.gradeRight, s.found).padStart(7)} ${pct(s.stanceRight, s.found).padStart(7)} ${String(s.proposed).padStart(6)} ${pct(s.proposedRight, s.proposed).padStart(9)}`;

const corpus = readValidCorpus(loadConfig().dataDir);
const result = leaveOneSourceOut(corpus);
console.log('Leave-one-source-out on the curated base (each source ingested with its own assertions hidden)\n');
console.log(`${'source'.padEnd(46)} ${'n'.padStart(4)} ${'found'.padStart(7)} ${'claim'.padStart(7)} ${'grade'.padStart(7)} ${'stance'.padStart(7)} ${'props'.padStart(6)} ${'precision'.padStart(9)}`);
for (const s of result.perSource) console.log(row(s.sourceId, s));
console.log(row('overall', result.overall));
console.log('\nfound: curated passages the assistant proposed; claim: of all curated, linked to the right claim;');
console.log('grade, stance: right among those found; precision: proposals naming a claim curated on that passage.\n\nGrade confusion (rows: curated, columns: proposed)');
const grades = Object.keys(result.gradeConfusion);
console.log(`${''.padEnd(12)}${grades.map((g) => g.padStart(12)).join('')}`);
for (const g of grades) console.log(`${g.padEnd(12)}${grades.map((h) => String(result.gradeConfusion[g as 'CLINICAL'][h as 'CLINICAL']).padStart(12)).join('')}`);

const labeled = evaluateLabeledDocuments(corpus, path.join(repoRoot, 'tests', 'fixtures', 'evaluation'));
console.log('\nDocuments written for the evaluation, one kind of evidence each, against hand-made labels\n');
console.log(`${'document'.padEnd(24)} ${'n'.padStart(3)} ${'found'.padStart(7)} ${'grade'.padStart(7)} ${'stance'.padStart(7)} ${'claim'.padStart(7)} ${'cited'.padStart(7)}`);
const documents = [...new Set(labeled.map((r) => r.label.document))];
const line = (name: string, rows: typeof labeled) => {
  const share = (test: (r: (typeof labeled)[number]) => boolean) => pct(rows.filter(test).length, rows.length).padStart(7);
  return `${name.padEnd(24)} ${String(rows.length).padStart(3)} ${share((r) => r.found)} ${share((r) => r.gradeRight)} ${share((r) => r.stanceRight)} ${share((r) => r.claimRight)} ${share((r) => r.citedRight)}`;
};
for (const document of documents) console.log(line(document.replace(/\.txt$/, ''), labeled.filter((r) => r.label.document === document)));
console.log(line('overall', labeled));
for (const r of labeled.filter((x) => !x.gradeRight || !x.stanceRight || !x.claimRight)) {
  console.log(`  miss: ${r.label.document} «${r.label.passage}» expected ${r.label.grade}/${r.label.stance}/${r.label.claim}, proposed ${r.proposed ? `${r.proposed.grade}/${r.proposed.stance}/${r.proposed.claims.join(',')}` : 'nothing'}`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ leaveOneSourceOut: result, labeled }));
