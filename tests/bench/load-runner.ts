import autocannon from 'autocannon';
import type { GraphQLRequest } from './bench-queries.js';

export interface LoadSettings {
  connections: number;
  duration: number;
  /** Seconds of unrecorded load first, so the JIT and Neo4j's caches are warm for both sides alike. */
  warmup: number;
}

export interface Timing {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  rps: number;
  /** Transport errors, timeouts, non-2xx answers and 2xx answers that carry GraphQL `errors`. */
  errors: number;
}

export class AnswerError extends Error {}

/**
 * One request, checked before it is timed: an answer with GraphQL errors, without data, or with
 * a null root field is refused loudly, so that a fast error is never mistaken for a fast answer;
 * an empty list is said through `warn` (a small corpus can lack matches). Returns `data`.
 */
export async function answerOf(
  label: string,
  graphqlUrl: string,
  request: GraphQLRequest,
  warn: (line: string) => void,
): Promise<Record<string, unknown>> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  let body: { data?: Record<string, unknown> | null; errors?: { message: string }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new AnswerError(`${label}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (body.errors?.length) throw new AnswerError(`${label}: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!response.ok || !body.data) throw new AnswerError(`${label}: HTTP ${response.status} without data`);
  for (const [field, value] of Object.entries(body.data)) {
    const edges =
      value && typeof value === 'object' && 'edges' in value ? (value as { edges: unknown[] }).edges : value;
    if (edges === null || edges === undefined) throw new AnswerError(`${label}: ${field} is null`);
    if (Array.isArray(edges) && edges.length === 0) warn(`${label}: ${field} is empty, so its timing says little`);
  }
  return body.data;
}

/** A top-level `errors` key; data cannot hold that key unless a selected field is named `errors`, which none is. */
const answered = (body: unknown) => !String(body).includes('"errors":');

/** Latency percentiles of every response, and requests per second, under `connections` concurrent clients. */
export async function measure(graphqlUrl: string, request: GraphQLRequest, settings: LoadSettings): Promise<Timing> {
  const options = {
    url: graphqlUrl,
    method: 'POST' as const,
    connections: settings.connections,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    verifyBody: answered,
  };
  if (settings.warmup > 0) await autocannon({ ...options, duration: settings.warmup });
  const times: number[] = [];
  const run = autocannon({ ...options, duration: settings.duration });
  (run as unknown as NodeJS.EventEmitter).on(
    'response',
    (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime),
  );
  const result = await run;
  times.sort((a, b) => a - b);
  const percentile = (q: number) =>
    Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1));
  return {
    p50_ms: percentile(0.5),
    p95_ms: percentile(0.95),
    p99_ms: percentile(0.99),
    rps: Math.round(result.requests.average),
    errors: result.errors + result.non2xx + result.timeouts + result.mismatches,
  };
}
