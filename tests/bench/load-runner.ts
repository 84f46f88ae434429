import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { GraphQLRequest } from './bench-queries.js';

export interface LoadSettings {
  connections: number;
  /** Seconds of recorded load per side and question, split over `rounds`. */
  duration: number;
  /** Seconds of unrecorded load per question and side, every question before any is timed, so the JITs and Neo4j's page cache are warm for both sides alike. */
  warmup: number;
  /** Ours then the peer, this many times over, so that a change in the machine's load falls on both. */
  rounds: number;
}

/** One side's recorded load on one question. */
export interface Timing {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  rps: number;
  requests: number;
  /** Transport errors, timeouts, non-2xx answers and 2xx answers that carry GraphQL `errors`. */
  errors: number;
  /** CPU time per answered request of the server process and of Neo4j (the same Neo4j for both sides). */
  cpu_ms_per_request: { server: number; neo4j: number };
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

/** CPU time a process has used so far, in ms (user + system, from /proc). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const msPerTick = 10; // USER_HZ is 100 on Linux
  return (Number(fields[11]) + Number(fields[12])) * msPerTick;
}

/** What one recorded slice of load left: every response time, and the CPU both processes spent. */
export interface Slice {
  times: number[];
  seconds: number;
  errors: number;
  serverCpuMs: number;
  neo4jCpuMs: number;
}

/**
 * `seconds` of load by `connections` clients, the requests sent in the mix's order (the same order
 * for both sides), with the CPU the server and Neo4j spent meanwhile.
 */
export async function loadSlice(
  graphqlUrl: string,
  requests: GraphQLRequest[],
  connections: number,
  seconds: number,
  pids: { server: number; neo4j: number },
): Promise<Slice> {
  const bodies = requests.map((r) => JSON.stringify(r));
  let next = 0;
  const options = {
    url: graphqlUrl,
    method: 'POST' as const,
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [
      { setupRequest: (request: autocannon.Request) => ({ ...request, body: bodies[next++ % bodies.length] }) },
    ],
    verifyBody: answered,
  };
  const times: number[] = [];
  const [server, neo4j] = [cpuMs(pids.server), cpuMs(pids.neo4j)];
  const run = autocannon(options);
  (run as unknown as NodeJS.EventEmitter).on(
    'response',
    (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime),
  );
  const result = await run;
  return {
    times,
    seconds,
    errors: result.errors + result.non2xx + result.timeouts + result.mismatches,
    serverCpuMs: cpuMs(pids.server) - server,
    neo4jCpuMs: cpuMs(pids.neo4j) - neo4j,
  };
}

/** Percentiles, rate and CPU per request over every slice of one side. */
export function timingOf(slices: Slice[]): Timing {
  const times = slices.flatMap((s) => s.times).sort((a, b) => a - b);
  const seconds = slices.reduce((sum, s) => sum + s.seconds, 0);
  const answered = Math.max(1, times.length);
  const percentile = (q: number) =>
    Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1));
  const perRequest = (ms: number) => Number((ms / answered).toFixed(2));
  return {
    p50_ms: percentile(0.5),
    p95_ms: percentile(0.95),
    p99_ms: percentile(0.99),
    rps: Math.round(times.length / seconds),
    requests: times.length,
    errors: slices.reduce((sum, s) => sum + s.errors, 0),
    cpu_ms_per_request: {
      server: perRequest(slices.reduce((sum, s) => sum + s.serverCpuMs, 0)),
      neo4j: perRequest(slices.reduce((sum, s) => sum + s.neo4jCpuMs, 0)),
    },
  };
}
