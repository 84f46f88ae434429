import type { LockedAssertion } from '../db/assertion.repository.js';
import type { Database, Repositories } from '../db/repositories.js';
import { sha256 } from '../corpus/corpus-reader.js';
import {
  basisMismatch,
  type Change,
  CurationError,
  requireLanguage,
  requireSourceKind,
  requireText,
  requireTopics,
  requireUrl,
} from '../domain/curation.js';
import { reanchor, type AnchorState } from '../domain/reanchoring.js';
import type { Grading, Quote } from '../domain/types.js';
import type { AssistantIndex } from './assistant-index.service.js';
import { refreshConsensus } from './consensus-refresh.js';
import { insertAssertion, insertClaim, insertSource, type NewAssertion, type NewSource } from './curation-steps.js';

/** The fields of an assertion a curator edits; its quote changes only with its source's text. */
const EDITABLE = ['stance', 'grade', 'basis', 'rationale', 'hedged', 'cited', 'attribution'] as const;

export type AssertionChanges = Partial<Grading>;

/** A source as a curator gives it: free text fields still to check. */
export type SourceInput = Omit<NewSource, 'contentHash'>;

const rationaleOf = (value: string) => requireText(value, 'rationale', { min: 10, max: 400 });

/**
 * What curators do to the base: make sources, claims and assertions, edit and delete assertions,
 * revise a source's text, link conflicting claims. Each change is checked, then written with its
 * revision (who, when, why, before and after) in one transaction.
 */
export class CurationService {
  constructor(
    private readonly database: Database,
    /** The process's kept assistant index, told of each write that changes what it knows (none for a one-off command). */
    private readonly assistantIndex: Pick<AssistantIndex, 'changed'> | null = null,
  ) {}

  async createSource(input: SourceInput, change: Change): Promise<string> {
    if (input.publishedAt && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(input.publishedAt)) {
      throw new CurationError('INVALID', 'publishedAt must be YYYY, YYYY-MM or YYYY-MM-DD', 'publishedAt');
    }
    if (input.text.trim() === '') throw new CurationError('INVALID', 'text is empty', 'text');
    const source: NewSource = {
      ...input,
      title: requireText(input.title, 'title', { max: 500 }),
      kind: requireSourceKind(input.kind),
      language: requireLanguage(input.language),
      url: requireUrl(input.url),
      contentHash: sha256(input.text),
    };
    return this.database.transaction(async (tx) => {
      const same = await tx.sources.idWithContentHash(source.contentHash);
      if (same) throw new CurationError('INVALID', `this text is already the source "${same}"`, 'text');
      return insertSource(tx, source, change);
    });
  }

  async createClaim(statement: string, topics: readonly string[], change: Change): Promise<string> {
    const checked = requireText(statement, 'statement', { min: 10, max: 300 });
    const checkedTopics = requireTopics(topics);
    const slug = await this.database.transaction((tx) => insertClaim(tx, checked, checkedTopics, change));
    this.assistantIndex?.changed([slug]);
    return slug;
  }

  async createAssertion(input: NewAssertion, change: Change): Promise<string> {
    const checked = { ...input, rationale: rationaleOf(input.rationale) };
    const id = await this.database.transaction((tx) => insertAssertion(tx, checked, change, `curator:${change.actor}`));
    this.assistantIndex?.changed([input.claimSlug]);
    return id;
  }

  /** Applies the changes only if the assertion is still at `expectedVersion`; returns the new version. */
  async updateAssertion(
    id: string,
    expectedVersion: number,
    changes: AssertionChanges,
    change: Change,
  ): Promise<number> {
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    if (given.rationale !== undefined) given.rationale = rationaleOf(given.rationale as string);
    if (Object.keys(given).length === 0) throw new CurationError('INVALID', 'nothing to change', 'id');
    return this.database.transaction(async (tx) => {
      const current = await lockedAssertion(tx, id, expectedVersion);
      const after = { ...current, ...given };
      const mismatch = basisMismatch(after.grade, after.basis);
      if (mismatch) throw new CurationError('INVALID', mismatch, 'basis');
      const { version, claimSlug, sourceId } = await tx.assertions.update(id, {
        ...given,
        gradedBy: `curator:${change.actor}`,
      });
      await refreshConsensus(tx, [claimSlug], change);
      await tx.revisions.record(
        [
          {
            targetType: 'Assertion',
            targetId: id,
            action: 'update',
            before: editable(current),
            after: editable(after),
            claimSlug,
            sourceId,
          },
        ],
        change,
      );
      return version;
    });
  }

