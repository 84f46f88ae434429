import { ClaimOrder, ConsensusStatus, EvidenceGrade, Stance } from '../schema-enums';

/**
 * The domain's enums as the client shows them: words, icons and orderings (DESIGN.md rubrics).
 * Their values come from the schema (../schema-enums.ts, generated), never written here.
 */
export type { ClaimOrder, ConsensusStatus, EvidenceGrade, Stance };

export const STANCES = Stance;
export const STATUSES = ConsensusStatus;
/** Strongest first, the order the claim page lists them in (the schema declares them weakest first). */
export const GRADES_STRONGEST_FIRST: readonly EvidenceGrade[] = [...EvidenceGrade].reverse();

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
export const asStance = (value: string | null): Stance | undefined => (isOneOf(STANCES, value) ? value : undefined);
export const asGrade = (value: string | null): EvidenceGrade | undefined =>
  isOneOf(GRADES_STRONGEST_FIRST, value) ? value : undefined;
/** The order a list is shown in: the one chosen, else best match first for a search, else alphabetical. Best match needs words. */
export function orderFor(chosen: string | null, searching: boolean): ClaimOrder {
  const order = asOrder(chosen);
  if (order === 'RELEVANCE' && !searching) return 'ALPHABETICAL';
  return order ?? (searching ? 'RELEVANCE' : 'ALPHABETICAL');
}

export const asOrder = (value: string | null): ClaimOrder | undefined =>
  isOneOf(ClaimOrder, value) ? value : undefined;

/** "none_given" → "none given"; "clinic_faq" → "clinic FAQ". */
export function humanize(code: string): string {
  return code
    .replace(/_/g, ' ')
    .replace(/\bfaq\b/i, 'FAQ')
    .replace(/\brct\b/i, 'randomized controlled trial');
}
