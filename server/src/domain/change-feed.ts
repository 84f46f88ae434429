import type { AtomEntry, AtomFeed } from './atom-feed.js';
import { assertionPermalink, claimFeedUrl, claimPermalink, topicFeedUrl, topicPermalink } from './permalinks.js';
import { fieldChanges, revisionSummary, type RevisionRecord } from './revision-summary.js';

/** A change a feed reports: a revision with the claim (and source) it concerns. */
export interface FeedChange extends RevisionRecord {
  claimSlug: string;
  claimStatement: string | null;
  sourceTitle: string | null;
}

export interface ChangeFeedInput {
  kind: 'claims' | 'topics';
  /** The claim's slug or the topic's name. */
  key: string;
  /** The claim's statement or the topic's name. */
  title: string;
  /** When the subject began: the feed's `updated` while it has no entry. */
  since: string | null;
  entries: FeedChange[];
  publicBase: string;
}

/** Before any change and without a known start, a fixed instant: `updated` is required and must not move. */
const NO_CHANGE_YET = '1970-01-01T00:00:00Z';

const CATEGORY: Record<string, string> = {
  'Claim/consensus': 'consensus',
  'Assertion/create': 'assertion-added',
  'Assertion/delete': 'assertion-removed',
};

function categoryOf(change: FeedChange): string {
  return CATEGORY[`${change.targetType}/${change.action}`] ?? `${change.targetType.toLowerCase()}-changed`;
}

function linkOf(change: FeedChange, publicBase: string): string {
  const pointsAtPassage = change.targetType === 'Assertion' && change.action !== 'delete';
  return pointsAtPassage
    ? assertionPermalink(publicBase, change.claimSlug, change.targetId)
    : claimPermalink(publicBase, change.claimSlug);
}

function entryOf(change: FeedChange, input: ChangeFeedInput): AtomEntry {
  const summary = revisionSummary(change, { sourceTitle: change.sourceTitle });
  const details = fieldChanges(change)
    .map((c) => `${c.field}: ${c.before ?? '—'} → ${c.after ?? '—'}`)
    .join('\n');
  return {
    id: `urn:uuid:${change.id}`,
    // A topic's feed mixes claims: each entry says which one.
    title: input.kind === 'topics' ? `${change.claimStatement ?? change.claimSlug}: ${summary}` : summary,
    updated: change.at,
    author: change.actor,
    link: linkOf(change, input.publicBase),
    category: categoryOf(change),
    summary: `Why: ${change.reason}${details ? `\n${details}` : ''}`,
  };
}

/** The Atom feed of a claim's or a topic's changes, newest first (the order of `entries`). */
export function changeFeed(input: ChangeFeedInput): AtomFeed {
  const { kind, key, publicBase } = input;
  const isClaim = kind === 'claims';
  return {
    id: isClaim ? claimPermalink(publicBase, key) : topicPermalink(publicBase, key),
    title: isClaim ? `claimgraph: ${input.title}` : `claimgraph: claims on ${key.replace(/-/g, ' ')}`,
    subtitle: isClaim
      ? 'Changes of consensus, and passages added, changed or removed'
      : 'Changes of consensus, and passages added, changed or removed, on every claim of the topic',
    updated: input.entries[0]?.at ?? input.since ?? NO_CHANGE_YET,
    selfUrl: isClaim ? claimFeedUrl(publicBase, key) : topicFeedUrl(publicBase, key),
    alternateUrl: isClaim ? claimPermalink(publicBase, key) : topicPermalink(publicBase, key),
    entries: input.entries.map((change) => entryOf(change, input)),
  };
}
