import { claimSlug, seededRandom, sourceId, syntheticSources, zipf, type SyntheticScale } from './synthetic-corpus.js';

/**
 * Which claim, source or words each question is asked about, request after request: drawn by a
 * Zipf law, as readers' attention falls (a few pages often, most rarely), over a seeded shuffle of
 * the candidates, so that the popular pages are not the busiest claims by construction. Both APIs
 * get the same sequence, so neither is asked easier questions, and no cache wins by one id asked
 * again and again.
 */
export const MIX_LENGTH = 2000;
/** Readers' attention across pages: about the exponent of web page popularity. */
const ATTENTION_EXPONENT = 1;
/** How many of the most asserted claims the busiest-claim question rotates over. */
export const BUSIEST_CLAIMS = 20;
export const MATRIX_SOURCES = 20;
export const MATRIX_CLAIMS = 50;
const SEARCH_WORDS =
  'collagen fibroblast scalp laser pigmentation inflammation wound scar safety elastin microneedling recovery'.split(
    ' ',
  );
export const STATUSES = ['SUPPORTED', 'CONTESTED', 'CONTRADICTED', 'UNCLEAR'] as const;

/** `length` picks among `candidates`, Zipf-weighted over a shuffle of them made from `seed`. */
export function zipfMix<T>(candidates: readonly T[], seed: number, length = MIX_LENGTH): T[] {
  const random = seededRandom(seed);
  const shuffled = [...candidates];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const rank = zipf(shuffled.length, ATTENTION_EXPONENT, random);
  return Array.from({ length }, () => shuffled[rank()]!);
}

/** Indices 0..n-1, for the mixes over claims and sources, without building n strings first. */
const indices = (n: number) => Array.from({ length: n }, (_, i) => i);

export const claimMix = (scale: SyntheticScale) => zipfMix(indices(scale.claims), 11).map(claimSlug);
export const sourceMix = (scale: SyntheticScale) => zipfMix(indices(scale.sources), 12).map(sourceId);
/** The most asserted claims are the first ones: the generator draws claims by a Zipf law over their index. */
export const busiestClaimMix = (scale: SyntheticScale) =>
  zipfMix(indices(Math.min(BUSIEST_CLAIMS, scale.claims)), 13).map(claimSlug);
export const statusMix = () => zipfMix(STATUSES, 14);
export const searchMix = () =>
  zipfMix(
    SEARCH_WORDS.flatMap((a, i) => SEARCH_WORDS.slice(i + 1).map((b) => `${a} ${b}`)),
    15,
  );

export interface MatrixChoice {
  sourceIds: string[];
  claimSlugs: string[];
}

/**
 * Matrices as an educator builds them: MATRIX_SOURCES sources drawn as the source pages are, and
 * the first MATRIX_CLAIMS claims those sources make (read from the generator, not the database).
 * MATRICES distinct ones, themselves asked in a Zipf mix.
 */
const MATRICES = 100;
export function matrixMix(scale: SyntheticScale): MatrixChoice[] {
  const size = Math.min(MATRIX_SOURCES, scale.sources);
  const picks = zipfMix(indices(scale.sources), 16, MATRICES * size * 8)[Symbol.iterator]();
  const chosen = Array.from({ length: MATRICES }, () => {
    const picked = new Set<number>();
    for (let next = picks.next(); !next.done && picked.size < size; next = picks.next()) picked.add(next.value);
    return [...picked];
  });
  const wanted = new Set(chosen.flat());
  const claimsOf = new Map<number, string[]>();
  let index = 0;
  for (const source of syntheticSources(scale)) {
    if (wanted.has(index))
      claimsOf.set(
        index,
        source.assertions.map((a) => a.claimSlug),
      );
    if (claimsOf.size === wanted.size) break;
    index += 1;
  }
  const matrices = chosen.map((sources) => ({
    sourceIds: sources.map(sourceId),
    claimSlugs: [...new Set(sources.flatMap((s) => claimsOf.get(s)!))].slice(0, MATRIX_CLAIMS),
  }));
  return zipfMix(matrices, 17);
}
