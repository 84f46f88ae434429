/**
 * npm run bench:build -- [--sources N] [--data-dir DIR]
 * Builds the benchmark's synthetic base (N sources, 10 assertions and 2 claims each; 100,000 sources
 * = 1,000,000 assertions) in an embedded Neo4j data folder and stops, measuring nothing: a base to
 * run `kb` commands on (`NEO4J_DATA_DIR=DIR npm run kb -- backup FILE`). The folder is emptied first.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { embeddedOptionsFrom, repoRoot } from '../../server/src/config.js';
import { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { startEmbeddedNeo4j } from '../../server/src/runtime/embedded-neo4j.js';
import { buildSyntheticBase } from './synthetic-base-builder.js';
import { scaleFor } from './synthetic-corpus.js';

const value = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const scale = scaleFor(Number(value('--sources') ?? 1000));
const dataDir = path.resolve(value('--data-dir') ?? path.join(repoRoot, '.data', `base-${scale.sources}`));
rmSync(dataDir, { recursive: true, force: true });
say(`building ${scale.sources} sources, ${scale.claims} claims, ${scale.assertions} assertions in ${dataDir}`);
const neo4j = await startEmbeddedNeo4j(
  { ...embeddedOptionsFrom(process.env), dataDir, heapMb: 2048, pageCacheMb: 2048 },
  () => {},
  'npm run bench:build',
);
const client = Neo4jClient.connect(neo4j.connection);
try {
  const seconds = await buildSyntheticBase(client, scale);
  say(`built in ${seconds.toFixed(1)} s: NEO4J_DATA_DIR=${dataDir} npm run kb -- …`);
} finally {
  await client.close();
  await neo4j.stop();
}
