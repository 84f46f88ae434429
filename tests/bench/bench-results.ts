import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markdownTable } from 'markdown-table';
import { repoRoot } from '../../server/src/config.js';
import { benchQueries } from './bench-queries.js';
import type { Timing } from './load-runner.js';
import { chartSvg } from './results-chart.js';
import type { SyntheticScale } from './synthetic-corpus.js';

export interface QueryResult extends Timing {
  /** Null where the peer refused the question (see peer_refused). */
  peer_p50_ms: number | null;
  peer_p95_ms: number | null;
  peer_p99_ms: number | null;
  peer_rps: number | null;
  peer_errors: number | null;
  /** Why the peer could not answer at all, in Neo4j's or its own words. */
  peer_refused?: string;
  /** peer_p95_ms / p95_ms: above 1, the peer is slower. */
  ratio: number | null;
}

/** What `--json` prints as its last line and what bench/results/bench-<assertions>.json holds. */
export interface BenchResult {
  scale: SyntheticScale;
  load_s: number;
  queries: Record<string, QueryResult>;
  /** The grading assistant ingesting a seed document against the whole base, per run (absent in results from before it was measured). */
  ingest_ms?: number[];
  app_peak_rss_mb: number;
  peer_peak_rss_mb: number;
  connections: number;
  duration_s: number;
  cpus: number;
  measured_at: string;
}

export const resultsDir = path.join(repoRoot, 'bench', 'results');
const README = path.join(repoRoot, 'README.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

export function queryResult(ours: Timing, peer: Timing | { refused: string }): QueryResult {
  if ('refused' in peer) {
    return {
      ...ours,
      peer_p50_ms: null,
      peer_p95_ms: null,
      peer_p99_ms: null,
      peer_rps: null,
      peer_errors: null,
      ratio: null,
      peer_refused: peer.refused,
    };
  }
  return {
    ...ours,
    peer_p50_ms: peer.p50_ms,
    peer_p95_ms: peer.p95_ms,
    peer_p99_ms: peer.p99_ms,
    peer_rps: peer.rps,
    peer_errors: peer.errors,
    ratio: ours.p95_ms > 0 ? Number((peer.p95_ms / ours.p95_ms).toFixed(2)) : null,
  };
}

/** One file per scale, overwritten by the next run at that scale; the chart redrawn from all of them. */
export function saveResult(result: BenchResult): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `bench-${result.scale.assertions}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, 'chart.svg'), chartSvg(loadResults()));
  return file;
}

/** Every results file, smallest scale first. */
export function loadResults(): BenchResult[] {
  let names: string[] = [];
  try {
    names = readdirSync(resultsDir).filter((name) => /^bench-\d+\.json$/.test(name));
  } catch {
    return [];
  }
  return names
    .map((name) => JSON.parse(readFileSync(path.join(resultsDir, name), 'utf8')) as BenchResult)
    .sort((a, b) => a.scale.assertions - b.scale.assertions);
}

const thousands = (n: number) => n.toLocaleString('en-US');

function scaleSection(r: BenchResult): string {
  const heading = `#### ${thousands(r.scale.assertions)} assertions (${thousands(r.scale.sources)} sources, ${thousands(r.scale.claims)} claims)`;
  const ingest = r.ingest_ms
    ? ` Ingesting a seed document (grading assistant, proposals stored): ${r.ingest_ms.join(', ')} ms.`
    : '';
  const setting = `${r.measured_at.slice(0, 10)}, ${r.connections} connections × ${r.duration_s} s per query, ${r.cpus} cores; corpus loaded in ${r.load_s} s; peak RSS: app ${r.app_peak_rss_mb} MB, peer ${r.peer_peak_rss_mb} MB.${ingest}`;
  const table = markdownTable(
    [
      [
        'query',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'req/s',
        'peer p50 ms',
        'peer p95 ms',
        'peer p99 ms',
        'peer req/s',
        'peer/ours p95',
        'errors ours/peer',
      ],
      ...Object.entries(r.queries).map(([name, q]) => [
        `\`${name}\``,
        String(q.p50_ms),
        String(q.p95_ms),
        String(q.p99_ms),
        String(q.rps),
        ...(q.peer_refused
          ? ['refused¹', '–', '–', '–']
          : [String(q.peer_p50_ms), String(q.peer_p95_ms), String(q.peer_p99_ms), String(q.peer_rps)]),
        q.ratio === null ? '–' : `${q.ratio}×`,
        `${q.errors}/${q.peer_errors ?? '–'}`,
      ]),
    ],
    { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] },
  );
  const refusals = Object.entries(r.queries)
    .filter(([, q]) => q.peer_refused)
    .map(([name, q]) => `¹ \`${name}\`, the peer: ${q.peer_refused}`);
  return [heading, setting, table, ...refusals].join('\n\n');
}

/** The generated part of README's benchmark section: the chart, a table per scale, what the peer leaves out. */
export function readmeBlock(results: BenchResult[]): string {
  if (results.length === 0) return 'No results yet: run `npm run bench -- --json`.';
  const omissions = Object.entries(benchQueries(results[0]!.scale)).map(
    ([name, q]) => `- \`${name}\`: ${q.peerOmits}.`,
  );
  return [
    '_Generated by `npm run bench -- --report` from `bench/results/bench-*.json`; edit the bench, not this block._',
    '![p95 latency per query, claimgraph against the @neo4j/graphql peer, at each scale measured](bench/results/chart.svg)',
    ...results.map(scaleSection),
    'What each peer query leaves to its client, against ours:',
    omissions.join('\n'),
  ].join('\n\n');
}

/** Rewrites the block between the bench markers of README.md from the results files. */
export function writeReport(): { readme: string; results: number } {
  const results = loadResults();
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'chart.svg'), chartSvg(results));
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  writeFileSync(README, `${readme.slice(0, start + START.length)}\n${readmeBlock(results)}\n${readme.slice(end)}`);
  return { readme: README, results: results.length };
}
