import { randomUUID } from 'node:crypto';
import type { RevisionRecord } from '../domain/revision-summary.js';
import { groupBy } from './key-order.js';
import type { CypherRunner } from './neo4j-client.js';

export type RevisionRow = RevisionRecord;

/** One change to record: what it changed, how, and the state before and after (null: none). */
export interface NewRevision {
  targetType: string;
  targetId: string;
  action: string;
  before: object | null;
  after: object | null;
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

export const REVISIONS_OF = `
UNWIND $keys AS key
MATCH (r:Revision {targetType: $targetType, targetId: key})
RETURN r { .id, .targetType, .targetId, .action, .actor, .reason, .before, .after, at: toString(r.at) } AS revision
ORDER BY r.at, r.id`;

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

export class RevisionRepository {
  constructor(private readonly client: CypherRunner) {}

  /** Each target's revisions, oldest first; one list per key, in key order. */
  async of(targetType: string, keys: readonly string[]): Promise<RevisionRow[][]> {
    const rows = await this.client.read<{ revision: RevisionRow }>(REVISIONS_OF, { targetType, keys });
    return groupBy(
      keys,
      rows.map((r) => r.revision),
      (r) => r.targetId,
    );
  }

  /** Records changes made by one actor for one reason (who, why, when, before and after), and their feed entries. */
  async record(revisions: readonly NewRevision[], change: { actor: string; reason: string }): Promise<void> {
    if (revisions.length === 0) return;
    await this.client.write(WRITE_REVISIONS, {
      actor: change.actor,
      reason: change.reason,
      rows: revisions.map((r) => ({
        id: randomUUID(),
        targetType: r.targetType,
        targetId: r.targetId,
        action: r.action,
        before: r.before && JSON.stringify(r.before),
        after: r.after && JSON.stringify(r.after),
        claimSlug: r.claimSlug ?? null,
        sourceId: r.sourceId ?? null,
        rank: FEED_RANK[r.action] ?? 0,
      })),
    });
  }
}