  /** Removes the assertion; its last state stays in its revision, so nothing is lost. */
  async deleteAssertion(id: string, expectedVersion: number, change: Change): Promise<void> {
    const claimSlug = await this.database.transaction(async (tx) => {
      const current = await lockedAssertion(tx, id, expectedVersion);
      const deleted = (await tx.assertions.delete(id))!;
      await refreshConsensus(tx, [deleted.claimSlug], change);
      await tx.revisions.record(
        [
          {
            targetType: 'Assertion',
            targetId: id,
            action: 'delete',
            before: { ...current, ...deleted },
            after: null,
            ...deleted,
          },
        ],
        change,
      );
      return deleted.claimSlug;
    });
    this.assistantIndex?.changed([claimSlug]);
  }

  /**
   * Replaces a source's text, keeping the old one as a SourceVersion, and re-anchors every
   * assertion on it: ANCHORED, MOVED (new selectors) or ORPHANED (old selectors kept).
   */
  async reviseSourceText(id: string, text: string, change: Change): Promise<Record<AnchorState, number>> {
    if (text.trim() === '') throw new CurationError('INVALID', 'text is empty', 'text');
    const contentHash = sha256(text);
    const { tally, claimSlugs } = await this.database.transaction(async (tx) => {
      const source = await tx.sources.lock(id);
      if (!source) throw new CurationError('NOT_FOUND', `no source "${id}"`, 'sourceId');
      if (source.contentHash === contentHash)
        throw new CurationError('INVALID', 'the new text is the same as the current one', 'text');
      await tx.sources.replaceText(id, text, contentHash, source.textVersion);
      const tally: Record<AnchorState, number> = { ANCHORED: 0, MOVED: 0, ORPHANED: 0 };
      const changed = source.assertions.flatMap(({ id: assertionId, anchorState, claimSlug, ...stored }) => {
        const { state, quote } = reanchor(text, stored);
        tally[state] += 1;
        const same =
          state === anchorState && (Object.keys(quote) as (keyof Quote)[]).every((k) => quote[k] === stored[k]);
        return same ? [] : [{ id: assertionId, claimSlug, state, quote, before: { anchorState, ...stored } }];
      });
      await tx.assertions.reanchor(changed.map(({ id: rowId, state, quote }) => ({ id: rowId, state, quote })));
      // A claim's passages are paged by their position in the text.
      await refreshConsensus(
        tx,
        changed.map((row) => row.claimSlug),
        change,
      );
      await tx.revisions.record(
        [
          {
            targetType: 'Source',
            targetId: id,
            action: 'revise_text',
            before: { contentHash: source.contentHash, textVersion: source.textVersion },
            after: { contentHash, textVersion: source.textVersion + 1, ...tally },
          },
          ...changed.map((row) => ({
            targetType: 'Assertion',
            targetId: row.id,
            action: 'reanchor',
            before: row.before,
            after: { anchorState: row.state, ...row.quote },
            claimSlug: row.claimSlug,
            sourceId: id,
          })),
        ],
        change,
      );
      return { tally, claimSlugs: changed.map((row) => row.claimSlug) };
    });
    this.assistantIndex?.changed(claimSlugs);
    return tally;
  }

  async linkConflict(a: string, b: string, change: Change): Promise<void> {
    if (a === b) throw new CurationError('INVALID', 'a claim cannot conflict with itself', 'b');
    await this.database.transaction(async (tx) => {
      for (const [slug, field] of [
        [a, 'a'],
        [b, 'b'],
      ] as const) {
        if (!(await tx.claims.exists(slug))) throw new CurationError('NOT_FOUND', `no claim "${slug}"`, field);
      }
      await tx.claims.linkConflict(a, b);
      await tx.revisions.record(
        [
          {
            targetType: 'Claim',
            targetId: a,
            action: 'link_conflict',
            before: null,
            after: { conflictsWith: b },
            claimSlug: a,
          },
          {
            targetType: 'Claim',
            targetId: b,
            action: 'link_conflict',
            before: null,
            after: { conflictsWith: a },
            claimSlug: b,
          },
        ],
        change,
      );
    });
  }
}

async function lockedAssertion(tx: Repositories, id: string, expectedVersion: number): Promise<LockedAssertion> {
  const current = await tx.assertions.lock(id);
  if (!current) throw new CurationError('NOT_FOUND', `no assertion "${id}"`, 'id');
  if (current.version !== expectedVersion) {
    throw new CurationError(
      'CONFLICT',
      `assertion "${id}" is at version ${current.version}, not ${expectedVersion}: reload it and apply your change again`,
      'expectedVersion',
    );
  }
  return current;
}

function editable(values: Partial<Grading>): Record<string, unknown> {
  return Object.fromEntries(EDITABLE.map((key) => [key, values[key] ?? null]));
}
