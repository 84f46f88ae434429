import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

/**
 * Answers to GraphQL queries kept in memory, each under the committed state of the database it was
 * read after, and served again only while the database is still in that state.
 *
 * Before a query runs (or is answered from here), once it has been validated and priced, the app asks Neo4j for its committed state (the
 * bookmark of a tiny read, which names the last committed transaction: `committedStateOf`). An
 * answer is kept under the state read BEFORE its statements ran, so it shows that state or a later
 * one; it is served only to a request whose own check, made after the request arrived, finds the
 * same state: no transaction committed in between, by this instance, another one, `kb`, a restore,
 * or anything else that writes to the database. The check travels with the request's bookmarks,
 * so on a cluster it waits, as the page's own reads would, for a write made through another
 * instance. Requests that arrive together share one check (Neo4jClient.committedState).
 *
 * Not kept: curators' requests (an Authorization header; their pages may differ), mutations, and
 * answers with errors. The key holds the document, its variables, the address permalinks point to,
 * and the UTC day (a claim's citation names the day it was accessed).
 */
export interface ResponseCacheOptions {
  /** Megabytes of answers kept, least recently used dropped first; 0 keeps none (and checks nothing). */
  megabytes: number;
  /** The database's committed state as of a moment after this call, read with the request's bookmarks. */
  committedStateOf(request: Request): Promise<string>;
  /** Where permalinks of this request point (part of an answer). */
  publicBaseOf(request: Request): string;
}

export interface ResponseCacheStats {
  megabytes: number;
  entries: number;
  hits: number;
  misses: number;
}

interface Kept {
  state: string;
  body: string;
}

/** An answer larger than this share of the cache is not kept: one export-sized page would push out hundreds of pages. */
const LARGEST_SHARE = 1 / 16;
/** Header telling whether an answer came from the cache (`hit`) or was read (`miss`); tests and the bench read it. */
export const CACHE_HEADER = 'x-claimgraph-cache';

export function responseCachePlugin(options: ResponseCacheOptions): { plugin: Plugin; stats(): ResponseCacheStats } {
  const maxSize = Math.max(1, Math.round(options.megabytes * 1024 * 1024));
  const kept = new LRUCache<string, Kept>({
    maxSize,
    maxEntrySize: Math.round(maxSize * LARGEST_SHARE),
    // UTF-16 code units, two bytes each, plus the key.
    sizeCalculation: (value, key) => 2 * (value.body.length + key.length),
  });
  const keys = new WeakMap<Request, string>();
  const counts = { hits: 0, misses: 0 };
  const enabled = options.megabytes > 0;

  const plugin: Plugin = {
    // The key is taken from the request as it came; the database is asked nothing until the query
    // has been parsed, validated and priced (costLimitPlugin refuses a hostile one first).
    onParams({ params, request }) {
      if (!enabled || !params.query || request.headers.has('authorization')) return;
      keys.set(
        request,
        [
          options.publicBaseOf(request),
          new Date().toISOString().slice(0, 10),
          params.operationName ?? '',
          params.query,
          JSON.stringify(params.variables ?? {}),
        ].join('\n'),
      );
    },
    onExecute({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      const key = request && keys.get(request);
      if (!key || getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      return options.committedStateOf(request).then(
        (state) => {
          const entry = kept.get(key);
          if (entry?.state === state) {
            counts.hits += 1;
            setResultAndStopExecution(cachedAnswer(entry.body));
            return;
          }
          counts.misses += 1;
          return {
            onExecuteDone({ result, setResult }) {
              if (Symbol.asyncIterator in result || result.errors?.length) return;
              const body = ((result as Serializable).stringify ?? JSON.stringify)(result);
              kept.set(key, { state, body });
              const answer = {
                ...result,
                stringify: () => body,
                extensions: { http: { headers: { [CACHE_HEADER]: 'miss' } } },
              };
              setResult(answer as typeof result);
            },
          };
        },
        // The database does not answer: neither does the cache; the query fails as it would without one.
        () => undefined,
      );
    },
  };
  return {
    plugin,
    stats: () => ({
      megabytes: Number((kept.calculatedSize / 1024 / 1024).toFixed(1)),
      entries: kept.size,
      ...counts,
    }),
  };
}

/** A result graphql-jit made: it carries the serializer compiled for its shape. */
type Serializable = { stringify?: (result: unknown) => string };

/** A kept answer as yoga sends it: the body as it was serialized, the header saying where it came from. */
function cachedAnswer(body: string) {
  return { data: null, stringify: () => body, extensions: { http: { headers: { [CACHE_HEADER]: 'hit' } } } };
}
