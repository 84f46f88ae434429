import type { Grade, Stance } from '../../server/src/domain/types.js';

/** mulberry32: a small seeded PRNG, so the same scale always gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Changes whenever the generator would make another corpus for the same scale: a kept base of another version is not reused. */
export const GENERATOR_VERSION = 1;

export interface SyntheticScale {
  sources: number;
  claims: number;
  assertions: number;
}

/** Realistic proportions: ten assertions a source, two claims a source, claims drawn by a Zipf law (a few with hundreds). */
export function scaleFor(sources: number): SyntheticScale {
  return { sources, claims: Math.max(10, sources * 2), assertions: sources * 10 };
}

const WORDS =
  'exosome therapy collagen elastin pigmentation hair scalp recovery laser microneedling inflammation wound scar safety regulation product dose session trial mice fibroblast growth factor skin barrier texture'.split(
    ' ',
  );
const SENTENCES_PER_SOURCE = 12;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Zipf sampler over 0..n-1 (rank 0 the most likely) by inverse CDF on precomputed cumulative weights. */
export function zipf(n: number, exponent: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= n; k += 1) cumulative.push((total += 1 / k ** exponent));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

export function claimSlug(i: number): string {
  return `synthetic-claim-${String(i).padStart(7, '0')}`;
}

export function sourceId(i: number): string {
  return `synthetic-source-${String(i).padStart(7, '0')}`;
}

export function* syntheticClaims(scale: SyntheticScale, seed = 1) {
  const random = seededRandom(seed);
  for (let i = 0; i < scale.claims; i += 1) {
    const words = Array.from({ length: 6 }, () => pick(WORDS, random));
    yield {
      slug: claimSlug(i),
      statement: `Exosome therapy affects ${words.join(' ')} (claim ${i})`,
      topics: [pick(WORDS, random)],
    };
  }
}

export interface SyntheticSource {
  id: string;
  title: string;
  text: string;
  assertions: {
    id: string;
    claimSlug: string;
    stance: Stance;
    grade: Grade;
    basis: string;
    start: number;
    end: number;
  }[];
}

const BASIS: Record<Grade, string> = {
  CLINICAL: 'unspecified_clinical',
  PRECLINICAL: 'unspecified_preclinical',
  ANECDOTAL: 'none_given',
};

export function* syntheticSources(scale: SyntheticScale, seed = 2): Generator<SyntheticSource> {
  const random = seededRandom(seed);
  const nextClaim = zipf(scale.claims, 1.1, random);
  const perSource = Math.round(scale.assertions / scale.sources);
  for (let i = 0; i < scale.sources; i += 1) {
    const sentences = Array.from(
      { length: SENTENCES_PER_SOURCE },
      (_, n) => `Sentence ${n} says ${Array.from({ length: 8 }, () => pick(WORDS, random)).join(' ')}.`,
    );
    const text = sentences.join(' ');
    const offsets = sentences.map((s) => text.indexOf(s));
    const assertions = Array.from({ length: perSource }, (_, n) => {
      const sentence = n % SENTENCES_PER_SOURCE;
      const r = random();
      const stance: Stance = r < 0.75 ? 'SUPPORTS' : r < 0.87 ? 'CONTRADICTS' : 'QUALIFIES';
      const g = random();
      const grade: Grade = g < 0.8 ? 'ANECDOTAL' : g < 0.9 ? 'PRECLINICAL' : 'CLINICAL';
      return {
        id: `${sourceId(i)}--a${n}`,
        claimSlug: claimSlug(nextClaim()),
        stance,
        grade,
        basis: BASIS[grade],
        start: offsets[sentence]!,
        end: offsets[sentence]! + sentences[sentence]!.length,
      };
    });
    yield { id: sourceId(i), title: `Synthetic source ${i}`, text, assertions };
  }
}
