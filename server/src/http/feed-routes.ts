import type http from 'node:http';
import type { Repositories } from '../db/repositories.js';
import { atomXml } from '../domain/atom-feed.js';
import { changeFeed } from '../domain/change-feed.js';
import { sendCacheable, sendNotFound } from './http-cache.js';

const FEED_PATH = /^\/feeds\/(claims|topics)\/([^/]{1,200})\.atom$/;

/** The newest entries a feed lists: feed readers keep what they have seen, so a feed need not reach back far. */
export const FEED_ENTRY_LIMIT = 50;

/** Feed readers poll; five minutes keeps them current without asking the database at every poll. */
const FEED_CACHE_CONTROL = 'public, max-age=300';

export function isFeedPath(path: string): boolean {
  return path.startsWith('/feeds/');
}

function keyIn(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/**
 * Atom feeds (RFC 4287) of a claim's changes and of a topic's: an entry per change of consensus
 * and per passage added, changed or removed, newest first: /feeds/claims/<slug>.atom,
 * /feeds/topics/<name>.atom.
 */
export async function serveFeed(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
  repositories: Repositories,
  publicUrl: string | null,
): Promise<void> {
  const match = FEED_PATH.exec(path);
  const key = match ? keyIn(match[2]!) : null;
  if (!match || key === null || (req.method !== 'GET' && req.method !== 'HEAD')) {
    sendNotFound(res, 'no such feed: /feeds/claims/<slug>.atom or /feeds/topics/<name>.atom');
    return;
  }
  const kind = match[1] as 'claims' | 'topics';
  const subject = await repositories.feeds.subject(kind, key);
  if (!subject) {
    sendNotFound(res, `no ${kind === 'claims' ? 'claim' : 'topic'} "${key}"`);
    return;
  }
  const entries = await repositories.feeds.entries(`${kind}/${key}`, null, FEED_ENTRY_LIMIT);
  const publicBase = publicUrl ?? `http://${req.headers.host ?? 'localhost'}`;
  sendCacheable(req, res, {
    type: 'application/atom+xml; charset=utf-8',
    cacheControl: FEED_CACHE_CONTROL,
    body: atomXml(changeFeed({ kind, key, title: subject.title, since: subject.since, entries, publicBase })),
  });
}
