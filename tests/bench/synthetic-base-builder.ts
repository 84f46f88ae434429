import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { embeddedOptionsFrom, repoRoot } from '../../server/src/config.js';
import { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { SyntheticCorpusRepository } from '../../server/src/db/synthetic-corpus.repository.js';
import { startEmbeddedNeo4j } from '../../server/src/runtime/embedded-neo4j.js';
import { prepareBase } from '../../server/src/services/base-setup.js';
import { refreshConsensusInBatches } from '../../server/src/services/consensus-refresh.js';
import { GENERATOR_VERSION, syntheticClaims, syntheticSources, type SyntheticScale } from './synthetic-corpus.js';

/** Rows per write: claims are small, sources carry ten assertions each. */
const CLAIMS_PER_BATCH = 5000;
const SOURCES_PER_BATCH = 300;
/** Progress bars also in a log that is not a terminal (cli-progress draws none there by default): a line every 5 s. */
const LOG_PROGRESS = { noTTYOutput: true, notTTYSchedule: 5000 };
/** Written last, once the corpus and its derived consensus are in: a folder without it is incomplete. */
const COMPLETE_MARKER = 'base.json';

const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function inBatches<T>(
  label: string,
  items: Iterable<T>,
  total: number,
  size: number,
  write: (batch: T[]) => Promise<void>,
) {
  const bar = new SingleBar({
    format: `[bench] ${label} {bar} {value}/{total}`,
    stream: process.stderr,
    ...LOG_PROGRESS,
  });
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
async function buildSyntheticBase(client: Neo4jClient, scale: SyntheticScale): Promise<number> {
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
    ...LOG_PROGRESS,
  });
  deriving.start(scale.claims, 0);
  await refreshConsensusInBatches(base, 'all', (done) => deriving.update(done));
  deriving.stop();
  return (performance.now() - started) / 1000;
}

/** Where the base of a scale is kept by default, by generator version: a changed generator builds anew. */
export const syntheticBaseDir = (scale: SyntheticScale) =>
  path.join(repoRoot, '.data', `bench-base-${scale.sources}-g${GENERATOR_VERSION}`);

/** A synthetic base open in an embedded Neo4j of its own. */
export interface SyntheticBase {
  client: Neo4jClient;
  uri: string;
  /** The Neo4j process, whose CPU time the bench reads around each slice of load. */
  pid: number;
  dataDir: string;
  /** Seconds its load took, when it was built (now or by an earlier run). */
  load_s: number;
  /** Whether this call built it or found it complete. */
  base: 'loaded' | 'reused';
  stop(): Promise<void>;
}

/**
 * The one way to get a benchmark base: the corpus of `scale` in `dataDir` (the kept folder of that
 * scale by default), reused when a complete one is there (a 1M base takes minutes to build), built
 * when it is absent, incomplete or `fresh` is asked. `npm run bench:build` builds one for `kb`
 * commands and for the bench to reuse; `npm run bench` opens it.
 */
export async function openSyntheticBase(
  scale: SyntheticScale,
  options: { dataDir?: string; fresh?: boolean; owner: string },
): Promise<SyntheticBase> {
  const dataDir = options.dataDir ?? syntheticBaseDir(scale);
  const marker = path.join(dataDir, COMPLETE_MARKER);
  const reuse = existsSync(marker) && !options.fresh;
  if (!reuse) rmSync(dataDir, { recursive: true, force: true });
  const neo4j = await startEmbeddedNeo4j(
    { ...embeddedOptionsFrom(process.env), dataDir: path.join(dataDir, 'neo4j'), heapMb: 2048, pageCacheMb: 2048 },
    () => {},
    options.owner,
  );
  const client = Neo4jClient.connect(neo4j.connection);
  const stop = async () => {
    await client.close();
    await neo4j.stop();
  };
  const opened = { client, stop, dataDir, uri: neo4j.connection.uri, pid: neo4j.pid };
  try {
    if (reuse) {
      await prepareBase(client);
      const { load_s } = JSON.parse(readFileSync(marker, 'utf8')) as { load_s: number };
      say(`reusing the base in ${path.relative(repoRoot, dataDir)} (built in ${load_s} s; --fresh builds it again)`);
      return { ...opened, load_s, base: 'reused' };
    }
    say(`building ${scale.sources} sources, ${scale.claims} claims, ${scale.assertions} assertions in ${dataDir}`);
    const load_s = Number((await buildSyntheticBase(client, scale)).toFixed(1));
    writeFileSync(
      marker,
      `${JSON.stringify({ scale, generator: GENERATOR_VERSION, load_s, loaded_at: new Date() })}\n`,
    );
    say(`built in ${load_s} s`);
    return { ...opened, load_s, base: 'loaded' };
  } catch (error) {
    await stop();
    throw error;
  }
}
