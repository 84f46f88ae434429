import type { ClaimMatch } from '../domain/assistant/claim-matcher.js';
import type { GradingAssistant, LinkParameters } from '../domain/assistant/propose.js';
import type { AssertionRecord } from '../domain/types.js';

/** A curated assertion whose claim the assistant did not get: what it proposed on that passage instead. */
export interface LinkMiss {
  sourceId: string;
  quote: string;
  expected: string;
  /** The base could not know the claim (only the held-out source asserts it): a new claim was the right answer. */
  novel: boolean;
  /** The expected claim's best rank and score among the known claims as the assistant ranked them for the passage (null when it is not known). */
  expectedScore: number | null;
  expectedRank: number | null;
  proposed: { slug: string | null; score: number }[];
}

export const MISS_CLASSES = {
  'not-found': 'passage not proposed at all',
  'new-instead-of-known': 'proposed as a new claim only, though the base knows the claim',
  'ranked-near':
    'linked to other claims; the expected one ranks 1st-5th for the passage but below the threshold or the others',
  'ranked-far': 'linked to other claims; the expected one ranks below 5th (other words, or context)',
  'known-instead-of-new': 'linked to known claims only, though only this source makes the claim',
} as const;
export type MissClass = keyof typeof MISS_CLASSES;

/** Each passage of a text with its start and end and the known claims as the assistant ranks them for it. */
export function rankingsOf(
  text: string,
  assistant: GradingAssistant,
  parameters: LinkParameters,
): { start: number; end: number; ranked: ClaimMatch[] }[] {
  return assistant
    .rankings(text, parameters)
    .map(({ passage, ranked }) => ({ start: passage.start, end: passage.end, ranked }));
}

export function missOf(
  sourceId: string,
  assertion: AssertionRecord,
  isKnown: boolean,
  proposed: LinkMiss['proposed'],
  rankings: ReturnType<typeof rankingsOf>,
): LinkMiss {
  const ranks = rankings
    .filter((r) => r.start < assertion.quote.end && assertion.quote.start < r.end)
    .map((r) => ({ rank: r.ranked.findIndex((m) => m.slug === assertion.claimSlug), ranked: r.ranked }))
    .filter((r) => isKnown && r.rank >= 0)
    .sort((a, b) => a.rank - b.rank);
  const best = ranks[0];
  return {
    sourceId,
    quote: assertion.quote.exact,
    expected: assertion.claimSlug,
    novel: !isKnown,
    expectedScore: best ? Math.round(best.ranked[best.rank]!.score * 1000) / 1000 : null,
    expectedRank: best ? best.rank + 1 : null,
    proposed: proposed.map((c) => ({ slug: c.slug, score: c.score })),
  };
}

/** Why a claim was missed, in the classes above. */
export function classOf(miss: LinkMiss): MissClass {
  if (miss.proposed.length === 0) return 'not-found';
  if (miss.novel) return 'known-instead-of-new';
  if (miss.proposed.every((p) => p.slug === null)) return 'new-instead-of-known';
  return miss.expectedRank !== null && miss.expectedRank <= 5 ? 'ranked-near' : 'ranked-far';
}
