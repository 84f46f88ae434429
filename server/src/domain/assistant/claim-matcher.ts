import { stemmer } from 'stemmer';
import { canonicalStem, normalisePhrases } from './domain-lexicon.js';

const STOP_WORDS = new Set(
  'a an and are as at be been by can do does for from has have in is it its of on or that the their them these this those to was were which will with without not no exosome exosomes therapy'.split(
    ' ',
  ),
);

/** Each word's term, remembered: a base of a million quotes repeats a few thousand words (bounded, so that no document grows it without end). */
const TERM_OF_WORD = new Map<string, string>();
const REMEMBERED_WORDS = 200_000;

/** The words of a text that carry its meaning: lower-cased, the lexicon's synonyms merged, stemmed. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of normalisePhrases(text).match(/[a-z0-9]+/g) ?? []) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    let term = TERM_OF_WORD.get(word);
    if (term === undefined) {
      term = canonicalStem(stemmer(word));
      if (TERM_OF_WORD.size >= REMEMBERED_WORDS) TERM_OF_WORD.clear();
      TERM_OF_WORD.set(word, term);
    }
    terms.push(term);
  }
  return terms;
}

export interface KnownClaim {
  slug: string;
  statement: string;
  /** The statement and the quotes already attached to it: what the claim is known to be said as. */
  texts: string[];
  /** The broader claim this one narrows (DESIGN.md's REFINES), when the base has it. */
  refines?: string | null;
}

export interface ClaimMatch {
  slug: string;
  statement: string;
  score: number;
}

type Vector = Map<string, number>;

/**
 * Matches passages to known claims over TF-IDF weighted stems, each claim represented by its
 * statement and its known quotes; the best of them counts, scored by cosine blended with how much
 * of that text the passage contains. The texts are held as an inverted index (term → texts and
 * weights, in typed arrays), so a query reads only the texts sharing a word with it and a base
 * of a million quotes costs memory in proportion to its words, not a map per quote.
 */
export class ClaimMatcher {
  private readonly claims: readonly KnownClaim[];
  /** Each term's id: its place in `idf` and in the postings' offsets. */
  private readonly termIds = new Map<string, number>();
  private readonly idf: Float64Array;
  /** The texts holding term i, and its weight in each, are postingTexts/postingWeights[postingStart[i] … postingStart[i + 1]). */
  private readonly postingStart: Int32Array;
  private readonly postingTexts: Int32Array;
  private readonly postingWeights: Float64Array;
  /** For each text (all claims' texts in a row): its claim and its squared length. */
  private readonly textClaim: Int32Array;
  private readonly textLength: Float64Array;
  /** Per-query work space, reused across queries (matching is single-threaded): sums by text, best score by claim, and which were touched. */
  private readonly dots: Float64Array;
  private readonly contained: Float64Array;
  private readonly touchedTexts: Int32Array;
  private readonly best: Float64Array;
  private readonly touchedClaims: Int32Array;

  /**
   * `containmentWeight`: weight of containment beside cosine. A long passage that makes a short
   * claim among other things shares few of its words with the claim's statement (low cosine) but contains most of them.
   */
  constructor(
    claims: readonly KnownClaim[],
    private readonly containmentWeight = 0.4,
    /**
     * A matcher of the whole base whose term weights this one uses (a few changed claims matched
     * beside it): its scores are then on the same scale as that matcher's, as if built with it.
     */
    private readonly weightsOf: ClaimMatcher | null = null,
  ) {
    this.claims = claims;
    // One pass over the texts: each text's (term id, count) pairs in a row, and how many texts hold each term.
    const pairTerms: number[] = [];
    const pairCounts: number[] = [];
    const textStart: number[] = [];
    const owners: number[] = [];
    const df: number[] = [];
    claims.forEach((claim, c) => {
      for (const text of claim.texts) {
        textStart.push(pairTerms.length);
        owners.push(c);
        for (const [term, n] of termCounts(text)) {
          let id = this.termIds.get(term);
          if (id === undefined) this.termIds.set(term, (id = df.push(0) - 1));
          df[id]! += 1;
          pairTerms.push(id);
          pairCounts.push(n);
        }
      }
    });
    const texts = owners.length;
    textStart.push(pairTerms.length);
    const termOf = weightsOf ? [...this.termIds.keys()] : [];
    this.idf = Float64Array.from(df, (n, id) =>
      weightsOf
        ? (weightsOf.termWeight(termOf[id]!) ?? weightsOf.weightOfNewTerm(n))
        : Math.log((1 + texts) / (1 + n)) + 1,
    );
    this.textClaim = Int32Array.from(owners);
    this.textLength = new Float64Array(texts);
    this.postingStart = new Int32Array(df.length + 1);
    for (let id = 0; id < df.length; id += 1) this.postingStart[id + 1] = this.postingStart[id]! + df[id]!;
    this.postingTexts = new Int32Array(pairTerms.length);
    this.postingWeights = new Float64Array(pairTerms.length);
    const filled = this.postingStart.slice(0, df.length);
    for (let text = 0; text < texts; text += 1) {
      for (let pair = textStart[text]!; pair < textStart[text + 1]!; pair += 1) {
        const id = pairTerms[pair]!;
        const weight = pairCounts[pair]! * this.idf[id]!;
        this.textLength[text]! += weight * weight;
        const at = filled[id]!;
        filled[id] = at + 1;
        this.postingTexts[at] = text;
        this.postingWeights[at] = weight;
      }
    }
    this.dots = new Float64Array(texts);
    this.contained = new Float64Array(texts);
    this.touchedTexts = new Int32Array(texts);
    this.best = new Float64Array(claims.length);
    this.touchedClaims = new Int32Array(claims.length);
  }

