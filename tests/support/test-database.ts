import { inject } from 'vitest';
import { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { applySchema } from '../../server/src/db/schema-migrations.js';

/** A client on the run's Neo4j, emptied and given the schema: every test file starts from nothing. */
export async function freshDatabase(): Promise<Neo4jClient> {
  const client = Neo4jClient.connect(inject('neo4j'));
  await client.write('MATCH (n) DETACH DELETE n');
  await applySchema(client);
  return client;
}
