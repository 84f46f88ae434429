import { createHash } from 'node:crypto';
import type http from 'node:http';

export interface Cacheable {
  type: string;
  body: string;
  /** The Cache-Control value: how long a browser and a shared cache (a CDN) may keep the answer. */
  cacheControl: string;
}

/** A strong validator of the body: the same bytes, the same tag, on every instance of the app. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Whether an If-None-Match header names this tag (or `*`); weak tags compare by their value, as RFC 9110 says for GET. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** Answers 200 with the body and its ETag, or 304 with no body when the client holds the same bytes. */
export function sendCacheable(req: http.IncomingMessage, res: http.ServerResponse, answer: Cacheable): void {
  const etag = etagOf(answer.body);
  const headers = { etag, 'cache-control': answer.cacheControl, 'x-content-type-options': 'nosniff' };
  if (matchesEtag(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-type': answer.type });
  res.end(req.method === 'HEAD' ? undefined : answer.body);
}

export function sendNotFound(res: http.ServerResponse, message: string): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(message);
}
