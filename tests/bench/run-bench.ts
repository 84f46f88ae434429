/**
 * npm run bench -- [--sources N] [--duration S] [--connections C] [--warmup S] [--rounds R]
 *                  [--only q1,q2|ingest] [--fresh] [--response-cache-mb MB] [--cpu-prof DIR] [--json]
 * npm run bench -- --report
 * Builds (or reuses) a deterministic synthetic corpus at the chosen scale in a Neo4j of its own,
 * starts the app and a peer (@neo4j/graphql over the same database, tests/bench/peer-server.ts),
 * each compiled to JavaScript and run as a process of its own, and asks both the same questions
 * over HTTP with autocannon. Results go to bench/results/bench-<assertions>.json and
 * bench/results/chart.svg; `--report` rewrites README's benchmark block from those files and runs
 * nothing. `--only` measures some questions and saves nothing; `--only ingest` times the ingest alone (no
 * peer, no questions: a minute or two at a million assertions). `--cpu-prof DIR` writes the app's
 * CPU profile (node --cpu-prof) into DIR when it stops. `--response-cache-mb` runs the app
 * with its response cache (CLAIMGRAPH_RESPONSE_CACHE_MB; 0, the default here, turns it off). Progress on stderr; `--json` ends
 * stdout with the result as one JSON line.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../server/src/config.js';
import { SyntheticCorpusRepository } from '../../server/src/db/synthetic-corpus.repository.js';
import { buildServer, SERVER_ENTRY_POINTS } from '../../scripts/build-server.mjs';
import { benchQueries, type BenchQuery } from './bench-queries.js';
import {
  queryResult,
  saveResult,
  writeReport,
  type BenchResult,
  type QueryResult,
  type SideResult,
} from './bench-results.js';
import { profileQuestion } from './db-profile.js';
import { answerOf, loadSlice, timingOf, type LoadSettings, type Slice } from './load-runner.js';
import { startServer, type ServerProcess } from './server-process.js';
import { openSyntheticBase } from './synthetic-base-builder.js';
import { scaleFor } from './synthetic-corpus.js';
import { MIX_LENGTH } from './workload.js';

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
  warmup: arg('--warmup', 15),
  rounds: arg('--rounds', 2),
};
const json = process.argv.includes('--json');
/**
 * Off unless asked for: with it on, an answer of the mix asked again is served from memory (the
 * bench writes nothing while it asks), so the cached figures say what repetition buys, and the
 * uncached ones what each page costs.
 */
const responseCacheMb = arg('--response-cache-mb', 0);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set(process.argv[onlyAt + 1]!.split(',')) : null;
/** `--only ingest`: the app alone, timed on ingest (the peer has no ingest to compare). */
const ingestOnly = only?.has('ingest') ?? false;
const cpuProfAt = process.argv.indexOf('--cpu-prof');
const cpuProfDir = cpuProfAt >= 0 ? path.resolve(process.argv[cpuProfAt + 1]!) : null;
/** Distinct requests of each mix whose answers are compared between the two sides before timing. */
const ANSWERS_COMPARED = 8;

const BENCH_TOKEN = 'bench:bench-token-0123456789';
const INGEST_RUNS = 3;
/**
 * While each ingest runs, a reader asks the app the smallest GraphQL question (`{ __typename }`: no
 * database) one at a time, this many milliseconds apart; its longest wait is how long the ingest held
 * up everyone else's requests.
 */
const READER_PROBE_INTERVAL_MS = 20;

/**
 * Runs `work` while a reader asks `{ __typename }`; the reader stops when the work ends, however it
 * ends. Resolves to the work's result and the reader's longest wait, in ms.
 */
async function whileAReaderAsks<T>(
  app: ServerProcess,
  work: () => Promise<T>,
): Promise<{ result: T; longestWaitMs: number }> {
  let running = true;
  let longest = 0;
  const reader = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${app.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      await response.arrayBuffer();
      longest = Math.max(longest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, READER_PROBE_INTERVAL_MS));
    }
  })();
  try {
    const result = await work();
    running = false;
    await reader;
    return { result, longestWaitMs: Math.round(longest) };
  } finally {
    running = false;
    await reader.catch(() => {});
  }
}

/**
 * The grading assistant against the whole base: a seed document (about 8,000 characters) ingested
 * INGEST_RUNS times, each made new by a first line of its own, timed from request to stored
 * proposals. What it stored is removed afterwards, so that a kept base stays the corpus alone.
 */
