import { SingleBar } from 'cli-progress';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { SyntheticCorpusRepository } from '../../server/src/db/synthetic-corpus.repository.js';
import { prepareBase } from '../../server/src/services/base-setup.js';
import { refreshConsensusInBatches } from '../../server/src/services/consensus-refresh.js';
import { syntheticClaims, syntheticSources, type SyntheticScale } from './synthetic-corpus.js';

/** Rows per write: claims are small, sources carry ten assertions each. */
const CLAIMS_PER_BATCH = 5000;
const SOURCES_PER_BATCH = 300;

async function inBatches<T>(
  label: string,
  items: Iterable<T>,
  total: number,
  size: number,
  write: (batch: T[]) => Promise<void>,
) {
  const bar = new SingleBar({ format: `[bench] ${label} {bar} {value}/{total}`, stream: process.stderr });
  bar.start(total, 0);
  let batch: T[] = [];
  let done = 0;
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      await write(batch);
      bar.update((done += batch.length));
      batch = [];
    }
  }
  if (batch.length > 0) await write(batch);
  bar.update(total);
  bar.stop();
}

/**
 * Writes the benchmark's synthetic corpus at `scale` into an empty base and derives every claim's
 * consensus and page keys, with progress bars on stderr; returns the seconds it took.
 */
export async function buildSyntheticBase(client: Neo4jClient, scale: SyntheticScale): Promise<number> {
  const base = await prepareBase(client);
  const repository = new SyntheticCorpusRepository(client);
  const started = performance.now();
  await inBatches('claims', syntheticClaims(scale), scale.claims, CLAIMS_PER_BATCH, (rows) =>
    repository.writeClaims(rows),
  );
  await inBatches('sources', syntheticSources(scale), scale.sources, SOURCES_PER_BATCH, (rows) =>
    repository.writeSources(rows),
  );
  const deriving = new SingleBar({
    format: '[bench] consensus and page keys {bar} {value}/{total} claims',
    stream: process.stderr,
  });
  deriving.start(scale.claims, 0);
  await refreshConsensusInBatches(base, 'all', (done) => deriving.update(done));
  deriving.stop();
  return (performance.now() - started) / 1000;
}
