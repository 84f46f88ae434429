import type { Consensus, StanceEvidence } from '../domain/consensus.js';
import type { CypherRunner } from './neo4j-client.js';

export const STANCES_OF_CLAIMS = `
UNWIND $slugs AS slug
MATCH (c:Claim {slug: slug})
RETURN slug, [(s:Source)-[:HAS_ASSERTION]->(a:Assertion)-[:ABOUT]->(c) | { sourceId: s.id, stance: a.stance, grade: a.grade }] AS evidence,
  CASE WHEN c.status IS NULL THEN null ELSE { status: c.status, bestGrade: c.bestGrade, gradeConflict: c.gradeConflict,
    supporting: c.supporting, contradicting: c.contradicting, qualifying: c.qualifying, sourceCount: c.sourceCount } END AS stored`;

export const STORE_CONSENSUS = `
UNWIND $rows AS row
MATCH (c:Claim {slug: row.slug})
SET c += row.consensus, c.statementKey = toLower(c.statement)`;

const PAGE_KEYS_TO_STORE = `
UNWIND $slugs AS slug
MATCH (c:Claim {slug: slug})<-[:ABOUT]-(a:Assertion)<-[:HAS_ASSERTION]-(s:Source)
WITH slug, a, CASE a.grade WHEN 'CLINICAL' THEN '0' WHEN 'PRECLINICAL' THEN '1' ELSE '2' END
  + '|' + s.id + '|' + right('0000000000' + toString(a.start), 10) + '|' + a.id AS pageKey
WHERE a.pageKey IS NULL OR a.pageKey <> pageKey OR a.claimSlug IS NULL OR a.claimSlug <> slug`;

/** The key that orders a claim's assertions of one stance: strongest grade, source, text position, id. */
export const STORE_ASSERTION_PAGE_KEYS = `${PAGE_KEYS_TO_STORE}
SET a.pageKey = pageKey, a.claimSlug = slug`;

/** The same, committed every 10,000 assertions: for claims with more than one transaction can hold. */
export const STORE_ASSERTION_PAGE_KEYS_IN_TRANSACTIONS = `${PAGE_KEYS_TO_STORE}
CALL (a, pageKey, slug) { SET a.pageKey = pageKey, a.claimSlug = slug } IN TRANSACTIONS OF 10000 ROWS`;

export const ALL_CLAIM_SLUGS = `MATCH (c:Claim) RETURN c.slug AS slug`;

/** Claims written by an older version, before their sort keys, consensus and assertion page keys were stored. */
export const CLAIMS_NOT_DERIVED = `
MATCH (c:Claim) WHERE c.statementKey IS NULL OR c.contestScore IS NULL OR c.sourceCount IS NULL OR c.assertionCounts IS NULL
RETURN c.slug AS slug`;

/** What is stored on a claim about its assertions, derived by the domain. */
export interface StoredConsensus {
  slug: string;
  consensus: Record<string, unknown>;
}

export class ConsensusRepository {
  constructor(private readonly client: CypherRunner) {}

  /** Each claim's assertions as the consensus counts them (source, stance, grade), and its consensus as stored. */
  async evidenceOf(
    slugs: readonly string[],
  ): Promise<{ slug: string; evidence: StanceEvidence[]; stored: Consensus | null }[]> {
    return this.client.read(STANCES_OF_CLAIMS, { slugs });
  }

  async store(rows: readonly StoredConsensus[]): Promise<void> {
    await this.client.write(STORE_CONSENSUS, { rows });
  }

  /** Stores the key each assertion of these claims is paged by (and its claim's slug), where it changed. */
  async storePageKeys(slugs: readonly string[]): Promise<void> {
    await this.client.write(STORE_ASSERTION_PAGE_KEYS, { slugs });
  }

  /** The same for bulk work, committed in inner transactions: not inside a transaction of the caller's. */
  async storePageKeysInTransactions(slugs: readonly string[]): Promise<void> {
    await this.client.writeAutoCommit(STORE_ASSERTION_PAGE_KEYS_IN_TRANSACTIONS, { slugs });
  }

  async allSlugs(): Promise<string[]> {
    return (await this.client.read<{ slug: string }>(ALL_CLAIM_SLUGS)).map((r) => r.slug);
  }

  /** Claims stored by an older version without their derived fields. */
  async notDerived(): Promise<string[]> {
    return (await this.client.read<{ slug: string }>(CLAIMS_NOT_DERIVED)).map((r) => r.slug);
  }
}
