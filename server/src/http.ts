import { existsSync } from 'node:fs';
import http from 'node:http';
import { GraphQLError } from 'graphql';
import { createYoga, maskError } from 'graphql-yoga';
import sirv from 'sirv';
import type { CuratorTokens } from './auth/curator-tokens.js';
import { DatabaseUnavailableError, type Neo4jClient } from './db/neo4j-client.js';
import { createDatabase, type Repositories } from './db/repositories.js';
import { compiledExecutionPlugin } from './graphql/compiled-execution.js';
import { AssistantIndex, type AssistantIndexStats } from './services/assistant-index.service.js';
import { AssistantThread } from './services/assistant-thread.js';
import { createServices } from './services/services.js';
import { createContext, type GraphQLContext } from './graphql/context.js';
import { armorPlugin, costLimitPlugin } from './graphql/limits.js';
import { buildSchema } from './graphql/schema.js';
import { isExportPath, serveExport } from './http/export-routes.js';
import { isBadgePath, serveBadge } from './http/badge-routes.js';
import { isFeedPath, serveFeed } from './http/feed-routes.js';
import { applyCors, curatorCorsPlugin } from './http/cors.js';
import { isGraphiQLAssetPath, renderGraphiQLPage, serveGraphiQLAsset } from './http/graphiql.js';
import { bodyLimitOf, bodyTooLarge, undeclaredBodyLimitPlugin } from './http/request-body-limit.js';
import { responseCachePlugin, type ResponseCacheStats } from './http/response-cache.js';
import { securityHeaders } from './http/security-headers.js';

export interface Readiness {
  /** null once the base is loaded; otherwise why the app cannot answer yet. */
  notReadyReason: string | null;
}

export interface HttpOptions {
  curators: CuratorTokens;
  clientDist: string;
  publicUrl: string | null;
  /** Origins whose pages may send curator requests across origins (CORS_ORIGINS). */
  corsOrigins: readonly string[];
  /** Megabytes of query answers kept between requests (see http/response-cache.ts); 0: none. */
  responseCacheMb: number;
}

/**
 * The app's HTTP server over one Neo4j client. Each GraphQL request gets repositories and services
 * of its own over the client scoped to the bookmarks it carries (see bookmarksOf): cheap objects,
 * and nothing of one request is seen by another, but for the grading assistant's index, which the
 * process keeps and its writes bring up to date (AssistantIndex).
 */
export function createHttpServer(neo4j: Neo4jClient, readiness: Readiness, options: HttpOptions): http.Server {
  const { curators, clientDist, publicUrl } = options;
  const { repositories } = createDatabase(neo4j);
  // One for the process, not one per request: building it reads every claim (seconds at a million
  // assertions); on a thread of its own, so that neither building it nor proposing holds up readers.
  const assistantIndex = new AssistantIndex(repositories.claims, new AssistantThread());
  const requestClients = new WeakMap<Request, Neo4jClient>();
  const corsOrigins = new Set(options.corsOrigins);
  const setSecurityHeaders = securityHeaders(publicUrl);
  const publicBaseOf = (request: Request) => publicUrl ?? new URL(request.url).origin;
  const responseCache = responseCachePlugin({
    megabytes: options.responseCacheMb,
    committedStateOf: (request) => neo4j.withBookmarks(bookmarksOf(request)).committedState(),
    publicBaseOf,
  });
  const yoga = createYoga<Record<string, unknown>, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // GraphiQL served from the package itself (the default loads it from a CDN, which a closed network
    // lacks), its scripts as files so that the page keeps to the Content-Security-Policy.
    renderGraphiQL: renderGraphiQLPage,
    // CORS is one policy for every route, set in the request handler below.
    cors: false,
    graphiql: {
      title: 'claimgraph GraphQL',
      defaultQuery:
        '{\n  claims(first: 10) {\n    edges { node { statement consensus { status bestGrade } } }\n  }\n}\n',
    },
    context: ({ request }) => {
      const scoped = neo4j.withBookmarks(bookmarksOf(request));
      requestClients.set(request, scoped);
      const database = createDatabase(scoped);
      return createContext(
        database.repositories,
        createServices(database, assistantIndex),
        curators.curatorFor(request.headers.get('authorization')),
        publicBaseOf(request),
      );
    },
    // A declared length is checked below, before yoga; an undeclared one as the body streams.
    maxRequestBodySize: false,
    plugins: [
      undeclaredBodyLimitPlugin(),
      armorPlugin(),
      costLimitPlugin(),
      curatorCorsPlugin(corsOrigins),
      compiledExecutionPlugin(),
      responseCache.plugin,
      { onResponse: ({ request, response }) => handOnBookmarks(requestClients.get(request), response) },
    ],
    maskedErrors: { maskError: maskWithUnavailability },
  });
  const client = existsSync(clientDist) ? sirv(clientDist, { single: true, etag: true }) : null;

  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    setSecurityHeaders(req, res);
    if (applyCors(req, res, corsOrigins)) return;
    if (path === '/graphql') {
      const limit = bodyLimitOf(req.headers['content-type']);
      if (Number(req.headers['content-length'] ?? 0) > limit) {
        const { message, extensions } = bodyTooLarge(limit);
        sendJson(res, 413, { errors: [{ message, extensions: { code: extensions.code } }] });
        req.resume();
        return;
      }
      void yoga.handle(req, res);
    } else if (isGraphiQLAssetPath(path)) {
      serveGraphiQLAsset(req, res, path).catch(() => sendJson(res, 500, { error: 'GraphiQL could not be loaded' }));
    } else if (isExportPath(path)) {
      serveExport(req, res, path, repositories, publicUrl).catch(() =>
        sendJson(res, 503, { error: 'the export could not be read from the database' }),
      );
    } else if (isFeedPath(path)) {
      serveFeed(req, res, path, repositories, publicUrl).catch(() =>
        sendJson(res, 503, { error: 'the feed could not be read from the database' }),
      );
    } else if (isBadgePath(path)) {
      serveBadge(req, res, path, repositories).catch(() =>
        sendJson(res, 503, { error: 'the badge could not be read from the database' }),
      );
    } else if (path === '/health') {
      void health(repositories, readiness, responseCache.stats(), assistantIndex.stats()).then(({ status, body }) =>
        sendJson(res, status, body),
      );
    } else if (client) {
      client(req, res, () => sendJson(res, 404, { error: 'not found' }));
    } else {
      sendJson(res, 503, { error: 'the client is not built: run "npm run build:client"' });
    }
  });
  server.on('close', () => void assistantIndex.close());
  return server;
}

