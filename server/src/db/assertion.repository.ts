import type { AssertionRecord } from '../domain/types.js';
import { groupBy, inKeyOrder } from './key-order.js';
import type { Neo4jClient } from './neo4j-client.js';

/** An assertion as stored: the curated record plus who graded it, its anchoring and its version. */
export type AssertionRow = AssertionRecord & {
  gradedBy: string;
  anchorState: string;
  version: number;
};

const ASSERTION_PROJECTION = `a {
  .id, .stance, .grade, .basis, .rationale, .hedged, .cited, .attribution, .gradedBy, .anchorState, .version,
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

export class AssertionRepository {
  constructor(private readonly client: Neo4jClient) {}

  async getByIds(ids: readonly string[]): Promise<(AssertionRow | null)[]> {
    const rows = await this.client.read<{ assertion: AssertionRow }>(ASSERTIONS_BY_IDS, { ids });
    return inKeyOrder(ids, rows.map((r) => r.assertion), (a) => a.id);
  }

  /** One list per claim slug, in key order: each claim's assertions by source, then text order. */
  async byClaims(slugs: readonly string[]): Promise<AssertionRow[][]> {
    const rows = await this.client.read<{ assertion: AssertionRow }>(ASSERTIONS_BY_CLAIMS, { slugs });
    return groupBy(slugs, rows.map((r) => r.assertion), (a) => a.claimSlug);
  }

  /** One list per source id, in key order: each source's assertions in the order of its text. */
  async bySources(ids: readonly string[]): Promise<AssertionRow[][]> {
    const rows = await this.client.read<{ assertion: AssertionRow }>(ASSERTIONS_BY_SOURCES, { ids });
    return groupBy(ids, rows.map((r) => r.assertion), (a) => a.sourceId);
  }
}
