import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markdownTable } from 'markdown-table';
import { repoRoot } from '../../server/src/config.js';
import { benchQueries } from './bench-queries.js';
import type { Timing } from './load-runner.js';
import { chartSvg } from './results-chart.js';
import type { SyntheticScale } from './synthetic-corpus.js';

/** One side's figures on one question, or why it has none (the side failed: its figures are errors). */
export type SideResult = Timing & {
  /** Why this side could not answer (refused, crashed, wrong answer), in its own words; the other side's figures stand. */
  failure?: string;
};

export interface QueryResult {
  about: string;
  ours: SideResult;
  peer: SideResult;
  /** peer p95 / our p95, and our req/s / peer req/s: above 1, ours is better. Null when a side failed. */
  p95_ratio: number | null;
  rps_ratio: number | null;
  /** Requests of the mix sent to both sides before timing and their answers compared; the differences found. */
  answers: { compared: number; differences: string[] };
  /** Cypher statements per request and Neo4j db hits per request, by PROFILE of the first request of the mix. */
  profile?: { ours: StatementProfile; peer: StatementProfile };
}

export interface StatementProfile {
  statements: number;
  db_hits: number;
}

/** What `--json` prints as its last line and what bench/results/bench-<assertions>.json holds. */
export interface BenchResult {
  format: 2;
  scale: SyntheticScale;
  /** Seconds the synthetic corpus took to load, and whether this run loaded it or reused a base kept from an earlier run. */
  load_s: number;
  base: 'loaded' | 'reused';
  queries: Record<string, QueryResult>;
  /** The grading assistant ingesting a seed document against the whole base, per run. */
  ingest_ms: number[];
  /** The longest a reader's `{ __typename }` waited during each of those ingests (absent from results before it was measured). */
  ingest_reader_wait_ms?: number[];
  /** Peak resident memory (VmHWM) of each server over the questions, and of the app once it has also ingested. */
  peak_rss_mb: { app: number; app_with_ingest: number; peer: number };
  settings: {
    connections: number;
    duration_s: number;
    warmup_s: number;
    /** Whether the warm-up asked every question before any was timed (absent before it did: then each question had its own, just before it). */
    warmup_every_question_first?: boolean;
    rounds: number;
    mix_length: number;
  };
  /** The machine's 1-minute load average when the run started and when it ended: the bench's own load is about 3. */
  load_average: { start: number; end: number };
  cpus: number;
  measured_at: string;
  /**
   * The app's response cache in this run (CLAIMGRAPH_RESPONSE_CACHE_MB; absent in runs made before it
   * existed, which had none), and what it served over the questions, from the app's /health.
   */
  response_cache?: { megabytes: number; hits: number; misses: number };
}

/** Whether the app ran with its response cache on: such runs are kept beside the uncached ones, not in their place. */
export const cached = (r: BenchResult) => (r.response_cache?.megabytes ?? 0) > 0;

