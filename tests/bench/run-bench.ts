/**
 * npm run bench -- [--sources N] [--duration S] [--connections C] [--warmup S] [--json]
 * npm run bench -- --report
 * Builds a deterministic synthetic corpus at the chosen scale in a Neo4j of its own, starts the app
 * and a peer (@neo4j/graphql over the same database, tests/bench/peer-server.ts) as processes of
 * their own, and asks both the same questions over HTTP with autocannon. Results go to
 * bench/results/bench-<assertions>.json and bench/results/chart.svg; `--report` rewrites README's
 * benchmark block from those files and runs nothing. Progress on stderr; `--json` ends stdout
 * with the result as one JSON line.
 */
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { embeddedOptionsFrom, repoRoot } from '../../server/src/config.js';
import { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { startEmbeddedNeo4j } from '../../server/src/runtime/embedded-neo4j.js';
import { benchQueries } from './bench-queries.js';
import { queryResult, saveResult, writeReport, type BenchResult, type QueryResult } from './bench-results.js';
import { AnswerError, answerOf, measure, type LoadSettings } from './load-runner.js';
import { startServer, type ServerProcess } from './server-process.js';
import { scaleFor } from './synthetic-corpus.js';
import { buildSyntheticBase } from './synthetic-base-builder.js';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

if (process.argv.includes('--report')) {
  const { readme, results } = writeReport();
  say(`${path.relative(repoRoot, readme)}: benchmark block rewritten from ${results} results file(s); chart redrawn`);
  process.exit(0);
}

const scale = scaleFor(arg('--sources', 1000));
const settings: LoadSettings = {
  connections: arg('--connections', 8),
  duration: arg('--duration', 10),
  warmup: arg('--warmup', 1),
};
const json = process.argv.includes('--json');

const BENCH_TOKEN = 'bench:bench-token-0123456789';
const INGEST_RUNS = 3;

/**
 * The grading assistant against the whole base: a seed document (about 8,000 characters) ingested
 * INGEST_RUNS times, each made new by a first line of its own, timed from request to stored proposals.
 */
async function measureIngest(app: ServerProcess): Promise<number[]> {
  const text = readFileSync(
    path.join(repoRoot, 'data', 'sources', 'expert-review-exosomes-aesthetic-medicine.txt'),
    'utf8',
  );
  const mutation =
    'mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { ok created error { message } source { proposals { id } } } }';
  const timings: number[] = [];
  for (let run = 1; run <= INGEST_RUNS; run += 1) {
    const input = {
      title: `Bench ingest ${run} at ${Date.now()}`,
      kind: 'other',
      text: `Bench run ${run}, ${Date.now()}.\n${text}`,
    };
    const started = performance.now();
    const response = await fetch(`${app.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_TOKEN.split(':')[1]}` },
      body: JSON.stringify({ query: mutation, variables: { input } }),
    });
    const body = (await response.json()) as {
      data?: {
        ingestSource: {
          ok: boolean;
          created: boolean;
          error: { message: string } | null;
          source: { proposals: unknown[] };
        };
      };
      errors?: unknown[];
    };
    const elapsed = performance.now() - started;
    const payload = body.data?.ingestSource;
    if (!payload?.ok || !payload.created)
      throw new AnswerError(`ingest ${run}: ${JSON.stringify(body.errors ?? payload?.error)}`);
    timings.push(Math.round(elapsed));
    say(`ingest ${run}/${INGEST_RUNS}: ${payload.source.proposals.length} proposals in ${Math.round(elapsed)} ms`);
  }
  return timings;
}

