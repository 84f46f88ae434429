const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
export const MAX_SEARCH_LENGTH = 200;

/**
 * A user's words as a Lucene query that finds passages holding all of them: every special
 * character escaped, so no input can change the query's meaning. Null when no word remains.
 */
export function fullTextQuery(text: string): string | null {
  const words = text
    .slice(0, MAX_SEARCH_LENGTH)
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`))
    .filter((word) => word.length > 0 && !/^(AND|OR|NOT)$/.test(word));
  return words.length > 0 ? words.join(' AND ') : null;
}
