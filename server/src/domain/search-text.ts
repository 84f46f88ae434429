const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const HAS_LUCENE_SPECIAL = new RegExp(LUCENE_SPECIAL.source);
export const MAX_SEARCH_LENGTH = 200;

/** Shorter beginnings match too many words to narrow a list: they are searched as whole words. */
const MIN_PREFIX_LENGTH = 2;

/**
 * The stop words of the full-text indexes' analyzer (Lucene's English set): the index holds none
 * of them, so "or*" would ask for a word beginning "or" where the text has the word "or" and find
 * nothing. Typed whole, they are searched as whole words, which the analyzer then drops.
 */
const ANALYZER_STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

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
  if (
    options.partialLastWord &&
    last &&
    last.length >= MIN_PREFIX_LENGTH &&
    !HAS_LUCENE_SPECIAL.test(last) &&
    !ANALYZER_STOP_WORDS.has(last.toLowerCase())
  ) {
    words[words.length - 1] = `(${last} OR ${last}*)`;
  }
  return words.length > 0 ? words.join(' AND ') : null;
}
