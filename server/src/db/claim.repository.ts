import { groupBy, inKeyOrder } from './key-order.js';
import { cypherInt, type Neo4jClient } from './neo4j-client.js';

export interface ClaimRow {
  slug: string;
  statement: string;
  topics: string[];
}

export interface ClaimPageFilter {
  topic: string | null;
  sourceId: string | null;
}

const CLAIM_PROJECTION = 'c { .slug, .statement, topics: coalesce(c.topics, []) }';

/** Keyset page by slug; the filters that live on the graph itself are applied here. */
export const CLAIMS_PAGE = `
MATCH (c:Claim)
WHERE ($afterSlug IS NULL OR c.slug > $afterSlug)
  AND ($topic IS NULL OR $topic IN c.topics)
  AND ($sourceId IS NULL OR EXISTS { (:Source {id: $sourceId})-[:HAS_ASSERTION]->(:Assertion)-[:ABOUT]->(c) })
RETURN ${CLAIM_PROJECTION} AS claim
ORDER BY c.slug LIMIT $limit`;

export const CLAIMS_BY_SLUGS = `
UNWIND $slugs AS slug MATCH (c:Claim {slug: slug})
RETURN ${CLAIM_PROJECTION} AS claim`;

/** CONFLICTS_WITH is symmetric in meaning; it is stored once, in either direction. */
export const CONFLICTS_BY_SLUGS = `
UNWIND $slugs AS slug
MATCH (c:Claim {slug: slug})-[:CONFLICTS_WITH]-(other:Claim)
RETURN slug, other.slug AS other ORDER BY slug, other`;

export const REFINED_BY_SLUGS = `
UNWIND $slugs AS slug
MATCH (c:Claim {slug: slug})-[:REFINES]->(broader:Claim)
RETURN slug, broader.slug AS other`;

export class ClaimRepository {
  constructor(private readonly client: Neo4jClient) {}

  async page(afterSlug: string | null, limit: number, filter: ClaimPageFilter): Promise<ClaimRow[]> {
    const rows = await this.client.read<{ claim: ClaimRow }>(CLAIMS_PAGE, { afterSlug, limit: cypherInt(limit), ...filter });
    return rows.map((r) => r.claim);
  }

  async getBySlugs(slugs: readonly string[]): Promise<(ClaimRow | null)[]> {
    const rows = await this.client.read<{ claim: ClaimRow }>(CLAIMS_BY_SLUGS, { slugs });
    return inKeyOrder(slugs, rows.map((r) => r.claim), (c) => c.slug);
  }

  /** One list of conflicting claim slugs per slug, in key order. */
  async conflictsOf(slugs: readonly string[]): Promise<string[][]> {
    const rows = await this.client.read<{ slug: string; other: string }>(CONFLICTS_BY_SLUGS, { slugs });
    return groupBy(slugs, rows, (r) => r.slug).map((group) => group.map((r) => r.other));
  }

  /** The broader claim each slug refines, or null. */
  async broaderOf(slugs: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.client.read<{ slug: string; other: string }>(REFINED_BY_SLUGS, { slugs });
    return inKeyOrder(slugs, rows, (r) => r.slug).map((r) => r?.other ?? null);
  }
}
