import { cypherInt, type CypherRunner } from './neo4j-client.js';

export interface TopicRow {
  name: string;
  claimCount: number;
}

/** Only the conditions given reach the WHERE clause, so a page without a search reads the name index in order. */
export function topicsPageQuery(afterName: boolean, text: boolean): string {
  const conditions = [afterName ? 't.name > $afterName' : null, text ? 'toLower(t.name) CONTAINS $text' : null].filter(
    Boolean,
  );
  return `
MATCH (t:Topic)
${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : 'WHERE t.name IS NOT NULL'}
RETURN t.name AS name, COUNT { (t)<-[:IN_TOPIC]-() } AS claimCount
ORDER BY t.name LIMIT $limit`;
}

export class TopicRepository {
  constructor(private readonly client: CypherRunner) {}

  /** Topics by name after `afterName`, those whose name holds `text` when given; each with its number of claims (read from the degree, not counted). */
  async page(afterName: string | null, limit: number, text: string | null): Promise<TopicRow[]> {
    return this.client.read<TopicRow>(topicsPageQuery(afterName !== null, text !== null), {
      afterName,
      text: text?.toLowerCase() ?? null,
      limit: cypherInt(limit),
    });
  }
}
