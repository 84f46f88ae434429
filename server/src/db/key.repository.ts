import type { CypherRunner } from './neo4j-client.js';

/** Source ids, claim slugs and assertion ids share one space of readable keys (permalinks name them). */
export const KEYS_WITH_PREFIX = `
CALL () {
  MATCH (n:Assertion) WHERE n.id STARTS WITH $prefix RETURN n.id AS id
  UNION MATCH (n:Claim) WHERE n.slug STARTS WITH $prefix RETURN n.slug AS id
  UNION MATCH (n:Source) WHERE n.id STARTS WITH $prefix RETURN n.id AS id
}
RETURN id`;

export class KeyRepository {
  constructor(private readonly client: CypherRunner) {}

  /** Every source id, claim slug and assertion id that starts with `prefix`. */
  async takenWithPrefix(prefix: string): Promise<Set<string>> {
    return new Set((await this.client.read<{ id: string }>(KEYS_WITH_PREFIX, { prefix })).map((r) => r.id));
  }
}
