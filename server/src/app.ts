import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CuratorTokens } from './auth/curator-tokens.js';
import type { AppConfig } from './config.js';
import { readValidCorpus } from './corpus/corpus-reader.js';
import { Neo4jClient } from './db/neo4j-client.js';
import { createDatabase } from './db/repositories.js';
import { createHttpServer, type Readiness } from './http.js';
import { runningBoltAddress } from './runtime/bolt-address.js';
import { embeddedConnection, freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from './runtime/embedded-neo4j.js';
import { describeConflict } from './domain/corpus-merge.js';
import { prepareBase } from './services/base-setup.js';
import { createServices } from './services/services.js';

export interface RunningApp {
  url: string;
  neo4jUri: string;
  /** Bolt round trips so far: how tests show that a query's cost does not grow with its page size. */
  roundTrips(): number;
  stop(): Promise<void>;
}

export type Logger = (message: string) => void;

/**
 * Serves at once (so /health can say why it is not ready), then brings up Neo4j, applies
 * schema/neo4j.cypher and loads data/ when it changed since the last load.
 */
export async function startApp(config: AppConfig, log: Logger): Promise<RunningApp> {
  const corpus = readValidCorpus(config.dataDir);
  const readiness: Readiness = { notReadyReason: 'starting Neo4j' };
  let embedded: EmbeddedNeo4j | null = null;
  let client: Neo4jClient | null = null;
  let server: http.Server | null = null;

  const stop = async () => {
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    server?.closeAllConnections();
    await client?.close();
    await embedded?.stop();
  };

  try {
    const boltPort = config.neo4j ? null : (config.embedded.boltPort ?? (await freePort()));
    const connection = config.neo4j ?? embeddedConnection(boltPort!);
    client = Neo4jClient.connect(connection);
    const services = createServices(createDatabase(client));
    server = createHttpServer(client, readiness, {
      curators: CuratorTokens.fromEnv(config.env),
      clientDist: config.clientDist,
      publicUrl: config.publicUrl,
      corsOrigins: config.corsOrigins,
      responseCacheMb: config.responseCacheMb,
    });
    await listen(server, config.port, config.host);
    const address = server.address() as AddressInfo;
    const url = `http://localhost:${address.port}/`;
    log(`serving ${url} (GraphQL at ${url}graphql); /health answers 503 until the base is loaded`);

    if (config.neo4j) {
      log(`using Neo4j at ${config.neo4j.uri}`);
    } else {
      const running = runningBoltAddress(config.embedded.dataDir);
      if (running) {
        throw new Error(
          `the data folder ${config.embedded.dataDir} is in use by ${running.owner} (pid ${running.ownerPid}, Neo4j on ${running.uri}): ` +
            'wait for it or stop it, or set NEO4J_DATA_DIR to another folder',
        );
      }
      log(`starting embedded Neo4j (data in ${config.embedded.dataDir})`);
      embedded = await startEmbeddedNeo4j({ ...config.embedded, boltPort }, log, 'the app (npm start)');
      log(`embedded Neo4j ${embedded.version} on ${connection.uri} (pid=${embedded.pid})`);
    }
    readiness.notReadyReason = 'connecting to Neo4j';
    await client.verify();
    readiness.notReadyReason = 'applying constraints and indexes';
    await prepareBase(client);
    readiness.notReadyReason = 'loading data/';
    if (await services.load.isLoaded(corpus)) {
      log('data/ unchanged since the last load');
    } else {
      const report = await services.load.load(corpus, {
        onProgress: (p) => log(`loading ${p.step}: ${p.done}/${p.total}`),
      });
      log(
        `data/ merged: ${report.created} created, ${report.updated} updated, ${report.deleted} deleted, ` +
          `${report.keptBase} kept as changed in the app`,
      );
    }
    const conflicts = await services.load.openConflicts();
    for (const conflict of conflicts) for (const line of describeConflict(conflict)) log(`conflict: ${line}`);
    if (conflicts.length > 0)
      log(
        `${conflicts.length} conflicts between data/ and the base, left as the base has them: settle with "npm run kb -- load --take data" or "--keep base"`,
      );
    readiness.notReadyReason = null;
    log('ready');
    const connected = client;
    return { url, neo4jUri: connection.uri, roundTrips: () => connected.roundTrips, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is already in use (set PORT to another)`) : error),
    );
    server.listen(port, host, () => resolve());
  });
}
