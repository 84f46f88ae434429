import type { AppConfig } from '../config.js';
import { Neo4jClient } from '../db/neo4j-client.js';
import type { Database } from '../db/repositories.js';
import { prepareBase } from '../services/base-setup.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded-neo4j.js';

/**
 * A connected client for a command: the configured Neo4j, or the embedded one (which a running
 * app holds locked; the command then says so instead of waiting).
 */
export async function withNeo4j<T>(
  config: AppConfig,
  log: (line: string) => void,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  let embedded: EmbeddedNeo4j | null = null;
  if (!config.neo4j) {
    log(`starting embedded Neo4j (data in ${config.embedded.dataDir})`);
    embedded = await startEmbeddedNeo4j(config.embedded);
  }
  const client = Neo4jClient.connect(config.neo4j ?? embedded!.connection);
  try {
    await client.verify();
    return await work(await prepareBase(client));
  } finally {
    await client.close();
    await embedded?.stop();
  }
}
