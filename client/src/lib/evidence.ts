/** The domain's enums as the client shows them: words, icons and orderings (DESIGN.md rubrics). */

export type Stance = 'SUPPORTS' | 'CONTRADICTS' | 'QUALIFIES';
export type EvidenceGrade = 'ANECDOTAL' | 'PRECLINICAL' | 'CLINICAL';
export type ConsensusStatus = 'SUPPORTED' | 'CONTESTED' | 'CONTRADICTED' | 'UNCLEAR';
export type ClaimOrder = 'RELEVANCE' | 'ALPHABETICAL' | 'MOST_CONTESTED' | 'MOST_SOURCES';

export const STANCES: readonly Stance[] = ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES'];
/** Strongest first, the order the claim page lists them in. */
export const GRADES_STRONGEST_FIRST: readonly EvidenceGrade[] = ['CLINICAL', 'PRECLINICAL', 'ANECDOTAL'];
export const STATUSES: readonly ConsensusStatus[] = ['SUPPORTED', 'CONTESTED', 'CONTRADICTED', 'UNCLEAR'];

/** ANECDOTAL < PRECLINICAL < CLINICAL. */
export const GRADE_RANK: Record<EvidenceGrade, number> = { ANECDOTAL: 0, PRECLINICAL: 1, CLINICAL: 2 };

export const STANCE_INFO: Record<Stance, { icon: string; label: string; verb: string; verbPlural: string }> = {
  SUPPORTS: { icon: '✓', label: 'Supports', verb: 'supports', verbPlural: 'support' },
  CONTRADICTS: { icon: '✗', label: 'Contradicts', verb: 'contradicts', verbPlural: 'contradict' },
  QUALIFIES: { icon: '~', label: 'Qualifies', verb: 'qualifies', verbPlural: 'qualify' },
};

/** "1 supports", "2 support". */
export const stanceCount = (stance: Stance, count: number): string =>
  `${count} ${count === 1 ? STANCE_INFO[stance].verb : STANCE_INFO[stance].verbPlural}`;

export const GRADE_INFO: Record<EvidenceGrade, { letter: string; label: string; explanation: string }> = {
  CLINICAL: { letter: 'C', label: 'Clinical', explanation: 'studies in people' },
  PRECLINICAL: { letter: 'P', label: 'Preclinical', explanation: 'cells, tissue or animals' },
  ANECDOTAL: { letter: 'A', label: 'Anecdotal', explanation: 'testimony, opinion or no basis given' },
};

export const STATUS_INFO: Record<ConsensusStatus, { icon: string; label: string; explanation: string }> = {
  SUPPORTED: { icon: '✓', label: 'Supported', explanation: 'at least one source supports it and none contradicts it' },
  CONTESTED: { icon: '⇄', label: 'Contested', explanation: 'sources on both sides' },
  CONTRADICTED: {
    icon: '✗',
    label: 'Contradicted',
    explanation: 'at least one source contradicts it and none supports it',
  },
  UNCLEAR: { icon: '?', label: 'Unclear', explanation: 'only qualifications' },
};

export const ORDER_LABELS: Record<ClaimOrder, string> = {
  RELEVANCE: 'Best match first',
  ALPHABETICAL: 'Alphabetical',
  MOST_CONTESTED: 'Most contested first',
  MOST_SOURCES: 'Most sources first',
};

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

export const asStatus = (value: string | null): ConsensusStatus | undefined =>
  isOneOf(STATUSES, value) ? value : undefined;
export const asGrade = (value: string | null): EvidenceGrade | undefined =>
  isOneOf(GRADES_STRONGEST_FIRST, value) ? value : undefined;
/** The order a list is shown in: the one chosen, else best match first for a search, else alphabetical. Best match needs words. */
export function orderFor(chosen: string | null, searching: boolean): ClaimOrder {
  const order = asOrder(chosen);
  if (order === 'RELEVANCE' && !searching) return 'ALPHABETICAL';
  return order ?? (searching ? 'RELEVANCE' : 'ALPHABETICAL');
}

export const asOrder = (value: string | null): ClaimOrder | undefined =>
  isOneOf(['RELEVANCE', 'ALPHABETICAL', 'MOST_CONTESTED', 'MOST_SOURCES'] as const, value) ? value : undefined;

/** "none_given" → "none given"; "clinic_faq" → "clinic FAQ". */
export function humanize(code: string): string {
  return code
    .replace(/_/g, ' ')
    .replace(/\bfaq\b/i, 'FAQ')
    .replace(/\brct\b/i, 'randomized controlled trial');
}
