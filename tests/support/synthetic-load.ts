/**
 * tsx tests/support/synthetic-load.ts SOURCES CLAIMS_PER_BATCH SOURCES_PER_BATCH
 * Writes the benchmark's synthetic corpus into NEO4J_URI batch by batch, as tests/bench/run-bench.ts
 * does, and prints "claims 200/400", "sources 20/200", … after each batch is committed: a load a
 * test can kill between two batches.
 */
import { neo4jConnectionFrom } from '../../server/src/config.js';
import { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { applySchema } from '../../server/src/db/schema-migrations.js';
import { SyntheticCorpusRepository } from '../../server/src/db/synthetic-corpus.repository.js';
import { scaleFor, syntheticClaims, syntheticSources } from '../bench/synthetic-corpus.js';

async function inBatches<T>(
  label: string,
  rows: Iterable<T>,
  total: number,
  size: number,
  write: (batch: T[]) => Promise<void>,
) {
  let batch: T[] = [];
  let done = 0;
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size || done + batch.length === total) {
      await write(batch);
      console.log(`${label} ${(done += batch.length)}/${total}`);
      batch = [];
    }
  }
}

const [sources, claimsPerBatch, sourcesPerBatch] = process.argv.slice(2).map(Number);
const connection = neo4jConnectionFrom(process.env);
if (!sources || !claimsPerBatch || !sourcesPerBatch || !connection) {
  console.error('usage: NEO4J_URI=… tsx tests/support/synthetic-load.ts SOURCES CLAIMS_PER_BATCH SOURCES_PER_BATCH');
  process.exit(2);
}
const scale = scaleFor(sources);
const client = Neo4jClient.connect(connection);
try {
  await applySchema(client);
  const repository = new SyntheticCorpusRepository(client);
  await inBatches('claims', syntheticClaims(scale), scale.claims, claimsPerBatch, (rows) =>
    repository.writeClaims(rows),
  );
  await inBatches('sources', syntheticSources(scale), scale.sources, sourcesPerBatch, (rows) =>
    repository.writeSources(rows),
  );
} finally {
  await client.close();
}
