import type { RevisionRecord } from '../domain/revision-summary.js';
import { cypherInt, type CypherRunner } from './neo4j-client.js';

/** A feed's entry: the revision it reports, with the claim and source it concerns. */
export interface FeedEntryRow extends RevisionRecord {
  /** Orders entries of the same instant: a change of consensus above the edit that caused it. */
  rank: number;
  claimSlug: string;
  claimStatement: string | null;
  sourceId: string | null;
  sourceTitle: string | null;
}

/** A position in a feed, newest first: the instant, the rank, then the revision id that breaks ties. */
export interface FeedPosition {
  at: string;
  rank: number;
  revisionId: string;
}

/** What a feed is about, and when it began: the `updated` of a feed with no entry yet. */
export interface FeedSubject {
  title: string;
  since: string | null;
}

const AFTER_POSITION = `
  AND e.at <= datetime($after.at)
  AND (e.at < datetime($after.at) OR e.rank < $after.rank OR (e.rank = $after.rank AND e.revisionId < $after.revisionId))`;

/**
 * A feed's newest entries, read from the (feed, at) index in its order; each with its revision,
 * the claim's statement and the source's title (the source may since have gone: then null).
 */
export function feedEntriesQuery(afterPosition: boolean): string {
  return `
MATCH (e:FeedEntry)
WHERE e.feed = $feed AND e.at IS NOT NULL${afterPosition ? AFTER_POSITION : ''}
WITH e ORDER BY e.feed DESC, e.at DESC, e.rank DESC, e.revisionId DESC LIMIT $limit
MATCH (r:Revision {id: e.revisionId})
OPTIONAL MATCH (c:Claim {slug: e.claimSlug})
OPTIONAL MATCH (s:Source {id: e.sourceId})
RETURN r { .id, .targetType, .targetId, .action, .actor, .reason, .before, .after, at: toString(r.at),
  rank: e.rank, claimSlug: e.claimSlug, claimStatement: c.statement, sourceId: e.sourceId, sourceTitle: s.title } AS entry
ORDER BY e.at DESC, e.rank DESC, e.revisionId DESC`;
}

export const CLAIM_FEED_SUBJECT = `
MATCH (c:Claim {slug: $key})
OPTIONAL MATCH (l:CorpusLoad {key: 'data'})
RETURN c.statement AS title, toString(coalesce(c.createdAt, l.loadedAt)) AS since`;

export const TOPIC_FEED_SUBJECT = `
MATCH (t:Topic {name: $key})
OPTIONAL MATCH (l:CorpusLoad {key: 'data'})
RETURN t.name AS title, toString(l.loadedAt) AS since`;

export class FeedRepository {
  constructor(private readonly client: CypherRunner) {}

  /** Entries of `claims/<slug>` or `topics/<name>`, newest first, after a position when given. */
  async entries(feed: string, after: FeedPosition | null, limit: number): Promise<FeedEntryRow[]> {
    const rows = await this.client.read<{ entry: FeedEntryRow }>(feedEntriesQuery(after !== null), {
      feed,
      after,
      limit: cypherInt(limit),
    });
    return rows.map((r) => r.entry);
  }

  /** The claim or topic a feed is about; null when there is none by that key. */
  async subject(kind: 'claims' | 'topics', key: string): Promise<FeedSubject | null> {
    const [row] = await this.client.read<FeedSubject>(kind === 'claims' ? CLAIM_FEED_SUBJECT : TOPIC_FEED_SUBJECT, {
      key,
    });
    return row ?? null;
  }
}
