import type { StancedAssertion } from '../domain/comparison.js';
import { STANCES, type Grading, type Quote, type Stance } from '../domain/types.js';
import { groupBy, inKeyOrder } from './key-order.js';
import { cypherInt, type CypherRunner } from './neo4j-client.js';
import {
  assertionProjection,
  claimProjection,
  sourceProjection,
  type AssertionRow,
  type ClaimRow,
  type NamedRowShape,
  type SourceRow,
} from './projections.js';

const ASSERTION_PROJECTION = assertionProjection('a', 's', 'c');
/** What places an assertion in a claims × sources matrix, and no more. */
const PLACING_PROJECTION = `a { .id, .stance, .grade, .claimSlug, sourceId: s.id }`;

export const ASSERTIONS_BY_IDS = `
UNWIND $ids AS id
MATCH (s:Source)-[:HAS_ASSERTION]->(a:Assertion {id: id})-[:ABOUT]->(c:Claim)
RETURN ${ASSERTION_PROJECTION} AS assertion`;

export const ASSERTIONS_BY_CLAIMS = `
UNWIND $slugs AS slug
MATCH (s:Source)-[:HAS_ASSERTION]->(a:Assertion)-[:ABOUT]->(c:Claim {slug: slug})
RETURN ${ASSERTION_PROJECTION} AS assertion
ORDER BY c.slug, s.id, a.start`;

export const ASSERTIONS_BY_SOURCES = `
UNWIND $ids AS id
MATCH (s:Source {id: id})-[:HAS_ASSERTION]->(a:Assertion)-[:ABOUT]->(c:Claim)
RETURN ${ASSERTION_PROJECTION} AS assertion
ORDER BY s.id, a.start, a.end`;

/** What the agreement matrix reads besides the assertions of its pairs. */
export interface MatrixPlan {
  /**
   * The rows of the matrix's claims (every claim the sources address when no claims are chosen) and
   * of its sources; named: a claim's slug and statement, a source's id and title.
   */
  claims: NamedRowShape;
  sources: NamedRowShape;
  /**
   * Whole assertion rows, for a query that shows the assertions behind a cell; otherwise only what
   * places a cell (id, stance, grade, source, claim): quotes and rationales are most of the bytes a
   * matrix statement returns, and decoding them most of the app's CPU on a matrix page.
   */
  withAssertionRows: boolean;
}

export type NamedClaim = Pick<ClaimRow, 'slug' | 'statement'>;
export type NamedSource = Pick<SourceRow, 'id' | 'title'>;

export interface MatrixRows {
  sourceIds: string[];
  /** Whole rows (AssertionRow) when the plan asked for them. */
  assertions: StancedAssertion[];
  /** Whole rows, when the plan asked for them; else named ones, when it asked for those. */
  claims: ClaimRow[];
  namedClaims: NamedClaim[];
  sources: SourceRow[];
  namedSources: NamedSource[];
  /** Chosen claim slugs and source ids that name nothing in the base. */
  unknownClaims: string[];
  unknownSources: string[];
}

const namedClaimProjection = (c: string) => `${c} { .slug, .statement }`;
const namedSourceProjection = (s: string) => `${s} { .id, .title }`;

/**
 * The agreement matrix in one statement: the chosen sources (else the first $sourceLimit by id),
 * their assertions about the chosen claims (else about any), and as asked the rows of those
 * sources and claims. An assertion names its claim by the claimSlug refreshConsensus keeps on it
 * (one property read where following ABOUT costs four db hits); whole assertion rows follow ABOUT.
 */
