/** One field of a revision, as it was and as it became, in words a reader can follow. */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** A revision as stored: before and after are JSON objects (or null for a creation or a deletion). */
export interface RevisionRecord extends RevisionFacts {
  id: string;
  actor: string;
  reason: string;
  /** ISO 8601. */
  at: string;
}

/** What a revision's sentence and its field changes are made from. */
export interface RevisionFacts {
  targetType: string;
  targetId: string;
  action: string;
  before: string | null;
  after: string | null;
}

/** What the revision's sentence may name besides its own fields. */
export interface RevisionNames {
  sourceTitle?: string | null;
}

/**
 * Fields a reader does not need to follow a change: the version counter, the lock, the offsets
 * and context that travel with every quote, and the key of the record itself.
 */
const HIDDEN_FIELDS = new Set(['version', 'lockedAt', 'start', 'end', 'prefix', 'suffix', 'claimSlug', 'sourceId']);

/** The order fields are listed in: what decides a grading first. */
const FIELD_ORDER = [
  'status',
  'bestGrade',
  'gradeConflict',
  'stance',
  'grade',
  'basis',
  'hedged',
  'cited',
  'attribution',
  'rationale',
  'exact',
  'anchorState',
  'supporting',
  'contradicting',
  'qualifying',
  'sourceCount',
];

const WORDS: Record<string, string> = {
  SUPPORTED: 'supported',
  CONTESTED: 'contested',
  CONTRADICTED: 'contradicted',
  UNCLEAR: 'unclear',
  SUPPORTS: 'supports',
  CONTRADICTS: 'contradicts',
  QUALIFIES: 'qualifies',
  CLINICAL: 'clinical',
  PRECLINICAL: 'preclinical',
  ANECDOTAL: 'anecdotal',
  ANCHORED: 'anchored',
  MOVED: 'moved',
  ORPHANED: 'orphaned',
};

function parsed(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A stored value in words: enums lower-cased, booleans yes/no, lists joined, nothing as null. */
export function valueInWords(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return WORDS[value] ?? value;
  if (Array.isArray(value)) return value.map((v) => valueInWords(v) ?? '').join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as number);
}

const rank = (field: string) => {
  const at = FIELD_ORDER.indexOf(field);
  return at === -1 ? FIELD_ORDER.length : at;
};

/** The fields that differ between before and after (every field of a creation or a deletion), most telling first. */
export function fieldChanges(revision: Pick<RevisionFacts, 'before' | 'after'>): FieldChange[] {
  const before = parsed(revision.before) ?? {};
  const after = parsed(revision.after) ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !HIDDEN_FIELDS.has(f));
  return fields
    .map((field) => ({ field, before: valueInWords(before[field]), after: valueInWords(after[field]) }))
    .filter((c) => c.before !== c.after)
    .sort((a, b) => rank(a.field) - rank(b.field) || a.field.localeCompare(b.field));
}

function stateOf(values: Record<string, unknown> | null): string {
  if (!values) return '';
  const status = valueInWords(values.status);
  const grade = valueInWords(values.bestGrade);
  return `${status}${grade ? ` (best supporting grade ${grade})` : ' (no supporting grade)'}`;
}

function passageState(values: Record<string, unknown> | null): string {
  if (!values) return '';
  const stance = valueInWords(values.stance);
  const grade = valueInWords(values.grade);
  return stance && grade ? `: ${stance}, ${grade} evidence` : '';
}

/** One sentence that says what a revision did, for a history line or a feed entry's title. */
export function revisionSummary(revision: RevisionFacts, names: RevisionNames = {}): string {
  const before = parsed(revision.before);
  const after = parsed(revision.after);
  const passage = names.sourceTitle ? `Passage from “${names.sourceTitle}”` : 'Passage';
  const changed = () =>
    fieldChanges(revision)
      .map((c) => `${c.field} ${c.before ?? '—'} → ${c.after ?? '—'}`)
      .join('; ');
  switch (`${revision.targetType}/${revision.action}`) {
    case 'Claim/consensus':
      return `Consensus changed from ${stateOf(before)} to ${stateOf(after)}`;
    case 'Claim/create':
      return 'Claim added';
    case 'Claim/link_conflict':
      return `Marked as conflicting with the claim “${valueInWords(after?.conflictsWith) ?? ''}”`;
    case 'Assertion/create':
      return `${passage} added${passageState(after)}`;
    case 'Assertion/delete':
      return `${passage} removed${passageState(before)}`;
    case 'Assertion/update':
      return `${passage} changed: ${changed()}`;
    case 'Assertion/load':
      return `${passage} changed in the data files: ${changed()}`;
    case 'Assertion/reanchor':
      return `${passage} re-anchored after its source text was revised: ${valueInWords(after?.anchorState) ?? ''}`;
    case 'Source/create':
      return 'Source added';
    case 'Source/revise_text':
      return 'Source text revised';
    case 'Proposal/accept':
      return 'Proposal accepted';
    case 'Proposal/reject':
      return 'Proposal rejected';
    default:
      return `${revision.targetType} ${revision.action.replace(/_/g, ' ')}`;
  }
}
