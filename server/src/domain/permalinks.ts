/** Stable addresses of the browser pages, for permalinks and for citations. */
export function claimPermalink(base: string, slug: string): string {
  return `${base.replace(/\/$/, '')}/claims/${encodeURIComponent(slug)}`;
}

export function assertionPermalink(base: string, claimSlug: string, assertionId: string): string {
  return `${claimPermalink(base, claimSlug)}#assertion-${encodeURIComponent(assertionId)}`;
}

export function sourcePermalink(base: string, sourceId: string): string {
  return `${base.replace(/\/$/, '')}/sources/${encodeURIComponent(sourceId)}`;
}

export function topicPermalink(base: string, topic: string): string {
  return `${base.replace(/\/$/, '')}/claims?topic=${encodeURIComponent(topic)}`;
}

/** The Atom feed of a claim's changes (consensus, assertions). */
export function claimFeedUrl(base: string, slug: string): string {
  return `${base.replace(/\/$/, '')}/feeds/claims/${encodeURIComponent(slug)}.atom`;
}

/** The Atom feed of the changes of every claim in a topic. */
export function topicFeedUrl(base: string, topic: string): string {
  return `${base.replace(/\/$/, '')}/feeds/topics/${encodeURIComponent(topic)}.atom`;
}

/** The SVG badge of a claim's consensus and best grade, for embedding in an article. */
export function claimBadgeUrl(base: string, slug: string): string {
  return `${base.replace(/\/$/, '')}/badges/claims/${encodeURIComponent(slug)}.svg`;
}

/**
 * The badge as the claim page draws it: the same address with a query naming the badge's content
 * (which the badge route ignores), so a browser holding the old image for its max-age fetches the
 * new one as soon as the consensus changes. Writers embed claimBadgeUrl, which never changes.
 */
export function claimBadgeImageUrl(base: string, slug: string, badgeVersion: string): string {
  return `${claimBadgeUrl(base, slug)}?v=${encodeURIComponent(badgeVersion)}`;
}
