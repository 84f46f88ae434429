import { basisMismatch, CurationError, selectedQuote, slugFor } from '../domain/curation.js';
import { reanchor, type AnchorState } from '../domain/reanchoring.js';
import type { Grade, Grading, Quote } from '../domain/types.js';
import { refreshConsensus } from './consensus-cache.js';
import type { Neo4jClient, TransactionRunner } from './neo4j-client.js';
import { revision, writeRevisions, type Change, type RevisionEntry } from './revision-log.js';

/** An assertion as a curator makes it: a passage chosen by offsets, and its grading. */
export interface NewAssertion extends Grading {
  sourceId: string;
  claimSlug: string;
  start: number;
  end: number;
}

export type AssertionChanges = Partial<Grading>;

export interface NewSource {
  title: string;
  kind: string;
  text: string;
  contentHash: string;
  publisher: string | null;
  authors: string[];
  url: string | null;
  publishedAt: string | null;
  language: string;
}

const EDITABLE = ['stance', 'grade', 'basis', 'rationale', 'hedged', 'cited', 'attribution'] as const;

export const SOURCE_TEXT = `MATCH (s:Source {id: $id}) RETURN s.text AS text`;
export const CLAIM_EXISTS = `MATCH (c:Claim {slug: $slug}) RETURN c.slug AS slug`;
export const SAME_PASSAGE_ASSERTION = `
MATCH (:Source {id: $sourceId})-[:HAS_ASSERTION]->(a:Assertion {start: $start, end: $end})-[:ABOUT]->(:Claim {slug: $claimSlug})
RETURN a.id AS id LIMIT 1`;
export const IDS_WITH_PREFIX = `
CALL () {
  MATCH (n:Assertion) WHERE n.id STARTS WITH $prefix RETURN n.id AS id
  UNION MATCH (n:Claim) WHERE n.slug STARTS WITH $prefix RETURN n.slug AS id
  UNION MATCH (n:Source) WHERE n.id STARTS WITH $prefix RETURN n.id AS id
}
RETURN id`;
export const SOURCE_WITH_HASH = `MATCH (s:Source {contentHash: $hash}) RETURN s.id AS id`;

export const CREATE_SOURCE = `
CREATE (s:Source {id: $id}) SET s += $props, s.commercialInterest = false, s.createdAt = datetime()
RETURN s.id AS id`;

export const CREATE_CLAIM = `
CREATE (c:Claim {slug: $slug, statement: $statement, topics: $topics, createdAt: datetime()})
FOREACH (name IN $topics | MERGE (t:Topic {name: name}) MERGE (c)-[:IN_TOPIC]->(t))
RETURN c.slug AS slug`;

export const CREATE_ASSERTION = `
MATCH (s:Source {id: $sourceId}), (c:Claim {slug: $claimSlug})
CREATE (s)-[:HAS_ASSERTION]->(a:Assertion {id: $id})-[:ABOUT]->(c)
SET a += $props, a.version = 1, a.anchorState = 'ANCHORED', a.createdAt = datetime()
FOREACH (name IN CASE WHEN $props.attribution IS NULL THEN [] ELSE [$props.attribution] END |
  MERGE (p:Person {name: name}) MERGE (a)-[:ATTRIBUTED_TO]->(p))
RETURN a.id AS id`;

/** Setting a property takes the node's write lock, so the version read after it is the committed one. */
export const LOCK_ASSERTION = `
MATCH (a:Assertion {id: $id})
SET a.lockedAt = datetime()
RETURN a { .version, .stance, .grade, .basis, .rationale, .hedged, .cited, .attribution, .exact, .start, .end } AS current`;

export const UPDATE_ASSERTION = `
MATCH (a:Assertion {id: $id})
SET a += $changes, a.version = a.version + 1
REMOVE a.lockedAt
WITH a
CALL (a) { MATCH (a)-[old:ATTRIBUTED_TO]->() DELETE old }
FOREACH (name IN CASE WHEN a.attribution IS NULL THEN [] ELSE [a.attribution] END |
  MERGE (p:Person {name: name}) MERGE (a)-[:ATTRIBUTED_TO]->(p))
RETURN a.version AS version, [(a)-[:ABOUT]->(c:Claim) | c.slug][0] AS claimSlug,
  [(s:Source)-[:HAS_ASSERTION]->(a) | s.id][0] AS sourceId`;

export const DELETE_ASSERTION = `
MATCH (s:Source)-[:HAS_ASSERTION]->(a:Assertion {id: $id})-[:ABOUT]->(c:Claim)
WITH a, c.slug AS claimSlug, s.id AS sourceId
DETACH DELETE a
RETURN claimSlug, sourceId`;

export const LINK_CONFLICT = `
MATCH (a:Claim {slug: $a}), (b:Claim {slug: $b})
MERGE (a)-[:CONFLICTS_WITH]->(b)`;

export const LOCK_SOURCE = `
MATCH (s:Source {id: $id})
SET s.lockedAt = datetime()
RETURN s.text AS text, s.contentHash AS contentHash, coalesce(s.textVersion, 1) AS textVersion,
  [(s)-[:HAS_ASSERTION]->(a:Assertion)-[:ABOUT]->(c:Claim) | a { .id, .exact, .start, .end, .prefix, .suffix, .anchorState, claimSlug: c.slug }] AS assertions`;