async function measureIngest(
  app: ServerProcess,
  repository: SyntheticCorpusRepository,
): Promise<{ ingestMs: number[]; readerWaitMs: number[] }> {
  const text = readFileSync(
    path.join(repoRoot, 'data', 'sources', 'expert-review-exosomes-aesthetic-medicine.txt'),
    'utf8',
  );
  const mutation =
    'mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { ok created error { message } source { slug proposals { id } } } }';
  const timings: number[] = [];
  const readerWaits: number[] = [];
  const stored: string[] = [];
  try {
    for (let run = 1; run <= INGEST_RUNS; run += 1) {
      const input = {
        title: `Bench ingest ${run} at ${Date.now()}`,
        kind: 'other',
        text: `Bench run ${run}, ${Date.now()}.\n${text}`,
      };
      const { result, longestWaitMs } = await whileAReaderAsks(app, async () => {
        const started = performance.now();
        const response = await fetch(`${app.url}graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_TOKEN.split(':')[1]}` },
          body: JSON.stringify({ query: mutation, variables: { input } }),
        });
        const answer = (await response.json()) as {
          data?: {
            ingestSource: {
              ok: boolean;
              created: boolean;
              error: { message: string } | null;
              source: { slug: string; proposals: unknown[] };
            };
          };
          errors?: unknown[];
        };
        // Timed up to the answer: not the reader's last question, which may still be on its way.
        return { body: answer, elapsed: performance.now() - started };
      });
      const { body, elapsed } = result;
      readerWaits.push(longestWaitMs);
      const payload = body.data?.ingestSource;
      if (payload?.source) stored.push(payload.source.slug);
      if (!payload?.ok || !payload.created)
        throw new Error(`ingest ${run}: ${JSON.stringify(body.errors ?? payload?.error)}`);
      timings.push(Math.round(elapsed));
      say(
        `ingest ${run}/${INGEST_RUNS}: ${payload.source.proposals.length} proposals in ${Math.round(elapsed)} ms; a reader waited at most ${readerWaits.at(-1)} ms meanwhile`,
      );
    }
  } finally {
    await repository.removeSources(stored);
  }
  return { ingestMs: timings, readerWaitMs: readerWaits };
}

/** The first `count` distinct requests of a mix, by position: the ones asked most come first in a Zipf mix. */
function distinctIndices(requests: BenchQuery['ours'], count: number): number[] {
  const seen = new Map<string, number>();
  requests.forEach((r, i) => {
    const key = JSON.stringify(r.variables ?? {});
    if (!seen.has(key) && seen.size < count) seen.set(key, i);
  });
  return [...seen.values()];
}

const failedSide = (failure: string, errors = 1): SideResult => ({
  p50_ms: 0,
  p95_ms: 0,
  p99_ms: 0,
  rps: 0,
  requests: 0,
  errors,
  cpu_ms_per_request: { server: 0, neo4j: 0 },
  failure,
});

const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/^[^:]*\((?:ours|peer)\): /, '');

/** A contender: its server process (started again if it dies), and what went wrong with it on this question. */
interface Contender {
  label: 'ours' | 'peer';
  server: ServerProcess;
  restart(): Promise<ServerProcess>;
}

/**
 * One question: its answers compared on both sides, then each side timed in alternating rounds.
 * Whatever one side does (refuses, errs, crashes), the failure is recorded against that side and
 * question with its reason, and every other figure is kept.
 */
