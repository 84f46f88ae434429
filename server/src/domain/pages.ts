/**
 * The page an offset of a source's text stands on, from where its pages start as the source stores
 * them (page n at pageStarts[n - 1]; a PDF's, by its reader); null for a source without pages.
 */
export function pageOfOffset(pageStarts: readonly number[] | null | undefined, offset: number): number | null {
  if (!pageStarts || pageStarts.length === 0) return null;
  let page = 1;
  while (page < pageStarts.length && pageStarts[page]! <= offset) page += 1;
  return page;
}
