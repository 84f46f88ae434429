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
