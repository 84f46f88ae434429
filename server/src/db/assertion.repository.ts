import { STANCES, type AssertionRecord, type Stance } from '../domain/types.js';
import { groupBy, inKeyOrder } from './key-order.js';
import { cypherInt, type Neo4jClient } from './neo4j-client.js';

/** An assertion as stored: the curated record plus who graded it, its anchoring and its version. */
export type AssertionRow = AssertionRecord & {
  gradedBy: string;
  anchorState: string;
  version: number;
  /** The page of a PDF source the quote stands on; null for other sources. */
  page?: number | null;
};

const ASSERTION_PROJECTION = `a {
  .id, .stance, .grade, .basis, .rationale, .hedged, .cited, .attribution, .gradedBy, .anchorState, .version, .page,
  sourceId: s.id, claimSlug: c.slug,
  quote: { exact: a.exact, start: a.start, end: a.end, prefix: a.prefix, suffix: a.suffix }
}`;

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

export const ASSERTIONS_OF_PAIRS = `
UNWIND $sourceIds AS sourceId
MATCH (s:Source {id: sourceId})-[:HAS_ASSERTION]->(a:Assertion)-[:ABOUT]->(c:Claim)
WHERE $claimSlugs IS NULL OR c.slug IN $claimSlugs
RETURN ${ASSERTION_PROJECTION} AS assertion
ORDER BY c.slug, s.id, a.start`;

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

export const FIRST_SOURCE_IDS = `MATCH (s:Source) RETURN s.id AS id ORDER BY s.id LIMIT $limit`;

export class AssertionRepository {
  constructor(private readonly client: Neo4jClient) {}

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

  /** The assertions of these sources (the first `sourceLimit` sources when null) about these claims (any when null). */
  async ofPairs(
    sourceIds: readonly string[] | null,
    claimSlugs: readonly string[] | null,
    sourceLimit: number,
  ): Promise<{ sourceIds: string[]; assertions: AssertionRow[] }> {
    const ids = sourceIds
      ? [...sourceIds]
      : (await this.client.read<{ id: string }>(FIRST_SOURCE_IDS, { limit: cypherInt(sourceLimit) })).map((r) => r.id);
    const rows = await this.client.read<{ assertion: AssertionRow }>(ASSERTIONS_OF_PAIRS, {
      sourceIds: ids,
      claimSlugs,
    });
    return { sourceIds: ids, assertions: rows.map((r) => r.assertion) };
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
}
