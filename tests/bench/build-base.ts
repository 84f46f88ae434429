/**
 * npm run bench:build -- [--sources N] [--data-dir DIR]
 * Builds the benchmark's synthetic base (N sources, 10 assertions and 2 claims each; 100,000 sources
 * = 1,000,000 assertions) and stops, measuring nothing. By default it is the folder `npm run bench
 * -- --sources N` keeps and reuses (.data/bench-base-N-gV); the Neo4j store is its `neo4j` folder,
 * for kb commands (`NEO4J_DATA_DIR=DIR/neo4j npm run kb -- backup FILE`). The folder is emptied first.
 */
import path from 'node:path';
import { openSyntheticBase } from './synthetic-base-builder.js';
import { scaleFor } from './synthetic-corpus.js';

const value = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

const scale = scaleFor(Number(value('--sources') ?? 1000));
const dataDir = value('--data-dir');
const base = await openSyntheticBase(scale, {
  dataDir: dataDir && path.resolve(dataDir),
  fresh: true,
  owner: 'npm run bench:build',
});
await base.stop();
process.stderr.write(`[bench] NEO4J_DATA_DIR=${path.join(base.dataDir, 'neo4j')} npm run kb -- …\n`);
