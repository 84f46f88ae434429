import type { AppConfig, Neo4jConnection } from '../config.js';
import { Neo4jClient } from '../db/neo4j-client.js';
import type { Database } from '../db/repositories.js';
import { prepareBase } from '../services/base-setup.js';
import { runningBoltAddress } from './bolt-address.js';
import { embeddedConnection, startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded-neo4j.js';

/**
 * The base for a command: the configured Neo4j (NEO4J_URI); else the embedded Neo4j a running app
 * (or another command) has open on the data folder, found by the address it records there; else an
 * embedded Neo4j of the command's own, stopped when the command ends. A restore is refused while an
 * app serves the data folder: it would replace the base under the app's feet.
 */
export async function withNeo4j<T>(
  config: AppConfig,
  log: (line: string) => void,
  work: (database: Database) => Promise<T>,
  options: { restoring?: boolean; owner?: string } = {},
): Promise<T> {
  let embedded: EmbeddedNeo4j | null = null;
  let connection: Neo4jConnection | null = config.neo4j;
  if (!connection) {
    const running = runningBoltAddress(config.embedded.dataDir);
    if (running && options.restoring)
      throw new Error(
        `${running.owner} (pid ${running.ownerPid}) serves ${config.embedded.dataDir}: stop it before a restore, which replaces everything it serves`,
      );
    if (running) {
      log(
        `using the Neo4j that ${running.owner} (pid ${running.ownerPid}) runs on ${config.embedded.dataDir}: ${running.uri}`,
      );
      connection = { ...embeddedConnection(0), uri: running.uri };
    } else {
      log(`starting embedded Neo4j (data in ${config.embedded.dataDir})`);
      embedded = await startEmbeddedNeo4j(config.embedded, () => {}, options.owner ?? 'a kb command');
      connection = embedded.connection;
    }
  }
  const client = Neo4jClient.connect(connection);
  try {
    await client.verify();
    return await work(await prepareBase(client, options));
  } finally {
    await client.close();
    await embedded?.stop();
  }
}
