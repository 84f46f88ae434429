import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { createDatabase } from '../../server/src/db/repositories.js';
import { SyntheticCorpusRepository } from '../../server/src/db/synthetic-corpus.repository.js';
import { refreshConsensusInBatches } from '../../server/src/services/consensus-refresh.js';
import { scaleFor, syntheticClaims, syntheticSources, type SyntheticScale } from '../bench/synthetic-corpus.js';

const BATCH = 500;

async function inBatches<T>(rows: Iterable<T>, write: (batch: T[]) => Promise<void>): Promise<void> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH) {
      await write(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await write(batch);
}

/**
 * The benchmark's synthetic corpus of `sources` sources (two claims and ten assertions each,
 * claims drawn by a Zipf law) written into the test database, with every claim's consensus
 * derived: a base larger than one page of every list.
 */
export async function loadSyntheticBase(client: Neo4jClient, sources: number): Promise<SyntheticScale> {
  const scale = scaleFor(sources);
  const repository = new SyntheticCorpusRepository(client);
  await inBatches(syntheticClaims(scale), (rows) => repository.writeClaims(rows));
  await inBatches(syntheticSources(scale), (rows) => repository.writeSources(rows));
  await refreshConsensusInBatches(createDatabase(client), 'all');
  return scale;
}
