import type { EvidenceGrade } from './evidence';

/** What a curator decided on a proposal, for the review page's status line. */
export type Decision =
  | { kind: 'accepted'; assertionId: string; grade: EvidenceGrade; claim: { slug: string; statement: string } }
  | { kind: 'rejected'; exact: string; reason: string };

/** "“A randomized, double-blind trial in 40…”": a quote short enough for a status line. */
export const shortQuote = (exact: string, max = 60): string =>
  `“${exact.length > max ? `${exact.slice(0, max).trimEnd()}…` : exact}”`;
