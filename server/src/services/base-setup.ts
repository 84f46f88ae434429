import type { Neo4jClient } from '../db/neo4j-client.js';
import { createDatabase, type Database } from '../db/repositories.js';
import { applySchema } from '../db/schema-migrations.js';
import { refreshConsensusInBatches } from './consensus-refresh.js';

/**
 * Makes a base ready to serve, on every start: constraints and indexes (schema/neo4j.cypher),
 * then what a store written by an older version lacks of derived fields.
 */
export async function prepareBase(client: Neo4jClient): Promise<Database> {
  await applySchema(client);
  const database = createDatabase(client);
  const stale = await database.repositories.consensus.notDerived();
  if (stale.length > 0) await refreshConsensusInBatches(database, stale);
  return database;
}
