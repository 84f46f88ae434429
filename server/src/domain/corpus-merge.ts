/**
 * Loading data/ into a live base is a three-way merge per entry (source, claim, assertion, claim
 * link) between the data/ last loaded (the baseline, kept in the base), today's data/ and the live
 * base. A change on one side is taken; a change on both sides, or a change on one and a deletion on
 * the other, is a conflict that changes nothing until settled. Entries are compared as canonical
 * JSON of the fields data/ holds, so "changed" means "a field a data file carries changed".
 */

export const ENTRY_KINDS = ['Source', 'Claim', 'ClaimLink', 'Assertion'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The fields of an entry as data/ holds them: plain JSON values. */
export type EntryFields = Record<string, unknown>;

export interface MergeEntry {
  kind: EntryKind;
  /** The id, slug, or `TYPE from to` of a claim link. */
  key: string;
  /** Canonical JSON of the fields as last loaded from data/; null: never loaded, or gone from data/ since. */
  baseline: string | null;
  /** Today's data/; null: not in data/. */
  data: EntryFields | null;
  /** The live base; null: not in the base (never made, or deleted). */
  live: EntryFields | null;
}

/** What the base does with an entry; the baseline then records today's data/ unless the entry is left in conflict. */
export type MergeAction =
  /** Nothing changed anywhere. */
  | 'unchanged'
  /** Only the base changed: kept. */
  | 'keep-base'
  /** Both sides made the same change, or the entry is only in the base (made in the app): nothing to write. */
  | 'same'
  /** Only data/ changed: applied to the base. */
  | 'create'
  | 'update'
  | 'delete'
  /** Both sides changed differently: nothing changes until `--take data` or `--keep base`. */
  | 'conflict';

/** One field on which the two sides of a conflict differ; `undefined` where that side has no entry. */
export interface FieldDifference {
  field: string;
  data: unknown;
  base: unknown;
  /** As last loaded; undefined when unknown (not loaded before, or the entry is missing there). */
  loaded: unknown;
}

export type Settlement = 'take-data' | 'keep-base';

/** Canonical JSON: object keys sorted at every depth, so equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The three-way decision for one entry. */
export function mergeAction(entry: MergeEntry): MergeAction {
  const data = entry.data && canonicalJson(entry.data);
  const live = entry.live && canonicalJson(entry.live);
  const { baseline } = entry;
  if (baseline === null) {
    if (data === null) return 'same';
    if (live === null) return 'create';
    return data === live ? 'same' : 'conflict';
  }
  const dataChanged = data !== baseline;
  const baseChanged = live !== baseline;
  if (!dataChanged) return baseChanged ? 'keep-base' : 'unchanged';
  if (!baseChanged) return data === null ? 'delete' : 'update';
  return data === live ? 'same' : 'conflict';
}

/** What settling a conflict does: take data/ (create, update or delete) or keep the base as it is. */
export function settledAction(entry: MergeEntry, settlement: Settlement): MergeAction {
  if (settlement === 'keep-base') return 'keep-base';
  if (entry.data === null) return 'delete';
  return entry.live === null ? 'create' : 'update';
}

/** The fields on which data/ and the base differ, each with both values (and the one last loaded, when known). */
export function differences(entry: MergeEntry): FieldDifference[] {
  const loaded = entry.baseline === null ? null : (JSON.parse(entry.baseline) as EntryFields | null);
  if (entry.data === null || entry.live === null) {
    return [
      {
        field: '(entry)',
        data: entry.data === null ? 'deleted' : 'present',
        base: entry.live === null ? 'deleted' : 'present',
        loaded: loaded === null ? undefined : 'present',
      },
    ];
  }
  const fields = [...new Set([...Object.keys(entry.data), ...Object.keys(entry.live)])].sort();
  return fields
    .filter((field) => canonicalJson(entry.data![field]) !== canonicalJson(entry.live![field]))
    .map((field) => ({ field, data: entry.data![field], base: entry.live![field], loaded: loaded?.[field] }));
}

/** How much of a value a conflict line shows: enough to recognise it, short enough for a terminal line. */
const SHOWN_CHARACTERS = 160;

function shown(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS - 1)}…` : text;
}

/** One line per differing field: file, line, entry, field, data/'s value, the base's (and the one last loaded). */
export function describeConflict(conflict: {
  kind: EntryKind;
  entry: string;
  file: string;
  line: number;
  fields: readonly FieldDifference[];
}): string[] {
  return conflict.fields.map(
    (f) =>
      `${conflict.file}:${conflict.line} [${conflict.entry}] ${f.field}: data/ ${shown(f.data)} | base ${shown(f.base)}` +
      (f.loaded === undefined ? '' : ` (last loaded ${shown(f.loaded)})`),
  );
}