export const resultsDir = path.join(repoRoot, 'bench', 'results');
const README = path.join(repoRoot, 'README.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const ratio = (better: number | null, worse: number | null) =>
  better && worse && better > 0 ? Number((worse / better).toFixed(2)) : null;

export function queryResult(
  about: string,
  ours: SideResult,
  peer: SideResult,
  answers: QueryResult['answers'],
): QueryResult {
  const failed = Boolean(ours.failure || peer.failure);
  return {
    about,
    ours,
    peer,
    p95_ratio: failed ? null : ratio(ours.p95_ms, peer.p95_ms),
    rps_ratio: failed ? null : ratio(peer.rps, ours.rps),
    answers,
  };
}

/**
 * One file per scale and cache setting (bench-<assertions>.json with the response cache off,
 * bench-<assertions>-cached.json with it on), overwritten by the next run of the same; the chart
 * redrawn from the uncached ones, where no answer is served twice.
 */
export function saveResult(result: BenchResult): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `bench-${result.scale.assertions}${cached(result) ? '-cached' : ''}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, 'chart.svg'), chartSvg(loadResults().filter((r) => !cached(r))));
  return file;
}

/** Every results file of the current format, smallest scale first. */
export function loadResults(): BenchResult[] {
  let names: string[] = [];
  try {
    names = readdirSync(resultsDir).filter((name) => /^bench-\d+(?:-cached)?\.json$/.test(name));
  } catch {
    return [];
  }
  return names
    .map((name) => JSON.parse(readFileSync(path.join(resultsDir, name), 'utf8')) as BenchResult)
    .filter((r) => r.format === 2)
    .sort((a, b) => a.scale.assertions - b.scale.assertions || Number(cached(a)) - Number(cached(b)));
}

const thousands = (n: number) => n.toLocaleString('en-US');
const times = (r: number | null) => (r === null ? '–' : `${r}×`);
const side = (s: SideResult) =>
  s.failure
    ? ['failed¹', '–', '–', String(s.errors)]
    : [
        String(s.p50_ms),
        String(s.p95_ms),
        String(s.rps),
        `${s.cpu_ms_per_request.server} + ${s.cpu_ms_per_request.neo4j}`,
      ];

function scaleSection(r: BenchResult): string {
  const cache = r.response_cache;
  const heading =
    `#### ${thousands(r.scale.assertions)} assertions (${thousands(r.scale.sources)} sources, ${thousands(r.scale.claims)} claims), ` +
    (cache && cached(r) ? `response cache on (${cache.megabytes} MB)` : 'response cache off');
  const s = r.settings;
  const setting =
    `${r.measured_at.slice(0, 10)}, ${s.connections} connections, ${s.duration_s} s per question and side in ${s.rounds} rounds (ours, then the peer, alternately) after ${s.warmup_every_question_first ? `a warm-up of ${s.warmup_s} s per question and side (every question before any was timed)` : `${s.warmup_s} s of warm-up`}, ` +
    `over a mix of ${s.mix_length} requests; ${r.cpus} cores, load average ${r.load_average.start} at the start and ${r.load_average.end} at the end; ` +
    `corpus ${r.base === 'loaded' ? 'loaded' : 'reused from an earlier run, loaded'} in ${r.load_s} s; ` +
    `peak RSS: app ${r.peak_rss_mb.app} MB (${r.peak_rss_mb.app_with_ingest} MB once it has ingested), peer ${r.peak_rss_mb.peer} MB. ` +
    `Ingesting a seed document (grading assistant, proposals stored): ${r.ingest_ms.join(', ')} ms` +
    (r.ingest_reader_wait_ms?.length
      ? `; meanwhile a reader's \`{ __typename }\` waited at most ${r.ingest_reader_wait_ms.join(', ')} ms.`
      : '.') +
    (cache && cached(r)
      ? ` The app's cache answered ${thousands(cache.hits)} queries and read ${thousands(cache.misses)} (no write during the questions: each miss is an answer not yet kept, or pushed out).`
      : '');
  const entries = Object.entries(r.queries);
  const table = markdownTable(
    [
      [
        'question',
        'p50 ms',
        'p95 ms',
        'req/s',
        'CPU ms/req app + Neo4j',
        'peer p50',
        'peer p95',
        'peer req/s',
        'peer CPU ms/req',
        'p95 ×',
        'req/s ×',
        'statements / db hits',
        'peer statements / db hits',
        'errors',
        'answers compared',
      ],
      ...entries.map(([name, q]) => [
        `\`${name}\``,
        ...side(q.ours).slice(0, 4),
        ...side(q.peer).slice(0, 4),
        times(q.p95_ratio),
        times(q.rps_ratio),
        q.profile ? `${q.profile.ours.statements} / ${thousands(q.profile.ours.db_hits)}` : '–',
        q.profile ? `${q.profile.peer.statements} / ${thousands(q.profile.peer.db_hits)}` : '–',
        `${q.ours.errors}/${q.peer.errors}`,
        q.answers.differences.length === 0
          ? `${q.answers.compared}, same`
          : `${q.answers.compared}, ${q.answers.differences.length} differ²`,
      ]),
    ],
    { align: ['l', ...Array<'r'>(14).fill('r')] },
  );
  const failures = entries.flatMap(([name, q]) =>
    (['ours', 'peer'] as const)
      .filter((who) => q[who].failure)
      .map((who) => `¹ \`${name}\`, ${who === 'ours' ? 'the app' : 'the peer'}: ${q[who].failure}`),
  );
  const differences = entries.flatMap(([name, q]) =>
    q.answers.differences.slice(0, 2).map((d) => `² \`${name}\`: ${d.slice(0, 300)}`),
  );
  return [heading, setting, table, ...failures, ...differences].join('\n\n');
}

/** How each side's p95 and CPU per request grew from the smallest scale measured to each larger one. */
function growthSection(results: BenchResult[]): string {
  if (results.length < 2) return '';
  const [base, ...larger] = results;
  const grow = (from: number, to: number) => (from > 0 ? `${(to / from).toFixed(1)}×` : '–');
  const rows = Object.keys(base!.queries).map((name) => {
    const cells = larger.flatMap((r) => {
      const [a, b] = [base!.queries[name], r.queries[name]];
      if (!a || !b || a.ours.failure || b.ours.failure) return ['–', '–'];
      const peer = a.peer.failure || b.peer.failure ? '–' : grow(a.peer.p95_ms, b.peer.p95_ms);
      return [grow(a.ours.p95_ms, b.ours.p95_ms), peer];
    });
    return [`\`${name}\``, ...cells];
  });
  const header = [
    'question',
    ...larger.flatMap((r) => [
      `ours p95 ${thousands(base!.scale.assertions)} → ${thousands(r.scale.assertions)}`,
      `peer p95 ${thousands(base!.scale.assertions)} → ${thousands(r.scale.assertions)}`,
    ]),
  ];
  return [
    'How p95 grows with the base (each scale measured in its own run; read with their load averages):',
    markdownTable([header, ...rows], { align: ['l', ...Array<'r'>(header.length - 1).fill('r')] }),
  ].join('\n\n');
}

/** The generated part of README's benchmark section: the chart, a table per scale, growth, what the peer leaves out. */
export function readmeBlock(results: BenchResult[]): string {
  if (results.length === 0) return 'No results yet: run `npm run bench -- --json`.';
  const queries = benchQueries({ sources: 10, claims: 20, assertions: 100 });
  return [
    '_Generated by `npm run bench -- --report` from `bench/results/bench-*.json`; edit the bench, not this block._',
    '![p95 latency per question, claimgraph against the @neo4j/graphql peer, at each scale measured](bench/results/chart.svg)',
    'The questions: ' +
      Object.entries(queries)
        .map(([name, q]) => `\`${name}\`, ${q.about}`)
        .join('; ') +
      '.',
    ...results.map(scaleSection),
    growthSection(results.filter((r) => !cached(r))),
    'What each peer query leaves to its client, against ours:',
    Object.entries(queries)
      .map(([name, q]) => `- \`${name}\`: ${q.peerOmits}.`)
      .join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Rewrites the block between the bench markers of README.md from the results files. */
export function writeReport(): { readme: string; results: number } {
  const results = loadResults();
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'chart.svg'), chartSvg(results.filter((r) => !cached(r))));
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  writeFileSync(README, `${readme.slice(0, start + START.length)}\n${readmeBlock(results)}\n${readme.slice(end)}`);
  return { readme: README, results: results.length };
}
