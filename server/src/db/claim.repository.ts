import type { Consensus } from '../domain/consensus.js';
import { groupBy, inKeyOrder } from './key-order.js';
import { cypherInt, type Neo4jClient } from './neo4j-client.js';

export interface ClaimRow {
  slug: string;
  statement: string;
  topics: string[];
  /** As stored by the last write that touched the claim's assertions; null on a claim never derived. */
  consensus: Consensus | null;
}

export interface ClaimPageFilter {
  topic: string | null;
  sourceId: string | null;
  status: string | null;
  bestGrade: string | null;
  gradeConflict: boolean | null;
  /** Lucene-escaped full-text query over statements and quotes. */
  text: string | null;
}

export const CLAIM_ORDERS = ['ALPHABETICAL', 'MOST_CONTESTED', 'MOST_SOURCES'] as const;
export type ClaimOrder = (typeof CLAIM_ORDERS)[number];

/** A position in an ordered list: the order's sort value, then the slug that breaks ties. */
export interface ClaimPosition {
  sortValue: string | number;
  slug: string;
}

const CLAIM_PROJECTION = `c { .slug, .statement, topics: coalesce(c.topics, []),
  consensus: CASE WHEN c.status IS NULL THEN null ELSE { status: c.status, supporting: c.supporting, contradicting: c.contradicting,
    qualifying: c.qualifying, sourceCount: c.sourceCount, bestGrade: c.bestGrade, gradeConflict: c.gradeConflict } END }`;

/** Per order: the sort value, the direction, and the keyset condition after a position. Only these constants reach Cypher. */
const ORDERINGS: Record<ClaimOrder, { value: string; after: string; orderBy: string }> = {
  ALPHABETICAL: {
    value: 'toLower(c.statement)',
    after: '(toLower(c.statement) > $afterValue OR (toLower(c.statement) = $afterValue AND c.slug > $afterSlug))',
    orderBy: 'toLower(c.statement), c.slug',
  },
  MOST_CONTESTED: {
    value: 'coalesce(c.contestScore, 0)',
    after: '(coalesce(c.contestScore, 0) < $afterValue OR (coalesce(c.contestScore, 0) = $afterValue AND c.slug > $afterSlug))',
    orderBy: 'coalesce(c.contestScore, 0) DESC, c.slug',
  },
  MOST_SOURCES: {
    value: 'coalesce(c.sourceCount, 0)',
    after: '(coalesce(c.sourceCount, 0) < $afterValue OR (coalesce(c.sourceCount, 0) = $afterValue AND c.slug > $afterSlug))',
    orderBy: 'coalesce(c.sourceCount, 0) DESC, c.slug',
  },
};

const ALL_CLAIMS = 'MATCH (c:Claim)';
const CLAIMS_MATCHING_TEXT = `CALL () {
  CALL db.index.fulltext.queryNodes('claim_text', $text) YIELD node RETURN node AS c
  UNION
  CALL db.index.fulltext.queryNodes('assertion_quote', $text) YIELD node MATCH (node)-[:ABOUT]->(c:Claim) RETURN c
}`;

/** Only the filters given reach the WHERE clause: a `$x IS NULL OR …` disjunction would keep the planner off the indexes. */
const FILTER_CONDITIONS: Record<Exclude<keyof ClaimPageFilter, 'text'>, string> = {
  topic: '$topic IN c.topics',
  status: 'c.status = $status',
  bestGrade: 'c.bestGrade = $bestGrade',
  gradeConflict: 'c.gradeConflict = $gradeConflict',
  sourceId: 'EXISTS { (:Source {id: $sourceId})-[:HAS_ASSERTION]->(:Assertion)-[:ABOUT]->(c) }',
};

export function claimsPageQuery(order: ClaimOrder, filter: ClaimPageFilter, afterPosition: boolean): string {
  const { value, after, orderBy } = ORDERINGS[order];
  const conditions = Object.entries(FILTER_CONDITIONS)
    .filter(([name]) => filter[name as keyof ClaimPageFilter] !== null)
    .map(([, condition]) => condition);
  if (afterPosition) conditions.unshift(after);
  const byText = filter.text !== null;
  return `
${byText ? CLAIMS_MATCHING_TEXT : ALL_CLAIMS}
${byText ? 'WITH DISTINCT c\n' : ''}${conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : ''}
RETURN ${CLAIM_PROJECTION} AS claim, ${value} AS sortValue
ORDER BY ${orderBy} LIMIT $limit`;
}

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

/** Every claim with the quotes already attached to it: what the grading assistant matches against. */
export const CLAIMS_WITH_QUOTES = `
MATCH (c:Claim)
RETURN c.slug AS slug, c.statement AS statement, [(c)<-[:ABOUT]-(a:Assertion) | a.exact] AS quotes`;

export class ClaimRepository {
  constructor(private readonly client: Neo4jClient) {}

  /** Claims after a position in the chosen order; each with its position, for the next cursor. */
  async page(order: ClaimOrder, after: ClaimPosition | null, limit: number, filter: ClaimPageFilter): Promise<(ClaimRow & { position: ClaimPosition })[]> {
    const rows = await this.client.read<{ claim: ClaimRow; sortValue: string | number }>(claimsPageQuery(order, filter, after !== null), {
      afterSlug: after?.slug ?? null,
      afterValue: after?.sortValue ?? null,
      limit: cypherInt(limit),
      ...filter,
    });
    return rows.map((r) => ({ ...r.claim, position: { sortValue: r.sortValue, slug: r.claim.slug } }));
  }

  async allWithQuotes(): Promise<{ slug: string; statement: string; quotes: string[] }[]> {
    return this.client.read(CLAIMS_WITH_QUOTES);
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
