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

/** Applies schema/neo4j.cypher; every statement is IF NOT EXISTS, so this is safe on each start. */
export async function applySchema(client: Neo4jClient): Promise<void> {
  for (const statement of schemaStatements()) {
    await client.write(statement);
  }
  await client.write('CALL db.awaitIndexes(60)');
}
