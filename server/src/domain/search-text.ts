const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const HAS_LUCENE_SPECIAL = new RegExp(LUCENE_SPECIAL.source);
export const MAX_SEARCH_LENGTH = 200;

/** Shorter beginnings match too many words to narrow a list: they are searched as whole words. */
const MIN_PREFIX_LENGTH = 2;

export interface FullTextOptions {
  /** The words are being typed: the last may be the beginning of a word ("colla" finds "collagen"). */
  partialLastWord?: boolean;
}

/**
 * A user's words as a Lucene query that finds passages holding all of them: every special
 * character escaped, so no input can change the query's meaning. Null when no word remains.
 */
export function fullTextQuery(text: string, options: FullTextOptions = {}): string | null {
  const raw = text
    .slice(0, MAX_SEARCH_LENGTH)
    .split(/\s+/)
    .filter((word) => word.length > 0 && !/^(AND|OR|NOT)$/.test(word));
  const words = raw.map((word) => word.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`));
  const last = raw.at(-1);
  if (options.partialLastWord && last && last.length >= MIN_PREFIX_LENGTH && !HAS_LUCENE_SPECIAL.test(last)) {
    words[words.length - 1] = `(${last} OR ${last}*)`;
  }
  return words.length > 0 ? words.join(' AND ') : null;
}
