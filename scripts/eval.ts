import { loadConfig } from '../server/src/config.js';
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
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