export const REPLACE_SOURCE_TEXT = `
MATCH (s:Source {id: $id})
CREATE (s)-[:PREVIOUS_VERSION]->(:SourceVersion {sourceId: $id, textVersion: $oldVersion, text: s.text,
  contentHash: s.contentHash, replacedAt: datetime()})
SET s.text = $text, s.contentHash = $contentHash, s.textVersion = $oldVersion + 1
REMOVE s.lockedAt`;

export const REANCHOR_ASSERTIONS = `
UNWIND $rows AS row
MATCH (a:Assertion {id: row.id})
SET a += row.quote, a.anchorState = row.state, a.version = a.version + 1`;

export class CurationRepository {
  constructor(private readonly client: Neo4jClient) {}

  async createSource(source: NewSource, change: Change): Promise<string> {
    return this.client.writeTransaction(async (run) => {
      const same = await run<{ id: string }>(SOURCE_WITH_HASH, { hash: source.contentHash });
      if (same[0]) throw new CurationError('INVALID', `this text is already the source "${same[0].id}"`, 'text');
      return insertSource(run, source, change);
    });
  }

  async createClaim(statement: string, topics: string[], change: Change): Promise<string> {
    return this.client.writeTransaction((run) => insertClaim(run, statement, topics, change));
  }

  async createAssertion(input: NewAssertion, change: Change): Promise<string> {
    return this.client.writeTransaction((run) => insertAssertion(run, input, change, `curator:${change.actor}`));
  }

  /** Applies the changes only if the assertion is still at `expectedVersion`; returns the new version. */
  async updateAssertion(
    id: string,
    expectedVersion: number,
    changes: AssertionChanges,
    change: Change,
  ): Promise<number> {
    return this.client.writeTransaction(async (run) => {
      const current = await lockedAssertion(run, id, expectedVersion);
      const after = { ...current, ...changes };
      const mismatch = basisMismatch(after.grade as Grade, after.basis as string);
      if (mismatch) throw new CurationError('INVALID', mismatch, 'basis');
      const [row] = await run<{ version: number; claimSlug: string; sourceId: string }>(UPDATE_ASSERTION, {
        id,
        changes: { ...changes, gradedBy: `curator:${change.actor}` },
      });
      await refreshConsensus(run, [row!.claimSlug], change);
      await revision(run, 'Assertion', id, 'update', change, pick(current), pick(after), {
        claimSlug: row!.claimSlug,
        sourceId: row!.sourceId,
      });
      return row!.version;
    });
  }

  /** Removes the assertion; its last state stays in its revision, so nothing is lost. */
  async deleteAssertion(id: string, expectedVersion: number, change: Change): Promise<void> {
    await this.client.writeTransaction(async (run) => {
      const current = await lockedAssertion(run, id, expectedVersion);
      const [deleted] = await run<{ claimSlug: string; sourceId: string }>(DELETE_ASSERTION, { id });
      await refreshConsensus(run, [deleted!.claimSlug], change);
      await revision(
        run,
        'Assertion',
        id,
        'delete',
        change,
        { ...current, sourceId: deleted!.sourceId, claimSlug: deleted!.claimSlug },
        null,
        deleted!,
      );
    });
  }

  /**
   * Replaces a source's text, keeping the old one as a SourceVersion, and re-anchors every
   * assertion on it: ANCHORED, MOVED (new selectors) or ORPHANED (old selectors kept).
   */
  async reviseSourceText(
    id: string,
    text: string,
    contentHash: string,
    change: Change,
  ): Promise<Record<AnchorState, number>> {
    return this.client.writeTransaction(async (run) => {
      const [source] = await run<{
        text: string;
        contentHash: string;
        textVersion: number;
        assertions: (Quote & { id: string; anchorState: string; claimSlug: string })[];
      }>(LOCK_SOURCE, { id });
      if (!source) throw new CurationError('NOT_FOUND', `no source "${id}"`, 'sourceId');
      if (source.contentHash === contentHash)
        throw new CurationError('INVALID', 'the new text is the same as the current one', 'text');
      await run(REPLACE_SOURCE_TEXT, { id, text, contentHash, oldVersion: source.textVersion });
      const tally: Record<AnchorState, number> = { ANCHORED: 0, MOVED: 0, ORPHANED: 0 };
      const changed = source.assertions.flatMap(({ id: assertionId, anchorState, claimSlug, ...stored }) => {
        const { state, quote } = reanchor(text, stored);
        tally[state] += 1;
        const same =
          state === anchorState && (Object.keys(quote) as (keyof Quote)[]).every((k) => quote[k] === stored[k]);
        return same
          ? []
          : [
              {
                id: assertionId,
                claimSlug,
                state,
                quote,
                before: { anchorState, ...stored },
                after: { anchorState: state, ...quote },
              },
            ];
      });
      await run(REANCHOR_ASSERTIONS, {
        rows: changed.map(({ id: rowId, state, quote }) => ({ id: rowId, state, quote })),
      });
      const revisions: RevisionEntry[] = [
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
          after: row.after,
          claimSlug: row.claimSlug,
          sourceId: id,
        })),
      ];
      await writeRevisions(run, revisions, change);
      return tally;
    });
  }

  async linkConflict(a: string, b: string, change: Change): Promise<void> {
    if (a === b) throw new CurationError('INVALID', 'a claim cannot conflict with itself', 'b');
    await this.client.writeTransaction(async (run) => {
      for (const [slug, field] of [
        [a, 'a'],
        [b, 'b'],
      ] as const) {
        if ((await run(CLAIM_EXISTS, { slug })).length === 0)
          throw new CurationError('NOT_FOUND', `no claim "${slug}"`, field);
      }
      const [first, second] = [a, b].sort();
      await run(LINK_CONFLICT, { a: first, b: second });
      await revision(run, 'Claim', a, 'link_conflict', change, null, { conflictsWith: b }, { claimSlug: a });
      await revision(run, 'Claim', b, 'link_conflict', change, null, { conflictsWith: a }, { claimSlug: b });
    });
  }
}