export function matrixQuery(chosenSources: boolean, chosenClaims: boolean, plan: MatrixPlan): string {
  const claimRow = plan.claims === 'named' ? namedClaimProjection('c') : claimProjection('c');
  const claims =
    plan.claims === 'none'
      ? '[] AS claims'
      : chosenClaims
        ? `COLLECT { UNWIND $claimSlugs AS slug MATCH (c:Claim {slug: slug}) RETURN ${claimRow} } AS claims`
        : `COLLECT { UNWIND claimLists AS claimsOfSource UNWIND claimsOfSource AS slug WITH DISTINCT slug
    MATCH (c:Claim {slug: slug}) RETURN ${claimRow} } AS claims`;
  const sources =
    plan.sources === 'none'
      ? '[]'
      : `collect(${plan.sources === 'named' ? namedSourceProjection('s') : sourceProjection('s', false)})`;
  return `
${chosenSources ? 'UNWIND $sourceIds AS id MATCH (s:Source {id: id})' : 'MATCH (s:Source) WHERE s.id IS NOT NULL WITH s ORDER BY s.id LIMIT $sourceLimit'}
CALL (s) {
  MATCH (s)-[:HAS_ASSERTION]->(a:Assertion)${chosenClaims ? '\n  WHERE a.claimSlug IN $claimSlugs' : ''}${plan.withAssertionRows ? '\n  MATCH (a)-[:ABOUT]->(c:Claim)' : ''}
  WITH a, s${plan.withAssertionRows ? ', c' : ''} ORDER BY a.start
  RETURN collect(${plan.withAssertionRows ? ASSERTION_PROJECTION : PLACING_PROJECTION}) AS assertions, ${chosenClaims ? '[]' : 'collect(DISTINCT a.claimSlug)'} AS claimsOfSource
}
WITH collect(s.id) AS sourceIds, collect(assertions) AS assertionLists, collect(claimsOfSource) AS claimLists,
  ${sources} AS sources
CALL (claimLists) {
  RETURN ${claims}
}
RETURN sourceIds, assertionLists, sources, claims,
  ${chosenClaims ? 'COLLECT { UNWIND $claimSlugs AS slug WITH slug WHERE NOT EXISTS { (:Claim {slug: slug}) } RETURN slug }' : '[]'} AS unknownClaims,
  ${chosenSources ? 'COLLECT { UNWIND $sourceIds AS id WITH id WHERE NOT EXISTS { (:Source {id: id}) } RETURN id }' : '[]'} AS unknownSources`;
}

/**
 * A claim's assertions of one stance, a page after a pageKey: strongest grade first, then source,
 * then text order. refreshConsensus stores claimSlug and pageKey on each assertion so that the
 * (claimSlug, stance, pageKey) index gives the page without reading the claim's other assertions.
 */
export const ASSERTIONS_OF_CLAIM_WITH_STANCE = `
UNWIND $requests AS request
CALL (request) {
  MATCH (a:Assertion)
  WHERE a.claimSlug = request.slug AND a.stance = request.stance AND a.pageKey > request.after
  WITH a ORDER BY a.claimSlug, a.stance, a.pageKey LIMIT $limit
  MATCH (s:Source)-[:HAS_ASSERTION]->(a)-[:ABOUT]->(c:Claim)
  RETURN ${ASSERTION_PROJECTION} AS assertion, a.pageKey AS pageKey
}
RETURN request.key AS key, assertion, pageKey
ORDER BY key, pageKey`;

export interface AssertionPageRequest {
  slug: string;
  stance: Stance;
  after: string;
}

export const COUNT_OF_CLAIM_WITH_STANCE = `
MATCH (c:Claim {slug: $slug})
RETURN coalesce(c.assertionCounts[$stanceIndex], COUNT { (c)<-[:ABOUT]-(:Assertion {stance: $stance}) }) AS count`;

export const SAME_PASSAGE_ASSERTION = `
MATCH (:Source {id: $sourceId})-[:HAS_ASSERTION]->(a:Assertion {start: $start, end: $end})-[:ABOUT]->(:Claim {slug: $claimSlug})
RETURN a.id AS id LIMIT 1`;

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

export const REANCHOR_ASSERTIONS = `
UNWIND $rows AS row
MATCH (a:Assertion {id: row.id})
SET a += row.quote, a.anchorState = row.state, a.version = a.version + 1`;

/** What an assertion is stored with: its grading, its quote, and who graded it. */
export type NewAssertionProps = Grading & Quote & { gradedBy: string; page: number | null };

/** The fields of an assertion a curator may change, with its version and passage, as locked for a change. */
export type LockedAssertion = Grading & { version: number; exact: string; start: number; end: number };

export class AssertionRepository {
  constructor(private readonly client: CypherRunner) {}

  async getByIds(ids: readonly string[]): Promise<(AssertionRow | null)[]> {
    const rows = await this.client.read<{ assertion: AssertionRow }>(ASSERTIONS_BY_IDS, { ids });
    return inKeyOrder(
      ids,
      rows.map((r) => r.assertion),
      (a) => a.id,
    );
  }

  /** One list per claim slug, in key order: each claim's assertions by source, then text order. */
  async byClaims(slugs: readonly string[]): Promise<AssertionRow[][]> {
    const rows = await this.client.read<{ assertion: AssertionRow }>(ASSERTIONS_BY_CLAIMS, { slugs });
    return groupBy(
      slugs,
      rows.map((r) => r.assertion),
      (a) => a.claimSlug,
    );
  }