/** Each question checked on both sides, then timed on ours and on the peer under the same settings. */
async function measureAll(app: ServerProcess, peer: ServerProcess): Promise<Record<string, QueryResult>> {
  const results: Record<string, QueryResult> = {};
  for (const [name, q] of Object.entries(benchQueries(scale))) {
    const ours = await answerOf(`${name} (ours)`, `${app.url}graphql`, q.ours, say);
    // A question the peer cannot answer at all (Neo4j refusing its query, say) is recorded as refused, not timed.
    const theirs = await answerOf(`${name} (peer)`, `${peer.url}graphql`, q.peer, say).catch((error: unknown) => {
      if (!(error instanceof AnswerError)) throw error;
      say(`${name}: the peer refused (${error.message}); timing ours only`);
      return { refused: error.message.replace(/^[^:]*: /, '') };
    });
    const difference = 'refused' in theirs ? null : q.compare?.(ours, theirs);
    if (difference) say(`warning: ${name}: the peer's answer differs from ours (${difference})`);
    say(`${name}: ${settings.connections} connections for ${settings.duration} s, ours then peer`);
    const oursTiming = await measure(`${app.url}graphql`, q.ours, settings);
    // Lets work the app still has queued finish before the peer is timed.
    await answerOf(`${name} (ours)`, `${app.url}graphql`, q.ours, () => {});
    if ('refused' in theirs) {
      results[name] = queryResult(oursTiming, { refused: String(theirs.refused) });
      continue;
    }
    const peerTiming = await measure(`${peer.url}graphql`, q.peer, settings);
    await answerOf(`${name} (peer)`, `${peer.url}graphql`, q.peer, () => {});
    results[name] = queryResult(oursTiming, peerTiming);
  }
  return results;
}

const dataDir = path.join(repoRoot, '.data', `bench-${scale.sources}`);
rmSync(dataDir, { recursive: true, force: true });
say(`scale: ${scale.sources} sources, ${scale.claims} claims, ${scale.assertions} assertions`);
const neo4j = await startEmbeddedNeo4j({
  ...embeddedOptionsFrom(process.env),
  dataDir,
  heapMb: 2048,
  pageCacheMb: 2048,
});
const client = Neo4jClient.connect(neo4j.connection);
const servers: ServerProcess[] = [];
let result: BenchResult;
try {
  const loadSeconds = await buildSyntheticBase(client, scale);
  say(`loaded in ${loadSeconds.toFixed(1)} s`);

  const database = { NEO4J_URI: neo4j.connection.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' };
  const app = await startServer('the app', 'server/src/main.ts', {
    ...database,
    CLAIMGRAPH_DATA_DIR: path.join(repoRoot, 'tests', 'fixtures', 'corpus-empty'),
    CLAIMGRAPH_CURATOR_TOKENS: BENCH_TOKEN,
  });
  servers.push(app);
  const peer = await startServer('the peer', 'tests/bench/peer-server.ts', database);
  servers.push(peer);
  const queries = await measureAll(app, peer);
  const ingestMs = await measureIngest(app);
  result = {
    scale,
    load_s: Number(loadSeconds.toFixed(1)),
    queries,
    ingest_ms: ingestMs,
    app_peak_rss_mb: app.peakRssMb(),
    peer_peak_rss_mb: peer.peakRssMb(),
    connections: settings.connections,
    duration_s: settings.duration,
    cpus: os.cpus().length,
    measured_at: new Date().toISOString(),
  };
} catch (error) {
  if (error instanceof AnswerError) say(`refused: ${error.message}`);
  throw error;
} finally {
  for (const server of servers) await server.stop();
  await client.close();
  await neo4j.stop();
}

say(`results in ${path.relative(repoRoot, saveResult(result))}; chart in bench/results/chart.svg`);
console.log(
  `\nscale: ${scale.sources} sources, ${scale.claims} claims, ${scale.assertions} assertions; load ${result.load_s} s; peak RSS: app ${result.app_peak_rss_mb} MB, peer ${result.peer_peak_rss_mb} MB`,
);
console.log(`ingesting a seed document against the whole base: ${result.ingest_ms!.join(', ')} ms`);
const columns: [string, number][] = [
  ['p50', 8],
  ['p95', 8],
  ['p99', 8],
  ['req/s', 7],
  ['peer p95', 10],
  ['peer req/s', 11],
  ['ratio', 7],
  ['errors', 8],
];
console.log(`${'query (ms)'.padEnd(24)}${columns.map(([label, width]) => label.padStart(width)).join('')}`);
for (const [name, r] of Object.entries(result.queries)) {
  const cells = [
    r.p50_ms,
    r.p95_ms,
    r.p99_ms,
    r.rps,
    r.peer_p95_ms,
    r.peer_rps,
    r.ratio ?? '–',
    `${r.errors}/${r.peer_errors}`,
  ];
  console.log(`${name.padEnd(24)}${cells.map((cell, i) => String(cell).padStart(columns[i]![1])).join('')}`);
}
if (json) console.log(JSON.stringify(result));
