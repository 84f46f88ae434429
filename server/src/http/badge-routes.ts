import type http from 'node:http';
import type { Repositories } from '../db/repositories.js';
import { claimBadgeSvg } from '../domain/badge.js';
import { consensusOf } from '../domain/consensus.js';
import { sendCacheable, sendNotFound } from './http-cache.js';

const BADGE_PATH = /^\/badges\/claims\/([a-z0-9-]{1,120})\.svg$/;

/**
 * A browser keeps a badge five minutes, then revalidates it (a 304 while the consensus holds); a
 * CDN keeps it an hour and may serve a stale one for a day while it fetches the new one, so an
 * article's readers never wait on the base. A change of consensus shows within the hour.
 */
const BADGE_CACHE_CONTROL = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

export function isBadgePath(path: string): boolean {
  return path.startsWith('/badges/');
}

/** An SVG badge of a claim's consensus and best grade, to embed in an article: /badges/claims/<slug>.svg. */
export async function serveBadge(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
  repositories: Repositories,
): Promise<void> {
  const slug = BADGE_PATH.exec(path)?.[1];
  if (!slug || (req.method !== 'GET' && req.method !== 'HEAD')) {
    sendNotFound(res, 'no such badge: /badges/claims/<slug>.svg');
    return;
  }
  const [claim] = await repositories.claims.getBySlugs([slug]);
  if (!claim) {
    sendNotFound(res, `no claim "${slug}"`);
    return;
  }
  const consensus = claim.consensus ?? consensusOf([]);
  sendCacheable(req, res, {
    type: 'image/svg+xml; charset=utf-8',
    cacheControl: BADGE_CACHE_CONTROL,
    body: claimBadgeSvg({ statement: claim.statement, status: consensus.status, bestGrade: consensus.bestGrade }),
  });
}