  /** How many known claims there are (`ranked` lists only those sharing a word with the text). */
  get size(): number {
    return this.claims.length;
  }

  /**
   * The known claims that share a word with the text, with their best similarity to it, best first
   * (any other claim scores 0); at most `limit` of them, so that a base of many claims costs a
   * passage a short list, not every claim that shares a common word with it.
   */
  ranked(text: string, limit = Number.POSITIVE_INFINITY): ClaimMatch[] {
    const query = this.vectorOf(text);
    const queryLength = sumOfSquares([...query.values()]);
    let touchedTexts = 0;
    for (const [term, queryWeight] of query) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      for (let i = this.postingStart[id]!; i < this.postingStart[id + 1]!; i += 1) {
        const t = this.postingTexts[i]!;
        const weight = this.postingWeights[i]!;
        if (this.contained[t] === 0) this.touchedTexts[touchedTexts++] = t;
        this.dots[t]! += queryWeight * weight;
        this.contained[t]! += weight * weight;
      }
    }
    let touchedClaims = 0;
    for (let k = 0; k < touchedTexts; k += 1) {
      const t = this.touchedTexts[k]!;
      const length = this.textLength[t]!;
      const cosine = queryLength === 0 ? 0 : this.dots[t]! / Math.sqrt(queryLength * length);
      const score =
        (1 - this.containmentWeight) * cosine + this.containmentWeight * Math.sqrt(this.contained[t]! / length);
      const claim = this.textClaim[t]!;
      if (this.best[claim] === 0) this.touchedClaims[touchedClaims++] = claim;
      if (score > this.best[claim]!) this.best[claim] = score;
      this.dots[t] = 0;
      this.contained[t] = 0;
    }
    let cutoff = 0;
    if (touchedClaims > limit) {
      const scores = new Float64Array(touchedClaims);
      for (let k = 0; k < touchedClaims; k += 1) scores[k] = this.best[this.touchedClaims[k]!]!;
      cutoff = nthSmallest(scores, touchedClaims - limit);
    }
    const kept: ClaimMatch[] = [];
    for (let k = 0; k < touchedClaims; k += 1) {
      const claim = this.touchedClaims[k]!;
      const score = this.best[claim]!;
      if (score >= cutoff)
        kept.push({ slug: this.claims[claim]!.slug, statement: this.claims[claim]!.statement, score });
      this.best[claim] = 0;
    }
    return kept.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * The share of the text's weight that these claims account for (the words of their best-matching
   * texts): low when the passage says something more than the claims it is linked to.
   */
  explained(text: string, claims: readonly KnownClaim[]): number {
    const query = this.vectorOf(text);
    const covered = new Set<string>();
    for (const claim of claims) {
      const vectors = claim.texts.map((t) => this.vectorOf(t));
      const best = vectors.reduce((b, v) => (this.similarity(query, v) > this.similarity(query, b) ? v : b), new Map());
      for (const term of best.keys()) covered.add(term);
    }
    const total = sumOfSquares([...query.values()]);
    return total === 0 ? 1 : sumOfSquares([...query].filter(([term]) => covered.has(term)).map(([, w]) => w)) / total;
  }

  /**
   * The share of the text's words that are rare in the known texts: held by at most `rareBelow` of
   * them (0: by none). A passage saying something the base lacks says it in words the base has not
   * seen, or has seen seldom; a share of the texts, unlike "none", keeps its meaning as the base grows.
   */
  unseenShare(text: string, rareBelow = 0): number {
    return unseenShareOf(text, (term) => this.textsHolding(term) > rareBelow * this.textCount);
  }

  /** How many known texts there are (statements and quotes). */
  get textCount(): number {
    return this.textClaim.length;
  }

  /** How many known texts hold the term. */
  textsHolding(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.postingStart[id + 1]! - this.postingStart[id]!;
  }

  private similarity(query: Vector, text: Vector): number {
    return (1 - this.containmentWeight) * cosine(query, text) + this.containmentWeight * containment(query, text);
  }

  /** The weight a term this matcher's texts lack would have, were it in `texts` more of them. */
  weightOfNewTerm(texts: number): number {
    return Math.log((1 + this.textClaim.length) / (1 + texts)) + 1;
  }

  /** A term's weight (its inverse document frequency) in this matcher, if any of its texts has it. */
  termWeight(term: string): number | undefined {
    const id = this.termIds.get(term);
    return id === undefined ? undefined : this.idf[id];
  }

  private vectorOf(text: string): Vector {
    return new Map(
      [...termCounts(text)].map(([term, n]) => [
        term,
        n * (this.weightsOf?.termWeight(term) ?? this.termWeight(term) ?? UNKNOWN_TERM_WEIGHT),
      ]),
    );
  }
}