/** A new source with an id from its title, in the caller's transaction. */
export async function insertSource(run: TransactionRunner, source: NewSource, change: Change): Promise<string> {
  const id = await freeKey(run, slugFor(source.title) || 'source');
  await run(CREATE_SOURCE, { id, props: source });
  await revision(run, 'Source', id, 'create', change, null, {
    title: source.title,
    kind: source.kind,
    contentHash: source.contentHash,
  });
  return id;
}

/** A new claim with a slug of its own, in the caller's transaction. */
export async function insertClaim(
  run: TransactionRunner,
  statement: string,
  topics: string[],
  change: Change,
): Promise<string> {
  const slug = await freeKey(run, slugFor(statement));
  await run(CREATE_CLAIM, { slug, statement, topics });
  await refreshConsensus(run, [slug], change);
  await revision(run, 'Claim', slug, 'create', change, null, { statement, topics }, { claimSlug: slug });
  return slug;
}

/** A new assertion on a passage chosen by offsets, in the caller's transaction. */
export async function insertAssertion(
  run: TransactionRunner,
  input: NewAssertion,
  change: Change,
  gradedBy: string,
): Promise<string> {
  const mismatch = basisMismatch(input.grade, input.basis);
  if (mismatch) throw new CurationError('INVALID', mismatch, 'basis');
  const [source] = await run<{ text: string }>(SOURCE_TEXT, { id: input.sourceId });
  if (!source) throw new CurationError('NOT_FOUND', `no source "${input.sourceId}"`, 'sourceId');
  if ((await run(CLAIM_EXISTS, { slug: input.claimSlug })).length === 0) {
    throw new CurationError('NOT_FOUND', `no claim "${input.claimSlug}"`, 'claimId');
  }
  const quote = selectedQuote(source.text, input.start, input.end);
  const [same] = await run<{ id: string }>(SAME_PASSAGE_ASSERTION, {
    sourceId: input.sourceId,
    claimSlug: input.claimSlug,
    start: quote.start,
    end: quote.end,
  });
  if (same)
    throw new CurationError(
      'INVALID',
      `source "${input.sourceId}" already asserts claim "${input.claimSlug}" with this passage (assertion "${same.id}")`,
      'claimId',
    );
  const id = await freeKey(run, `${input.sourceId}--${input.claimSlug}`);
  const props = {
    stance: input.stance,
    grade: input.grade,
    basis: input.basis,
    rationale: input.rationale,
    hedged: input.hedged,
    cited: input.cited,
    attribution: input.attribution,
    gradedBy,
    ...quote,
  };
  await run(CREATE_ASSERTION, { id, sourceId: input.sourceId, claimSlug: input.claimSlug, props });
  await refreshConsensus(run, [input.claimSlug], change);
  await revision(
    run,
    'Assertion',
    id,
    'create',
    change,
    null,
    { ...props, sourceId: input.sourceId, claimSlug: input.claimSlug },
    { claimSlug: input.claimSlug, sourceId: input.sourceId },
  );
  return id;
}

async function lockedAssertion(
  run: TransactionRunner,
  id: string,
  expectedVersion: number,
): Promise<Record<string, unknown>> {
  const [row] = await run<{ current: Record<string, unknown> & { version: number } }>(LOCK_ASSERTION, { id });
  if (!row) throw new CurationError('NOT_FOUND', `no assertion "${id}"`, 'id');
  if (row.current.version !== expectedVersion) {
    throw new CurationError(
      'CONFLICT',
      `assertion "${id}" is at version ${row.current.version}, not ${expectedVersion}: reload it and apply your change again`,
      'expectedVersion',
    );
  }
  return row.current;
}

function pick(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(EDITABLE.map((key) => [key, values[key] ?? null]));
}

/** `base`, or `base-2`, `base-3`, … : the first key no source, claim or assertion holds. */
export async function freeKey(run: TransactionRunner, base: string): Promise<string> {
  const taken = new Set((await run<{ id: string }>(IDS_WITH_PREFIX, { prefix: base })).map((r) => r.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
