import type http from 'node:http';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Cross-origin access. Reads are open: any site's page may query the base and read the answer
 * (`Access-Control-Allow-Origin: *`, never with credentials: the app uses no cookies). Curator
 * requests (an Authorization header, or a mutation) are answered to pages of the configured
 * origins (CORS_ORIGINS) only: a preflight asking to send Authorization from another origin gets
 * no permission, and such a response no Access-Control-Allow-Origin.
 */
export interface CorsRequest {
  method: string;
  origin: string | null;
  hasAuthorization: boolean;
  /** Access-Control-Request-Headers of a preflight, lower case. */
  requestedHeaders: string[];
}

const METHODS = 'GET, POST';
const READ_HEADERS = 'content-type';
const CURATOR_HEADERS = 'authorization, content-type';
// How long a browser may reuse a preflight's answer (Chromium caps it at 2 hours).
const PREFLIGHT_MAX_AGE_SECONDS = 600;

export function isPreflight(method: string, hasRequestMethod: boolean): boolean {
  return method === 'OPTIONS' && hasRequestMethod;
}

/** The CORS headers of one response; the same function answers preflights and requests. */
export function corsHeaders(request: CorsRequest, allowedOrigins: ReadonlySet<string>): Record<string, string> {
  const curator = request.hasAuthorization || request.requestedHeaders.includes('authorization');
  const headers: Record<string, string> = { vary: 'Origin' };
  if (curator) {
    if (!request.origin || !allowedOrigins.has(request.origin)) return headers;
    headers['access-control-allow-origin'] = request.origin;
  } else {
    headers['access-control-allow-origin'] = '*';
  }
  if (request.method === 'OPTIONS') {
    headers['access-control-allow-methods'] = METHODS;
    headers['access-control-allow-headers'] = curator ? CURATOR_HEADERS : READ_HEADERS;
    headers['access-control-max-age'] = String(PREFLIGHT_MAX_AGE_SECONDS);
  }
  return headers;
}

export function corsRequestOf(req: http.IncomingMessage): CorsRequest {
  return {
    method: req.method ?? 'GET',
    origin: req.headers.origin ?? null,
    hasAuthorization: req.headers.authorization !== undefined,
    requestedHeaders: (req.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  };
}

/**
 * Sets the CORS headers on every response, and answers a preflight itself (204), whatever the path.
 * Returns true when the request is answered.
 */
export function applyCors(req: http.IncomingMessage, res: http.ServerResponse, allowedOrigins: ReadonlySet<string>) {
  const request = corsRequestOf(req);
  for (const [name, value] of Object.entries(corsHeaders(request, allowedOrigins))) res.setHeader(name, value);
  if (!isPreflight(request.method, req.headers['access-control-request-method'] !== undefined)) return false;
  res.writeHead(204).end();
  return true;
}

/**
 * A mutation is a curator request even without an Authorization header (it then fails as
 * UNAUTHENTICATED): its answer is readable by the configured origins only. The operation is known
 * only once parsed, hence a plugin, run before the response is written.
 */
export function curatorCorsPlugin(
  allowedOrigins: ReadonlySet<string>,
): Plugin<{ req: http.IncomingMessage; res: http.ServerResponse }> {
  return {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const { req, res } = args.contextValue;
      const origin = req.headers.origin;
      if (origin && allowedOrigins.has(origin)) res.setHeader('access-control-allow-origin', origin);
      else res.removeHeader('access-control-allow-origin');
    },
  };
}
