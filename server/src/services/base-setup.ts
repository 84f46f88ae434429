import type { Neo4jClient } from '../db/neo4j-client.js';
import { createDatabase, type Database } from '../db/repositories.js';
import { applySchema } from '../db/schema-migrations.js';
import { refreshConsensusInBatches } from './consensus-refresh.js';

/** A base that a restore left half-written: nothing may use it until the restore is run again. */
export class UnfinishedRestoreError extends Error {}

/**
 * Makes a base ready to serve, on every start: constraints and indexes (schema/neo4j.cypher),
 * then what a store written by an older version lacks of derived fields. A base a restore left
 * half-written is refused (except by `kb restore`, which is how it is mended).
 */
export async function prepareBase(client: Neo4jClient, { restoring = false } = {}): Promise<Database> {
  await applySchema(client);
  const database = createDatabase(client);
  const unfinished = restoring ? null : await database.backup.unfinishedRestore();
  if (unfinished) {
    throw new UnfinishedRestoreError(
      `a restore of ${unfinished.file} (started ${unfinished.startedAt}) did not finish, so the base is incomplete: ` +
        `run "npm run kb -- restore ${unfinished.file} --replace" again`,
    );
  }
  const stale = await database.repositories.consensus.notDerived();
  if (stale.length > 0) await refreshConsensusInBatches(database, stale);
  return database;
}