async function measureQuestion(
  name: string,
  q: BenchQuery,
  contenders: [Contender, Contender],
  neo4jPid: number,
): Promise<QueryResult> {
  const failures: Partial<Record<Contender['label'], string>> = {};
  const differences: string[] = [];
  const checked = distinctIndices(q.ours, ANSWERS_COMPARED);
  for (const i of checked) {
    const answers: Partial<Record<Contender['label'], Record<string, unknown>>> = {};
    for (const c of contenders) {
      if (failures[c.label]) continue;
      try {
        answers[c.label] = await answerOf(`${name} (${c.label})`, `${c.server.url}graphql`, q[c.label][i]!, (line) =>
          i === checked[0] ? say(line) : undefined,
        );
      } catch (error) {
        failures[c.label] = reasonOf(error);
        say(`${name}: ${c.label === 'ours' ? 'the app' : 'the peer'} failed: ${failures[c.label]}`);
      }
    }
    const difference = answers.ours && answers.peer ? q.compare?.(answers.ours, answers.peer) : null;
    if (difference) differences.push(`${JSON.stringify(q.ours[i]!.variables)}: ${difference}`);
  }
  if (differences.length > 0)
    say(`warning: ${name}: ${differences.length} of ${checked.length} answers differ; first: ${differences[0]}`);

  const slices: Record<Contender['label'], Slice[]> = { ours: [], peer: [] };
  const perRound = settings.duration / settings.rounds;
  say(`${name}: ${settings.connections} connections, ${settings.rounds} rounds of ${perRound} s each side`);
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const c of contenders) {
      if (failures[c.label]) continue;
      const pids = { server: c.server.pid, neo4j: neo4jPid };
      try {
        slices[c.label].push(
          await loadSlice(`${c.server.url}graphql`, q[c.label], settings.connections, perRound, pids),
        );
        // Lets work a side still has queued finish before the other is timed.
        await answerOf(`${name} (${c.label})`, `${c.server.url}graphql`, q[c.label][0]!, () => {});
      } catch (error) {
        failures[c.label] = c.server.alive() ? reasonOf(error) : `the process died under load (${reasonOf(error)})`;
        say(`${name}: ${c.label === 'ours' ? 'the app' : 'the peer'} failed under load: ${failures[c.label]}`);
        if (!c.server.alive()) c.server = await c.restart();
      }
    }
  }
  const sideResult = (label: Contender['label']): SideResult => {
    const failure = failures[label];
    if (!failure) return timingOf(slices[label]);
    const errors = slices[label].reduce((sum, s) => sum + s.errors, 0) + 1;
    return failedSide(failure, errors);
  };
  const result = queryResult(q.about, sideResult('ours'), sideResult('peer'), {
    compared: checked.length,
    differences,
  });
  return result;
}

/**
 * Every question asked of each side for `--warmup` unrecorded seconds before any is timed: Neo4j's
 * JIT compiles its hot paths and its page cache takes in the pages the mixes touch, and V8
 * optimizes both servers. Without it the first question timed paid for all of that (at 1M
 * assertions with 2 s of warm-up before each question alone, a typical claim's page took 26 ms at
 * p95 and 1.39 ms of Neo4j's CPU per request; with 20 s, 10.3 ms and 0.32 ms). A side that fails
 * here is left to fail again, and be recorded, when its question is timed.
 */
async function warmUp(asked: [string, BenchQuery][], contenders: Contender[], neo4jPid: number): Promise<void> {
  if (settings.warmup <= 0) return;
  say(`warm-up: every question, ${settings.warmup} s each side, unrecorded`);
  for (const [name, q] of asked) {
    for (const c of contenders) {
      try {
        await loadSlice(`${c.server.url}graphql`, q[c.label], settings.connections, settings.warmup, {
          server: c.server.pid,
          neo4j: neo4jPid,
        });
      } catch (error) {
        say(`warm-up: ${name}: ${c.label === 'ours' ? 'the app' : 'the peer'} failed (${reasonOf(error)})`);
        if (!c.server.alive()) c.server = await c.restart();
      }
    }
  }
}

/** What the app's response cache served so far, from its /health (zeros when the cache is off). */
async function responseCacheOf(app: ServerProcess): Promise<{ hits: number; misses: number }> {
  const health = (await (await fetch(`${app.url}health`)).json()) as {
    responseCache?: { hits: number; misses: number };
  };
  return { hits: health.responseCache?.hits ?? 0, misses: health.responseCache?.misses ?? 0 };
}

