import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  describeConflict,
  differences,
  mergeAction,
  settledAction,
  type EntryFields,
  type MergeEntry,
} from '../../server/src/domain/corpus-merge.js';

/**
 * The three-way decision a load makes for each source, claim, claim link and assertion: the data/
 * last loaded (the baseline), today's data/ and the live base.
 */

const loaded: EntryFields = { rationale: 'As loaded.', hedged: true };
const entry = (
  data: EntryFields | null,
  live: EntryFields | null,
  baseline: EntryFields | null = loaded,
): MergeEntry => ({
  kind: 'Assertion',
  key: 'faq--claim',
  baseline: baseline && canonicalJson(baseline),
  data,
  live,
});
const dataEdit = { rationale: 'Corrected in data/.', hedged: true };
const baseEdit = { rationale: 'Edited in the app.', hedged: true };

describe('the three-way merge of one entry', () => {
  it('takes a change made on one side only', () => {
    expect(mergeAction(entry(dataEdit, loaded))).toBe('update');
    expect(mergeAction(entry(null, loaded))).toBe('delete');
    expect(mergeAction(entry(loaded, baseEdit))).toBe('keep-base');
    expect(mergeAction(entry(loaded, null))).toBe('keep-base');
    expect(mergeAction(entry(loaded, loaded))).toBe('unchanged');
  });

  it('never resurrects an entry the base deleted, nor overwrites one it edited, while data/ is unchanged', () => {
    expect(mergeAction(entry({ hedged: true, rationale: 'As loaded.' }, null))).toBe('keep-base');
    expect(mergeAction(entry({ hedged: true, rationale: 'As loaded.' }, baseEdit))).toBe('keep-base');
  });

  it('calls a change on both sides, or a change on one and a deletion on the other, a conflict', () => {
    expect(mergeAction(entry(dataEdit, baseEdit))).toBe('conflict');
    expect(mergeAction(entry(dataEdit, null))).toBe('conflict');
    expect(mergeAction(entry(null, baseEdit))).toBe('conflict');
  });

  it('needs nothing when both sides made the same change', () => {
    expect(mergeAction(entry(dataEdit, { ...dataEdit }))).toBe('same');
    expect(mergeAction(entry(null, null))).toBe('same');
  });

  it('creates what data/ brings new, and leaves what only the app made', () => {
    expect(mergeAction(entry(dataEdit, null, null))).toBe('create');
    expect(mergeAction(entry(null, baseEdit, null))).toBe('same');
    expect(mergeAction(entry(dataEdit, baseEdit, null))).toBe('conflict');
  });

  it('settles a conflict by taking data/ (update, bring back or delete) or keeping the base', () => {
    expect(settledAction(entry(dataEdit, baseEdit), 'take-data')).toBe('update');
    expect(settledAction(entry(dataEdit, null), 'take-data')).toBe('create');
    expect(settledAction(entry(null, baseEdit), 'take-data')).toBe('delete');
    expect(settledAction(entry(dataEdit, baseEdit), 'keep-base')).toBe('keep-base');
  });

  it('names each differing field with both values and the one last loaded', () => {
    const conflict = entry(dataEdit, { ...baseEdit, hedged: true });
    expect(differences(conflict)).toEqual([
      { field: 'rationale', data: 'Corrected in data/.', base: 'Edited in the app.', loaded: 'As loaded.' },
    ]);
    expect(
      describeConflict({
        kind: 'Assertion',
        entry: 'faq--claim',
        file: 'data/assertions/faq.json',
        line: 12,
        fields: differences(conflict),
      }),
    ).toEqual([
      'data/assertions/faq.json:12 [faq--claim] rationale: data/ "Corrected in data/." | base "Edited in the app." (last loaded "As loaded.")',
    ]);
    expect(differences(entry(dataEdit, null))).toEqual([
      { field: '(entry)', data: 'present', base: 'deleted', loaded: 'present' },
    ]);
  });
});
