import { cypherInt, type CypherRunner } from './neo4j-client.js';

/**
 * How many of a claim's sources are read to choose the sources of a neighbourhood. A claim a few
 * sources address is read whole; one with 50,000 sources is known by the first 100 the store
 * yields, so that choosing among the sources of 100 claims reads at most 10,000 at any scale
 * (150 ms at 100,000 assertions on this 2-core machine, against 320 ms reading 200 per claim).
 */
export const SOURCES_SAMPLED_PER_CLAIM = 100;

/** The claims most sources address, from the sourceCount index: where a reader with no choice yet starts. */
export const BUSIEST_CLAIMS = `
MATCH (c:Claim) WHERE c.sourceCount IS NOT NULL
RETURN c.slug AS slug ORDER BY c.sourceCount DESC, c.slug LIMIT $limit`;

export const CLAIMS_OF_TOPIC = `
MATCH (:Topic {name: $topic})<-[:IN_TOPIC]-(c:Claim)
RETURN c.slug AS slug ORDER BY c.sourceCount DESC, c.slug LIMIT $limit`;

export const TOPIC_SIZE = `MATCH (t:Topic {name: $topic}) RETURN COUNT { (t)<-[:IN_TOPIC]-() } AS count`;

/** A claim and the claims it is linked to (conflicts, refines, refined by), the claim first. */
export const CLAIM_AND_LINKED = `
MATCH (c:Claim {slug: $slug})
RETURN [c.slug] + COLLECT {
  MATCH (c)-[:CONFLICTS_WITH|REFINES]-(other:Claim) WHERE other <> c
  RETURN DISTINCT other.slug ORDER BY other.slug
} AS slugs`;

export const CLAIMS_OF_SOURCE = `
MATCH (:Source {id: $sourceId})-[:HAS_ASSERTION]->(:Assertion)-[:ABOUT]->(c:Claim)
WITH DISTINCT c
RETURN c.slug AS slug ORDER BY c.sourceCount DESC, c.slug LIMIT $limit`;

/** The sources of these claims, each with the claims it addresses, among a sample of each claim's sources. */
export const SOURCES_OF_CLAIMS = `
UNWIND $slugs AS slug
MATCH (c:Claim {slug: slug})
CALL (c) {
  MATCH (c)<-[:ABOUT]-(:Assertion)<-[:HAS_ASSERTION]-(s:Source)
  RETURN DISTINCT s LIMIT $sample
}
RETURN s.id AS id, collect(DISTINCT c.slug) AS claims`;

/** The other claims these sources address, those most of them address first. */
export const CLAIMS_SHARED_BY_SOURCES = `
UNWIND $ids AS id
MATCH (s:Source {id: id})-[:HAS_ASSERTION]->(:Assertion)-[:ABOUT]->(c:Claim)
WHERE NOT c.slug IN $exclude
WITH c, count(DISTINCT s) AS shared
RETURN c.slug AS slug ORDER BY shared DESC, c.sourceCount DESC, c.slug LIMIT $limit`;

export class NeighbourhoodRepository {
  constructor(private readonly client: CypherRunner) {}

  private async slugs(cypher: string, params: Record<string, unknown>): Promise<string[]> {
    return (await this.client.read<{ slug: string }>(cypher, params)).map((r) => r.slug);
  }

  async busiestClaims(limit: number): Promise<string[]> {
    return this.slugs(BUSIEST_CLAIMS, { limit: cypherInt(limit) });
  }

  async claimsOfTopic(topic: string, limit: number): Promise<string[]> {
    return this.slugs(CLAIMS_OF_TOPIC, { topic, limit: cypherInt(limit) });
  }

  async topicSize(topic: string): Promise<number> {
    const [row] = await this.client.read<{ count: number }>(TOPIC_SIZE, { topic });
    return row?.count ?? 0;
  }

  /** The claim and the claims linked to it; empty when there is no such claim. */
  async claimAndLinked(slug: string): Promise<string[]> {
    const [row] = await this.client.read<{ slugs: string[] }>(CLAIM_AND_LINKED, { slug });
    return row?.slugs ?? [];
  }

  async claimsOfSource(sourceId: string, limit: number): Promise<string[]> {
    return this.slugs(CLAIMS_OF_SOURCE, { sourceId, limit: cypherInt(limit) });
  }

  /** The sources addressing these claims (up to SOURCES_SAMPLED_PER_CLAIM read per claim), each with which of them it addresses. */
  async sourcesOfClaims(slugs: readonly string[]): Promise<Map<string, Set<string>>> {
    const rows = await this.client.read<{ id: string; claims: string[] }>(SOURCES_OF_CLAIMS, {
      slugs,
      sample: cypherInt(SOURCES_SAMPLED_PER_CLAIM),
    });
    return new Map(rows.map((r) => [r.id, new Set(r.claims)]));
  }

  /** Up to `limit` claims, none of `exclude`, that these sources address, most shared first. */
  async claimsSharedBy(sourceIds: readonly string[], exclude: readonly string[], limit: number): Promise<string[]> {
    return this.slugs(CLAIMS_SHARED_BY_SOURCES, { ids: sourceIds, exclude, limit: cypherInt(limit) });
  }
}