  /** Pages of claims' assertions with one stance, each after a pageKey ('' for the first page), all of one size; each row with its pageKey, for the next cursor. */
  async pagesOfClaims(
    requests: readonly AssertionPageRequest[],
    limit: number,
  ): Promise<(AssertionRow & { pageKey: string })[][]> {
    const keyed = requests.map((r, i) => ({ ...r, key: i }));
    const rows = await this.client.read<{ key: number; assertion: AssertionRow; pageKey: string }>(
      ASSERTIONS_OF_CLAIM_WITH_STANCE,
      {
        requests: keyed.map((r) => ({ ...r, key: cypherInt(r.key) })),
        limit: cypherInt(limit),
      },
    );
    return groupBy(
      keyed.map((r) => String(r.key)),
      rows,
      (r) => String(r.key),
    ).map((group) => group.map(({ assertion, pageKey }) => ({ ...assertion, pageKey })));
  }

  async countOfClaim(slug: string, stance: Stance): Promise<number> {
    const [row] = await this.client.read<{ count: number }>(COUNT_OF_CLAIM_WITH_STANCE, {
      slug,
      stance,
      stanceIndex: cypherInt(STANCES.indexOf(stance)),
    });
    return row?.count ?? 0;
  }

  /**
   * The assertions of these sources (the first `sourceLimit` sources by id when null) about these
   * claims (any when null), with the rows the plan asks for; sources that do not exist are left out.
   */
  async matrix(
    sourceIds: readonly string[] | null,
    claimSlugs: readonly string[] | null,
    sourceLimit: number,
    plan: MatrixPlan,
  ): Promise<MatrixRows> {
    const [row] = await this.client.read<{
      sourceIds: string[];
      assertionLists: StancedAssertion[][];
      // As the plan asked: named or whole rows.
      claims: unknown[];
      sources: unknown[];
      unknownClaims: string[];
      unknownSources: string[];
    }>(matrixQuery(sourceIds !== null, claimSlugs !== null, plan), {
      sourceIds,
      claimSlugs,
      sourceLimit: cypherInt(sourceLimit),
    });
    const { sourceIds: found, assertionLists, claims, sources, unknownClaims, unknownSources } = row!;
    const named = plan.claims === 'named';
    const namedSources = plan.sources === 'named';
    return {
      sourceIds: found,
      assertions: assertionLists.flat(),
      claims: named ? [] : (claims as ClaimRow[]),
      namedClaims: named ? (claims as NamedClaim[]) : [],
      sources: namedSources ? [] : (sources as SourceRow[]),
      namedSources: namedSources ? (sources as NamedSource[]) : [],
      unknownClaims,
      unknownSources,
    };
  }

  /** One list per source id, in key order: each source's assertions in the order of its text. */
  async bySources(ids: readonly string[]): Promise<AssertionRow[][]> {
    const rows = await this.client.read<{ assertion: AssertionRow }>(ASSERTIONS_BY_SOURCES, { ids });
    return groupBy(
      ids,
      rows.map((r) => r.assertion),
      (a) => a.sourceId,
    );
  }

  /** The assertion of this claim on exactly this passage, if one exists. */
  async onSamePassage(sourceId: string, claimSlug: string, start: number, end: number): Promise<string | null> {
    const [row] = await this.client.read<{ id: string }>(SAME_PASSAGE_ASSERTION, {
      sourceId,
      claimSlug,
      start,
      end,
    });
    return row?.id ?? null;
  }

  async create(id: string, sourceId: string, claimSlug: string, props: NewAssertionProps): Promise<void> {
    await this.client.write(CREATE_ASSERTION, { id, sourceId, claimSlug, props });
  }

  /** Locks the assertion until the transaction ends and reads it; null when there is none. */
  async lock(id: string): Promise<LockedAssertion | null> {
    const [row] = await this.client.write<{ current: LockedAssertion }>(LOCK_ASSERTION, { id });
    return row?.current ?? null;
  }

  /** Applies the changes and bumps the version; returns the new version, the claim's slug and the source's id. */
  async update(
    id: string,
    changes: Record<string, unknown>,
  ): Promise<{ version: number; claimSlug: string; sourceId: string }> {
    const [row] = await this.client.write<{ version: number; claimSlug: string; sourceId: string }>(UPDATE_ASSERTION, {
      id,
      changes,
    });
    return row!;
  }

  /** Removes the assertion; returns the claim it was about and the source it stood in. */
  async delete(id: string): Promise<{ claimSlug: string; sourceId: string } | null> {
    const [row] = await this.client.write<{ claimSlug: string; sourceId: string }>(DELETE_ASSERTION, { id });
    return row ?? null;
  }

  /** New selectors and anchor states after a source's text changed; each assertion's version goes up. */
  async reanchor(rows: { id: string; state: string; quote: Quote }[]): Promise<void> {
    await this.client.write(REANCHOR_ASSERTIONS, { rows });
  }
}
