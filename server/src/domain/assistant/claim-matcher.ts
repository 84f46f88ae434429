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
 * of that text the passage contains.
 */
export class ClaimMatcher {
  private readonly idf: Map<string, number>;
  private readonly claims: { claim: KnownClaim; vectors: Vector[] }[];

  /**
   * `containmentWeight`: weight of containment beside cosine. A long passage that makes a short
   * claim among other things shares few of its words with the claim's statement (low cosine) but contains most of them.
   */
  constructor(claims: readonly KnownClaim[], private readonly containmentWeight = 0.4) {
    const documents = claims.flatMap((c) => c.texts.map((t) => termsOf(t)));
    const df = new Map<string, number>();
    for (const terms of documents) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
    this.idf = new Map([...df].map(([term, n]) => [term, Math.log((1 + documents.length) / (1 + n)) + 1]));
    this.claims = claims.map((claim) => ({ claim, vectors: claim.texts.map((t) => this.vectorOf(t)) }));
  }

  /** Every known claim with its best similarity to the text, best first. */
  ranked(text: string): ClaimMatch[] {
    const query = this.vectorOf(text);
    return this.claims
      .map(({ claim, vectors }) => ({ slug: claim.slug, statement: claim.statement, score: Math.max(0, ...vectors.map((v) => this.similarity(query, v))) }))
      .sort((a, b) => b.score - a.score);
  }

  /**
   * The share of the text's weight that these claims account for (the words of their best-matching
   * texts): low when the passage says something more than the claims it is linked to.
   */
  explained(text: string, slugs: readonly string[]): number {
    const query = this.vectorOf(text);
    const bestOf = (vectors: Vector[]) => vectors.reduce((best, v) => (this.similarity(query, v) > this.similarity(query, best) ? v : best), new Map());
    const covered = new Set(this.claims.filter((c) => slugs.includes(c.claim.slug)).flatMap(({ vectors }) => [...bestOf(vectors).keys()]));
    const total = sumOfSquares([...query.values()]);
    return total === 0 ? 1 : sumOfSquares([...query].filter(([term]) => covered.has(term)).map(([, w]) => w)) / total;
  }

  private similarity(query: Vector, text: Vector): number {
    return (1 - this.containmentWeight) * cosine(query, text) + this.containmentWeight * containment(query, text);
  }

  private vectorOf(text: string): Vector {
    const tf = new Map<string, number>();
    for (const term of termsOf(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return new Map([...tf].map(([term, n]) => [term, n * (this.idf.get(term) ?? Math.log(2) + 1)]));
  }
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
