/**
 * npm run bench -- [--sources N] [--duration S] [--connections C] [--json]
 * Builds a deterministic synthetic corpus at the chosen scale in a Neo4j of its own, starts the app
 * as a separate process against it, and measures the main queries over HTTP with autocannon.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { SingleBar } from 'cli-progress';
import { embeddedOptionsFrom, repoRoot } from '../../server/src/config.js';
import { refreshConsensus } from '../../server/src/db/consensus-cache.js';
import { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { applySchema } from '../../server/src/db/schema-migrations.js';
import { SyntheticCorpusRepository } from '../../server/src/db/synthetic-corpus.repository.js';
import { startEmbeddedNeo4j } from '../../server/src/runtime/embedded-neo4j.js';
import { claimSlug, scaleFor, sourceId, syntheticClaims, syntheticSources } from './synthetic-corpus.js';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const scale = scaleFor(arg('--sources', 1000));
const duration = arg('--duration', 10);
const connections = arg('--connections', 8);
const json = process.argv.includes('--json');
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function inBatches<T>(label: string, items: Iterable<T>, total: number, size: number, write: (batch: T[]) => Promise<void>) {
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

const dataDir = path.join(repoRoot, '.data', `bench-${scale.sources}`);
rmSync(dataDir, { recursive: true, force: true });
say(`scale: ${scale.sources} sources, ${scale.claims} claims, ${scale.assertions} assertions`);
const neo4j = await startEmbeddedNeo4j({ ...embeddedOptionsFrom(process.env), dataDir, heapMb: 2048, pageCacheMb: 2048 });
const client = Neo4jClient.connect(neo4j.connection);
const results: Record<string, { p50_ms: number; p95_ms: number; p99_ms: number; rps: number; errors: number }> = {};
let appPeakRssMb = 0;
let loadSeconds = 0;
try {
  await applySchema(client);
  const repository = new SyntheticCorpusRepository(client);
  const started = performance.now();
  await inBatches('claims', syntheticClaims(scale), scale.claims, 5000, (rows) => repository.writeClaims(rows));
  await inBatches('sources', syntheticSources(scale), scale.sources, 300, (rows) => repository.writeSources(rows));
  say('deriving consensus…');
  await client.writeTransaction((run) => refreshConsensus(run, 'all'));
  loadSeconds = (performance.now() - started) / 1000;
  say(`loaded in ${loadSeconds.toFixed(1)} s`);

  const app = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NEO4J_URI: neo4j.connection.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', CLAIMGRAPH_DATA_DIR: path.join(repoRoot, 'tests', 'fixtures', 'corpus-empty') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let serving = '';
    readline.createInterface({ input: app.stdout! }).on('line', (line) => {
      serving ||= /serving (http:\/\/\S+\/) /.exec(line)?.[1] ?? '';
      if (line.endsWith('ready')) resolve(serving);
    });
    app.once('exit', (code) => reject(new Error(`the app exited with ${code}`)));
  });
  // tsx runs the server in a child node process: its memory is what counts.
  const appPid = Number(readFileSync(`/proc/${app.pid}/task/${app.pid}/children`, 'utf8').trim().split(/\s+/)[0] ?? app.pid);

  const hotClaim = claimSlug(0);
  const typicalClaim = claimSlug(Math.floor(scale.claims / 3));
  const queries: Record<string, { query: string; variables?: Record<string, unknown> }> = {
    claim_page_typical: { query: `query ($id: ID!) { claim(id: $id) { statement consensus { status supporting contradicting bestGrade gradeConflict } assertions { stance grade quote { exact prefix suffix } source { title kind } } } }`, variables: { id: typicalClaim } },
    claims_list_by_status: { query: `{ claims(first: 50, filter: { status: CONTESTED }, orderBy: MOST_SOURCES) { edges { node { slug statement consensus { status supporting contradicting qualifying bestGrade gradeConflict } } } pageInfo { hasNextPage endCursor } } }` },
    matrix_20x50: { query: `query ($c: [ID!], $s: [ID!]) { agreementMatrix(claimIds: $c, sourceIds: $s) { claims { slug statement } sources { slug title } cells { claim { slug } source { slug } position { stance grade } } } }`, variables: { c: Array.from({ length: 50 }, (_, i) => claimSlug(i)), s: Array.from({ length: 20 }, (_, i) => sourceId(i)) } },
    full_text_search: { query: `{ claims(first: 20, filter: { text: "collagen fibroblast" }) { edges { node { slug statement consensus { status } } } } }` },
    source_page: { query: `query ($id: ID!) { source(id: $id) { title text assertions { stance grade quote { start end } claim { slug statement } } } }`, variables: { id: sourceId(7) } },
    // Last: a claim with thousands of assertions can leave work queued in the server after its run.
    claim_page_hot: { query: `query ($id: ID!) { claim(id: $id) { statement consensus { status supporting contradicting bestGrade gradeConflict } conflictsWith { slug } assertions { stance grade basis rationale hedged cited overreach quote { exact prefix suffix } source { title kind commercialInterest } } } }`, variables: { id: hotClaim } },
  };
  const sampler = setInterval(() => {
    const status = readFileSync(`/proc/${appPid}/status`, 'utf8');
    appPeakRssMb = Math.max(appPeakRssMb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  }, 500);
  for (const [name, body] of Object.entries(queries)) {
    say(`${name}: ${connections} connections for ${duration} s`);
    const times: number[] = [];
    const run = autocannon({
      url: `${url}graphql`, method: 'POST', connections, duration,
      headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    (run as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
    const result = await run;
    times.sort((a, b) => a - b);
    const percentile = (q: number) => Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1));
    results[name] = { p50_ms: percentile(0.5), p95_ms: percentile(0.95), p99_ms: percentile(0.99), rps: Math.round(result.requests.average), errors: result.errors + result.non2xx + result.timeouts };
  }
  clearInterval(sampler);
  app.kill('SIGTERM');
} finally {
  await client.close();
  await neo4j.stop();
}

console.log(`\nscale: ${scale.sources} sources, ${scale.claims} claims, ${scale.assertions} assertions; load ${loadSeconds.toFixed(1)} s; app peak RSS ${appPeakRssMb.toFixed(0)} MB`);
console.log(`${'query'.padEnd(24)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(10)}${'p99 ms'.padStart(9)}${'req/s'.padStart(8)}${'errors'.padStart(8)}`);
for (const [name, r] of Object.entries(results)) {
  console.log(`${name.padEnd(24)}${String(r.p50_ms).padStart(9)}${String(r.p95_ms).padStart(10)}${String(r.p99_ms).padStart(9)}${String(r.rps).padStart(8)}${String(r.errors).padStart(8)}`);
}
if (json) console.log(JSON.stringify({ scale, load_s: Number(loadSeconds.toFixed(1)), queries: results, app_peak_rss_mb: Math.round(appPeakRssMb) }));
