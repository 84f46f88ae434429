import { stemmer } from 'stemmer';

const STOP_WORDS = new Set(
  'a an and are as at be been by can do does for from has have in is it its of on or that the their them these this those to was were which will with without not no exosome exosomes therapy'.split(' '),
);

export function termsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 1 && !STOP_WORDS.has(w)).map((w) => stemmer(w));
}

export interface KnownClaim {
  slug: string;
  statement: string;
  /** The statement and the quotes already attached to it: what the claim is known to be said as. */
  texts: string[];
}

export interface ClaimMatch {
  slug: string;
  statement: string;
  score: number;
}

/**
 * Matches passages to known claims by TF-IDF cosine similarity over stemmed words, each claim
 * represented by its statement and its known quotes (the best of them counts).
 */
export class ClaimMatcher {
  private readonly idf: Map<string, number>;
  private readonly vectors: { claim: KnownClaim; vector: Map<string, number> }[];

  constructor(claims: readonly KnownClaim[]) {
    const documents = claims.flatMap((c) => c.texts.map((t) => termsOf(t)));
    const df = new Map<string, number>();
    for (const terms of documents) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
    this.idf = new Map([...df].map(([term, n]) => [term, Math.log((1 + documents.length) / (1 + n)) + 1]));
    this.vectors = claims.flatMap((claim) => claim.texts.map((t) => ({ claim, vector: this.vectorOf(t) })));
  }

  /** Every known claim with its best similarity to the text, best first. */
  ranked(text: string): ClaimMatch[] {
    const vector = this.vectorOf(text);
    const bySlug = new Map<string, ClaimMatch>();
    for (const candidate of this.vectors) {
      const score = cosine(vector, candidate.vector);
      const current = bySlug.get(candidate.claim.slug);
      if (!current || score > current.score) bySlug.set(candidate.claim.slug, { slug: candidate.claim.slug, statement: candidate.claim.statement, score });
    }
    return [...bySlug.values()].sort((a, b) => b.score - a.score);
  }

  private vectorOf(text: string): Map<string, number> {
    const tf = new Map<string, number>();
    for (const term of termsOf(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return new Map([...tf].map(([term, n]) => [term, n * (this.idf.get(term) ?? Math.log(2) + 1)]));
  }
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}