say(
  `scale: ${scale.sources} sources, ${scale.claims} claims, ${scale.assertions} assertions; the app's response cache ${responseCacheMb > 0 ? `on, ${responseCacheMb} MB` : 'off'}`,
);
const loadAverageAtStart = Number(os.loadavg()[0]!.toFixed(2));
const base = await openSyntheticBase(scale, { fresh: process.argv.includes('--fresh'), owner: 'npm run bench' });
const servers: ServerProcess[] = [];
let result: BenchResult;
try {
  // Both servers compiled as `npm start` runs the app: JavaScript, no TypeScript compiler at run time.
  const build = path.join(repoRoot, '.cache', 'bench', 'build');
  await buildServer(build, {
    main: SERVER_ENTRY_POINTS.main,
    'assistant-thread.worker': SERVER_ENTRY_POINTS['assistant-thread.worker'],
    'peer-server': 'tests/bench/peer-server.ts',
  });
  const database = { NEO4J_URI: base.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' };
  const start = {
    ours: () =>
      startServer(
        'the app',
        path.join(build, 'main.js'),
        {
          ...database,
          CLAIMGRAPH_DATA_DIR: path.join(repoRoot, 'tests', 'fixtures', 'corpus-empty'),
          CLAIMGRAPH_CURATOR_TOKENS: BENCH_TOKEN,
          CLAIMGRAPH_RESPONSE_CACHE_MB: String(responseCacheMb),
        },
        cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [],
      ),
    peer: () => startServer('the peer', path.join(build, 'peer-server.js'), database),
  };
  const keep = async (server: Promise<ServerProcess>) => {
    const started = await server;
    servers.push(started);
    return started;
  };
  const ours: Contender = { label: 'ours', server: await keep(start.ours()), restart: () => keep(start.ours()) };
  const peer: Contender | null = ingestOnly
    ? null
    : { label: 'peer', server: await keep(start.peer()), restart: () => keep(start.peer()) };
  const queries: Record<string, QueryResult> = {};
  const asked = Object.entries(benchQueries(scale)).filter(([name]) => peer && (!only || only.has(name)));
  if (peer) await warmUp(asked, [ours, peer], base.pid);
  for (const [name, q] of asked) {
    const contenders: [Contender, Contender] = [ours, peer!];
    queries[name] = await measureQuestion(name, q, contenders, base.pid);
    queries[name].profile = await profileQuestion(base.client, q).catch((error: unknown) => {
      say(`${name}: no PROFILE (${reasonOf(error)})`);
      return undefined;
    });
  }
  const app = ours.server;
  const appRss = app.peakRssMb();
  const responseCache = await responseCacheOf(app);
  const { ingestMs, readerWaitMs } =
    only && !ingestOnly
      ? { ingestMs: [], readerWaitMs: [] }
      : await measureIngest(app, new SyntheticCorpusRepository(base.client));
  result = {
    format: 2,
    scale,
    load_s: base.load_s,
    base: base.base,
    queries,
    ingest_ms: ingestMs,
    ingest_reader_wait_ms: readerWaitMs,
    peak_rss_mb: { app: appRss, app_with_ingest: app.peakRssMb(), peer: peer?.server.peakRssMb() ?? 0 },
    settings: {
      connections: settings.connections,
      duration_s: settings.duration,
      warmup_s: settings.warmup,
      warmup_every_question_first: true,
      rounds: settings.rounds,
      mix_length: MIX_LENGTH,
    },
    load_average: { start: loadAverageAtStart, end: Number(os.loadavg()[0]!.toFixed(2)) },
    cpus: os.cpus().length,
    measured_at: new Date().toISOString(),
    response_cache: { megabytes: responseCacheMb, ...responseCache },
  };
} finally {
  for (const server of servers) await server.stop();
  await base.stop();
}

if (only) say('--only: results not saved');
else say(`results in ${path.relative(repoRoot, saveResult(result))}; chart in bench/results/chart.svg`);
console.log(
  `\nscale: ${scale.sources} sources, ${scale.claims} claims, ${scale.assertions} assertions; load ${result.load_s} s (${result.base}); peak RSS: app ${result.peak_rss_mb.app} MB (${result.peak_rss_mb.app_with_ingest} MB with ingest), peer ${result.peak_rss_mb.peer} MB; response cache ${result.response_cache?.megabytes ? `${result.response_cache.megabytes} MB, ${result.response_cache.hits} hits, ${result.response_cache.misses} misses` : 'off'}; load average ${result.load_average.start} → ${result.load_average.end}`,
);
if (result.ingest_ms.length > 0)
  console.log(
    `ingesting a seed document against the whole base: ${result.ingest_ms.join(', ')} ms; a reader's longest wait meanwhile: ${result.ingest_reader_wait_ms?.join(', ')} ms`,
  );
const columns: [string, number][] = [
  ['p50', 8],
  ['p95', 8],
  ['req/s', 7],
  ['cpu', 12],
  ['peer p95', 10],
  ['peer req/s', 11],
  ['peer cpu', 12],
  ['p95 ×', 7],
  ['req/s ×', 8],
  ['errors', 8],
];
const cpu = (s: SideResult) => `${s.cpu_ms_per_request.server}+${s.cpu_ms_per_request.neo4j}`;
console.log(`${'question (ms)'.padEnd(24)}${columns.map(([label, width]) => label.padStart(width)).join('')}`);
for (const [name, r] of Object.entries(result.queries)) {
  const cells = [
    r.ours.failure ? 'failed' : r.ours.p50_ms,
    r.ours.p95_ms,
    r.ours.rps,
    cpu(r.ours),
    r.peer.failure ? 'failed' : r.peer.p95_ms,
    r.peer.rps,
    cpu(r.peer),
    r.p95_ratio ?? '–',
    r.rps_ratio ?? '–',
    `${r.ours.errors}/${r.peer.errors}`,
  ];
  console.log(`${name.padEnd(24)}${cells.map((cell, i) => String(cell).padStart(columns[i]![1])).join('')}`);
}
if (json) console.log(JSON.stringify(result));