/**
 * Causal consistency across app instances. A write through one instance answers with the
 * bookmarks of its transaction, as the x-neo4j-bookmarks header (a JSON array) and as a cookie a
 * browser sends back by itself; a request carrying either makes its reads wait, on whichever
 * cluster member serves them, until that write is visible. One Neo4j server shows every committed
 * write at once; a cluster's followers may lag, and this is what keeps the next page a writer
 * loads from missing their own change when the load balancer sends it to another instance.
 */
const BOOKMARKS_HEADER = 'x-neo4j-bookmarks';
const BOOKMARKS_COOKIE = 'neo4j-bookmarks';
/** A request may name at most this many bookmarks, each of at most BOOKMARK_CHARS characters (Neo4j's are under 100); anything else is ignored. */
const MAX_BOOKMARKS = 16;
const BOOKMARK_CHARS = 512;

function bookmarksOf(request: Request): string[] {
  const cookie = /(?:^|;\s*)neo4j-bookmarks=([^;]*)/.exec(request.headers.get('cookie') ?? '')?.[1];
  const raw = request.headers.get(BOOKMARKS_HEADER) ?? (cookie ? decodeURIComponent(cookie) : null);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (
      Array.isArray(parsed) &&
      parsed.length <= MAX_BOOKMARKS &&
      parsed.every((b) => typeof b === 'string' && b.length > 0 && b.length <= BOOKMARK_CHARS)
    )
      return parsed as string[];
  } catch {
    // Not ours: ignored, as a missing one.
  }
  return [];
}

function handOnBookmarks(client: Neo4jClient | undefined, response: Response): void {
  const made = client?.madeBookmarks;
  if (!made?.length) return;
  const value = JSON.stringify(made);
  response.headers.set(BOOKMARKS_HEADER, value);
  response.headers.append(
    'set-cookie',
    `${BOOKMARKS_COOKIE}=${encodeURIComponent(value)}; Path=/graphql; HttpOnly; SameSite=Strict`,
  );
}

/**
 * Errors leave masked (no stack, no Cypher), but a database outage is said as such so a client can
 * retry: it is not the caller's fault and not a bug.
 */
function maskWithUnavailability(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DatabaseUnavailableError) {
    return new GraphQLError('the database is unavailable; try again shortly', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  return maskError(error, message, isDev);
}

async function health(
  repositories: Repositories,
  readiness: Readiness,
  responseCache: ResponseCacheStats,
  assistantIndex: AssistantIndexStats,
): Promise<{ status: number; body: unknown }> {
  if (readiness.notReadyReason)
    return { status: 503, body: { status: 'unavailable', reason: readiness.notReadyReason } };
  try {
    const [server, counts, openConflicts] = await Promise.all([
      repositories.stats.serverVersion(),
      repositories.stats.counts(),
      repositories.loads.conflictCount(),
    ]);
    // Conflicts between data/ and the base do not stop the app: it serves the base, as curators left it.
    return { status: 200, body: { status: 'ok', neo4j: server, counts, openConflicts, responseCache, assistantIndex } };
  } catch (error) {
    return {
      status: 503,
      body: { status: 'unavailable', reason: `Neo4j does not answer: ${(error as Error).message}` },
    };
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
