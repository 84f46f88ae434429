import { randomUUID } from 'node:crypto';
import type { TransactionRunner } from './neo4j-client.js';

/** Who made a change and why: every revision carries both. */
export interface Change {
  actor: string;
  reason: string;
}

/** One change to record, in the transaction that makes it. */
export interface RevisionEntry {
  targetType: string;
  targetId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /**
   * The claim the change concerns. A revision with one is also an entry of that claim's feed and
   * of the feeds of the claim's topics (a FeedEntry per feed), so that a feed is one indexed read.
   */
  claimSlug?: string | null;
  /** The source whose passage changed, for an assertion's revision: the feed names it. */
  sourceId?: string | null;
}

/** Every revision of one transaction has its instant; a consensus change is listed above the edit that caused it. */
const FEED_RANK: Record<string, number> = { consensus: 1 };

/**
 * Revisions, and the feed entries of those that concern a claim. `feed` is `claims/<slug>` or
 * `topics/<name>`, the path of the Atom feed it belongs to; the (feed, at) index gives a feed's
 * newest entries without reading any other. The instant is the transaction's: what one write
 * changed happened at once, whichever statement recorded it.
 */
export const WRITE_REVISIONS = `
UNWIND $rows AS row
CREATE (r:Revision {id: row.id, targetType: row.targetType, targetId: row.targetId, action: row.action, actor: $actor,
  reason: $reason, before: row.before, after: row.after, at: datetime.transaction()})
WITH r, row WHERE row.claimSlug IS NOT NULL
MATCH (c:Claim {slug: row.claimSlug})
UNWIND ['claims/' + c.slug] + [topic IN coalesce(c.topics, []) | 'topics/' + topic] AS feed
CREATE (:FeedEntry {feed: feed, at: r.at, rank: row.rank, revisionId: r.id, claimSlug: c.slug, sourceId: row.sourceId})`;

/** Writes the revisions (and their feed entries) in the caller's transaction. */
export async function writeRevisions(run: TransactionRunner, entries: RevisionEntry[], change: Change): Promise<void> {
  if (entries.length === 0) return;
  await run(WRITE_REVISIONS, {
    actor: change.actor,
    reason: change.reason,
    rows: entries.map((entry) => ({
      id: randomUUID(),
      targetType: entry.targetType,
      targetId: entry.targetId,
      action: entry.action,
      before: entry.before && JSON.stringify(entry.before),
      after: entry.after && JSON.stringify(entry.after),
      claimSlug: entry.claimSlug ?? null,
      sourceId: entry.sourceId ?? null,
      rank: FEED_RANK[entry.action] ?? 0,
    })),
  });
}

/** One revision, in the caller's transaction. */
export async function revision(
  run: TransactionRunner,
  targetType: string,
  targetId: string,
  action: string,
  change: Change,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  about: Pick<RevisionEntry, 'claimSlug' | 'sourceId'> = {},
): Promise<void> {
  await writeRevisions(run, [{ targetType, targetId, action, before, after, ...about }], change);
}