/**
 * The value that would stand at `n` if `values` were sorted ascending (Hoare's selection, reordering
 * `values`): linear where a sort is n log n, and a common word has a passage touch most claims.
 */
function nthSmallest(values: Float64Array, n: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i += 1;
      while (values[j]! > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (n <= j) high = j;
    else if (n >= i) low = i;
    else return values[n]!;
  }
  return values[n]!;
}

/** The weight of a word no known text has: as rare as can be, in a base of one text. */
const UNKNOWN_TERM_WEIGHT = Math.log(2) + 1;

function termCounts(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const term of termsOf(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
  return tf;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  const denominator = Math.sqrt(sumOfSquares([...a.values()]) * sumOfSquares([...b.values()]));
  return denominator === 0 ? 0 : dot / denominator;
}

/** The share of the text's weight (as a length) that the query's words cover. */
function containment(query: Vector, text: Vector): number {
  const total = sumOfSquares([...text.values()]);
  return total === 0
    ? 0
    : Math.sqrt(sumOfSquares([...text].filter(([term]) => query.has(term)).map(([, w]) => w)) / total);
}

const sumOfSquares = (weights: number[]) => weights.reduce((s, w) => s + w * w, 0);

function unseenShareOf(text: string, known: (term: string) => boolean): number {
  const terms = termsOf(text);
  return terms.length === 0 ? 0 : terms.filter((term) => !known(term)).length / terms.length;
}

/** What the linker asks of a matcher: claims ranked for a text, how much of a text some claims explain, and how much of it no claim's text has. */
export interface ClaimIndex {
  readonly size: number;
  ranked(text: string, limit?: number): ClaimMatch[];
  explained(text: string, claims: readonly KnownClaim[]): number;
  unseenShare(text: string, rareBelow?: number): number;
}

/**
 * A matcher grown by claims added or changed since it was built, without building it again: the
 * built one ranks the base as it was, but for the changed claims, which a small one ranks (each
 * with all its texts as they are now, a quote taken away or added, with the built one's term
 * weights). Built again from the whole base only when the changes grow large (the caller's decision).
 */
export class GrownClaimMatcher implements ClaimIndex {
  private readonly recent: ClaimMatcher;
  private readonly changedSlugs: ReadonlySet<string>;

  constructor(
    private readonly base: ClaimMatcher,
    changed: readonly KnownClaim[],
    containmentWeight: number,
    private readonly added: number,
  ) {
    this.recent = new ClaimMatcher(changed, containmentWeight, base);
    this.changedSlugs = new Set(changed.map((c) => c.slug));
  }

  get size(): number {
    return this.base.size + this.added;
  }

  ranked(text: string, limit = Number.POSITIVE_INFINITY): ClaimMatch[] {
    // Enough of the built ranking that `limit` unchanged claims remain once the changed ones are left out.
    const unchanged = this.base
      .ranked(text, limit + this.changedSlugs.size)
      .filter((m) => !this.changedSlugs.has(m.slug));
    return [...unchanged, ...this.recent.ranked(text, limit)].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  explained(text: string, claims: readonly KnownClaim[]): number {
    return this.base.explained(text, claims);
  }

  /** The changed claims' former texts still count in the built matcher's: a few texts among hundreds, until it is built again. */
  unseenShare(text: string, rareBelow = 0): number {
    const texts = this.base.textCount + this.recent.textCount;
    return unseenShareOf(
      text,
      (term) => this.base.textsHolding(term) + this.recent.textsHolding(term) > rareBelow * texts,
    );
  }
}
