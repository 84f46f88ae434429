import type { CypherRunner } from './neo4j-client.js';

export const SERVER_VERSION = `CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition`;

export const COUNTS = `
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (a:Assertion) RETURN count(a) AS assertions }
RETURN sources, claims, assertions`;

/**
 * Claims per consensus status, each counted from the status index (the stored consensus), so the
 * figures a reader sees are the whole base's at any size, in one round trip.
 */
export const CLAIMS_BY_STATUS = `
UNWIND $statuses AS status
CALL (status) { MATCH (c:Claim) WHERE c.status = status RETURN count(c) AS count }
RETURN status, count`;

export const TOPIC_COUNT = `MATCH (t:Topic) RETURN count(t) AS count`;

export interface BaseCounts {
  sources: number;
  claims: number;
  assertions: number;
}

export class StatsRepository {
  constructor(private readonly client: CypherRunner) {}

  async serverVersion(): Promise<{ name: string; version: string; edition: string }> {
    const rows = await this.client.read<{ name: string; version: string; edition: string }>(SERVER_VERSION);
    return rows[0]!;
  }

  async counts(): Promise<BaseCounts> {
    const rows = await this.client.read<BaseCounts>(COUNTS);
    return rows[0]!;
  }

  async claimsByStatus(statuses: readonly string[]): Promise<{ status: string; count: number }[]> {
    return this.client.read<{ status: string; count: number }>(CLAIMS_BY_STATUS, { statuses });
  }

  async topicCount(): Promise<number> {
    const [row] = await this.client.read<{ count: number }>(TOPIC_COUNT);
    return row?.count ?? 0;
  }
}
