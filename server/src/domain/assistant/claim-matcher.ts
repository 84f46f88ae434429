import { stemmer } from 'stemmer';
import { canonicalStem, normalisePhrases } from './domain-lexicon.js';

const STOP_WORDS = new Set(
  'a an and are as at be been by can do does for from has have in is it its of on or that the their them these this those to was were which will with without not no exosome exosomes therapy'.split(' '),
);

/** The words of a text that carry its meaning: lower-cased, the lexicon's synonyms merged, stemmed. */
export function termsOf(text: string): string[] {
  return (normalisePhrases(text).match(/[a-z0-9]+/g) ?? [])
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map((w) => canonicalStem(stemmer(w)));
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
  private readonly idf = new Map<string, number>();
  /** For each term, the texts holding it and its weight in each. */
  private readonly postings = new Map<string, { texts: Int32Array; weights: Float64Array }>();
  /** For each text (all claims' texts in a row): its claim and its squared length. */
  private readonly textClaim: Int32Array;
  private readonly textLength: Float64Array;
  /** Per-query sums, by text: reused across queries (matching is single-threaded). */
  private readonly dots: Float64Array;
  private readonly contained: Float64Array;

  /**
   * `containmentWeight`: weight of containment beside cosine. A long passage that makes a short
   * claim among other things shares few of its words with the claim's statement (low cosine) but contains most of them.
   */
  constructor(claims: readonly KnownClaim[], private readonly containmentWeight = 0.4) {
    this.claims = claims;
    const counts: Map<string, number>[] = [];
    const owners: number[] = [];
    const df = new Map<string, number>();
    claims.forEach((claim, c) => claim.texts.forEach((text) => {
      const tf = termCounts(text);
      for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
      counts.push(tf);
      owners.push(c);
    }));
    for (const [term, n] of df) this.idf.set(term, Math.log((1 + counts.length) / (1 + n)) + 1);
    this.textClaim = Int32Array.from(owners);
    this.textLength = new Float64Array(counts.length);
    const postings = new Map<string, { texts: number[]; weights: number[] }>();
    counts.forEach((tf, text) => {
      for (const [term, n] of tf) {
        const weight = n * this.idf.get(term)!;
        this.textLength[text]! += weight * weight;
        let posting = postings.get(term);
        if (!posting) postings.set(term, (posting = { texts: [], weights: [] }));
        posting.texts.push(text);
        posting.weights.push(weight);
      }
    });
    for (const [term, { texts, weights }] of postings) this.postings.set(term, { texts: Int32Array.from(texts), weights: Float64Array.from(weights) });
    this.dots = new Float64Array(counts.length);
    this.contained = new Float64Array(counts.length);
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
    const touched: number[] = [];
    for (const [term, queryWeight] of query) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      for (let i = 0; i < posting.texts.length; i += 1) {
        const t = posting.texts[i]!;
        const weight = posting.weights[i]!;
        if (this.contained[t] === 0) touched.push(t);
        this.dots[t]! += queryWeight * weight;
        this.contained[t]! += weight * weight;
      }
    }
    const best = new Map<number, number>();
    for (const t of touched) {
      const length = this.textLength[t]!;
      const cosine = queryLength === 0 ? 0 : this.dots[t]! / Math.sqrt(queryLength * length);
      const score = (1 - this.containmentWeight) * cosine + this.containmentWeight * Math.sqrt(this.contained[t]! / length);
      const claim = this.textClaim[t]!;
      if (score > (best.get(claim) ?? 0)) best.set(claim, score);
      this.dots[t] = 0;
      this.contained[t] = 0;
    }
    let kept = [...best];
    if (kept.length > limit) {
      const cutoff = Float64Array.from(kept, ([, score]) => score).sort()[kept.length - limit]!;
      kept = kept.filter(([, score]) => score >= cutoff);
    }
    return kept.map(([claim, score]) => ({ slug: this.claims[claim]!.slug, statement: this.claims[claim]!.statement, score })).sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * The share of the text's weight that these claims account for (the words of their best-matching
   * texts): low when the passage says something more than the claims it is linked to.
   */
  explained(text: string, slugs: readonly string[]): number {
    const query = this.vectorOf(text);
    const covered = new Set<string>();
    for (const claim of this.claims.filter((c) => slugs.includes(c.slug))) {
      const vectors = claim.texts.map((t) => this.vectorOf(t));
      const best = vectors.reduce((b, v) => (this.similarity(query, v) > this.similarity(query, b) ? v : b), new Map());
      for (const term of best.keys()) covered.add(term);
    }
    const total = sumOfSquares([...query.values()]);
    return total === 0 ? 1 : sumOfSquares([...query].filter(([term]) => covered.has(term)).map(([, w]) => w)) / total;
  }

  private similarity(query: Vector, text: Vector): number {
    return (1 - this.containmentWeight) * cosine(query, text) + this.containmentWeight * containment(query, text);
  }

  private vectorOf(text: string): Vector {
    return new Map([...termCounts(text)].map(([term, n]) => [term, n * (this.idf.get(term) ?? Math.log(2) + 1)]));
  }
}

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
  return total === 0 ? 0 : Math.sqrt(sumOfSquares([...text].filter(([term]) => query.has(term)).map(([, w]) => w)) / total);
}

const sumOfSquares = (weights: number[]) => weights.reduce((s, w) => s + w * w, 0);
