import type { CypherRunner } from './neo4j-client.js';

export const SERVER_VERSION = `CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition`;

export const COUNTS = `
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (a:Assertion) RETURN count(a) AS assertions }
RETURN sources, claims, assertions`;

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
}
