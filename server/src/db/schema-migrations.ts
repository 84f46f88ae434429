import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.js';
import type { Neo4jClient } from './neo4j-client.js';

export const neo4jSchemaFile = path.join(repoRoot, 'schema', 'neo4j.cypher');

export function schemaStatements(file = neo4jSchemaFile): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export const FULLTEXT_ANALYZER = 'english';

/** Full-text indexes made by an older version with another analyzer: `IF NOT EXISTS` would keep them as they are. */
export const FULLTEXT_INDEXES_TO_REMAKE = `
SHOW FULLTEXT INDEXES YIELD name, options
WHERE name IN ['claim_text', 'assertion_quote'] AND options.indexConfig['fulltext.analyzer'] <> $analyzer
RETURN name`;

/**
 * Applies schema/neo4j.cypher (every statement is IF NOT EXISTS, so this is safe on each start).
 * What older stores lack of derived fields is derived by the base-setup service.
 */
export async function applySchema(client: Neo4jClient): Promise<void> {
  for (const { name } of await client.read<{ name: string }>(FULLTEXT_INDEXES_TO_REMAKE, {
    analyzer: FULLTEXT_ANALYZER,
  })) {
    await client.write(`DROP INDEX ${name === 'claim_text' ? 'claim_text' : 'assertion_quote'} IF EXISTS`);
  }
  for (const statement of schemaStatements()) {
    await client.write(statement);
  }
  await client.write('CALL db.awaitIndexes(60)');
}
