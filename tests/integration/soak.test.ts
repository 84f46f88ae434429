import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import { browserQuery } from '../support/browser-queries.js';
import { memorySamples, memoryTrend, type MemorySample, type MemoryTrend } from '../support/memory-trend.js';
import { startScript, type ScriptProcess } from '../support/script-process.js';
import { realCorpus } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 150);
const CONNECTIONS = 4;
const REQUESTS_PER_SECOND = 20;
// Measured after a full collection, the app's heap (+ buffers) is flat to ±1 MB: its least-squares
// slope after warm-up came out at 0.3 MB/min with no leak and 5.1 MB/min with a 5 MB/min leak
// injected, so 2 MB/min fails such a leak and passes the noise. RSS moves in steps of ~15 MB as V8
// and the allocator keep or return pages in bulk, so it is only held to 10% between the middle and
// last thirds: a guard against gross growth outside the JavaScript heap.
const MAX_HEAP_GROWTH_MB_PER_MINUTE = 2;
const MAX_RSS_GROWTH = 0.1;

const corpus = readValidCorpus(realCorpus);
const mostAsserted = (key: 'claimSlug' | 'sourceId') => {
  const counts = new Map<string, number>();
  for (const a of corpus.assertions) counts.set(a[key], (counts.get(a[key]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};
const claimsChunk = browserQuery('ClaimsChunkQuery');

/** What the browser asks for on the busiest pages, with the variables the pages send. */
const PAGES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'home page': { query: browserQuery('HomeQuery') },
  'claims list': { query: claimsChunk, variables: { filter: {}, orderBy: 'ALPHABETICAL', first: 25, after: null } },
  search: {
    query: claimsChunk,
    variables: { filter: { text: 'collagen' }, orderBy: 'ALPHABETICAL', first: 25, after: null },
  },
  'claim page': { query: browserQuery('ClaimPageQuery'), variables: { slug: mostAsserted('claimSlug') } },
  matrix: { query: browserQuery('MatrixQuery') },
  'source page': { query: browserQuery('SourcePageQuery'), variables: { slug: mostAsserted('sourceId') } },
};

let app: ScriptProcess;
let graphqlUrl: string;

beforeAll(async () => {
  await (await freshDatabase()).close();
  const neo4j = inject('neo4j');
  app = startScript(
    ['server/src/main.ts'],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      CLAIMGRAPH_DATA_DIR: realCorpus,
    },
    ['--expose-gc', '--import', './tests/support/memory-report.ts'],
  );
  const serving = await app.waitForLine((line) => /serving http:\/\/\S+\/ /.test(line));
  graphqlUrl = `${/serving (http:\/\/\S+\/) /.exec(serving)![1]}graphql`;
  await app.waitForLine((line) => line.endsWith(' ready'));
});
afterAll(async () => {
  await app?.stop('SIGTERM');
});

/** The response's problem, or null when it is 2xx JSON with data and no GraphQL error. */
function problemWith(status: number, body: string): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}: ${body.slice(0, 300)}`;
  try {
    const answer = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
    return answer.errors !== undefined || !answer.data ? body.slice(0, 300) : null;
  } catch {
    return `not JSON: ${body.slice(0, 300)}`;
  }
}

function report(result: autocannon.Result, graphqlErrors: number, samples: MemorySample[], trend: MemoryTrend) {
  const mb = (value: number) => value.toFixed(1);
  const rss = samples.map((s) => s.rssMb);
  console.log(
    `[soak] ${SOAK_SECONDS} s at ${REQUESTS_PER_SECOND} req/s over ${CONNECTIONS} connections: ${result.requests.total} requests, ${result.requests.average.toFixed(1)} req/s; ` +
      `non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}, GraphQL errors ${graphqlErrors}`,
  );
  console.log(
    `[soak] app memory after a full GC, ${samples.length} samples: RSS start ${mb(rss[0]!)} MB, min ${mb(Math.min(...rss))}, max ${mb(Math.max(...rss))}, end ${mb(rss.at(-1)!)}; ` +
      `heap+external ${mb(samples[0]!.heapMb)} -> ${mb(samples.at(-1)!.heapMb)} MB`,
  );
  console.log(
    `[soak] after warm-up (${trend.measured} samples): heap+external ${trend.heapSlopeMbPerMinute.toFixed(2)} MB/min, RSS ${trend.rssSlopeMbPerMinute.toFixed(2)} MB/min; ` +
      `RSS median middle third ${mb(trend.rssMedianMiddleThird)} MB, last third ${mb(trend.rssMedianLastThird)} MB`,
  );
}

describe('a soak at steady load over the browser’s queries', () => {
  it('serves every page’s query from the loaded corpus, with content', async () => {
    for (const [page, body] of Object.entries(PAGES)) {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      expect(problemWith(response.status, text), page).toBeNull();
      const data = (JSON.parse(text) as { data: Record<string, unknown> }).data;
      expect(
        Object.values(data).every((value) => value !== null),
        page,
      ).toBe(true);
      if (page === 'search') expect((data as { claims: { edges: unknown[] } }).claims.edges.length).toBeGreaterThan(0);
    }
  });

  it(
    `answers every request for ${SOAK_SECONDS} s without error, and the app's memory does not grow`,
    async () => {
      const problems = new Map<string, { count: number; example: string }>();
      const requests = Object.entries(PAGES).map(([page, body]) => ({
        method: 'POST' as const,
        body: JSON.stringify(body),
        onResponse: (status: number, text: string) => {
          const problem = problemWith(status, text);
          if (problem === null) return;
          const seen = problems.get(page) ?? { count: 0, example: problem };
          problems.set(page, { ...seen, count: seen.count + 1 });
        },
      }));
      const started = Date.now();
      const result = await autocannon({
        url: graphqlUrl,
        connections: CONNECTIONS,
        overallRate: REQUESTS_PER_SECOND,
        duration: SOAK_SECONDS,
        headers: { 'content-type': 'application/json' },
        requests,
      });
      const samples = memorySamples(app.lines, started);
      const trend = memoryTrend(samples);
      report(
        result,
        [...problems.values()].reduce((n, p) => n + p.count, 0),
        samples,
        trend,
      );

      expect(Object.fromEntries(problems)).toEqual({});
      expect({ non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }).toEqual({
        non2xx: 0,
        errors: 0,
        timeouts: 0,
      });
      expect(result.requests.total).toBeGreaterThan(SOAK_SECONDS * REQUESTS_PER_SECOND * 0.5);
      expect(trend.measured).toBeGreaterThan(10);
      expect(trend.heapSlopeMbPerMinute).toBeLessThan(MAX_HEAP_GROWTH_MB_PER_MINUTE);
      expect(trend.rssMedianLastThird).toBeLessThan(trend.rssMedianMiddleThird * (1 + MAX_RSS_GROWTH));
    },
    (SOAK_SECONDS + 120) * 1000,
  );
});
