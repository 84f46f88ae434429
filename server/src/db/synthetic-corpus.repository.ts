import type { Neo4jClient } from './neo4j-client.js';

/** Bulk writes of the benchmark's synthetic corpus: plain UNWIND batches, one transaction each. */
export const CREATE_SYNTHETIC_CLAIMS = `
UNWIND $rows AS row
MERGE (c:Claim {slug: row.slug})
SET c.statement = row.statement, c.topics = row.topics
WITH c, row
UNWIND row.topics AS name
MERGE (t:Topic {name: name})
MERGE (c)-[:IN_TOPIC]->(t)`;

export const CREATE_SYNTHETIC_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title, s.kind = 'other', s.text = row.text, s.contentHash = row.id, s.language = 'en', s.authors = [],
    s.commercialInterest = false
WITH s, row
UNWIND row.assertions AS a
MATCH (c:Claim {slug: a.claimSlug})
MERGE (s)-[:HAS_ASSERTION]->(n:Assertion {id: a.id})
SET n.stance = a.stance, n.grade = a.grade, n.basis = a.basis, n.rationale = 'Synthetic.', n.hedged = false, n.cited = false,
    n.gradedBy = 'curator', n.anchorState = 'ANCHORED', n.version = 1,
    n.exact = substring(row.text, a.start, a.end - a.start), n.start = a.start, n.end = a.end,
    n.prefix = substring(row.text, CASE WHEN a.start < 32 THEN 0 ELSE a.start - 32 END, CASE WHEN a.start < 32 THEN a.start ELSE 32 END),
    n.suffix = substring(row.text, a.end, 32)
MERGE (n)-[:ABOUT]->(c)`;

/** Documents the benchmark ingested, with their proposals and revisions: a kept base goes back to the corpus alone. */
export const REMOVE_INGESTED_SOURCES = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
OPTIONAL MATCH (s)-[:HAS_PROPOSAL]->(p:Proposal)
DETACH DELETE p
WITH DISTINCT s, id
OPTIONAL MATCH (r:Revision {targetType: 'Source', targetId: id})
DETACH DELETE r
WITH DISTINCT s
DETACH DELETE s`;

export class SyntheticCorpusRepository {
  constructor(private readonly client: Neo4jClient) {}

  async writeClaims(rows: unknown[]): Promise<void> {
    await this.client.write(CREATE_SYNTHETIC_CLAIMS, { rows });
  }

  async writeSources(rows: unknown[]): Promise<void> {
    await this.client.write(CREATE_SYNTHETIC_SOURCES, { rows });
  }

  async removeSources(ids: string[]): Promise<void> {
    await this.client.write(REMOVE_INGESTED_SOURCES, { ids });
  }
}
