/**
 * The benchmark's peer, run as its own process (so its memory and CPU are its own, like the app's):
 * @neo4j/graphql's generated resolvers over the same Neo4j, served by graphql-yoga on a plain
 * `http` server. Reads NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, HOST and PORT (0: any free port);
 * prints `[peer] serving <url> …`, then `[peer] ready`, as the app does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { peerTypeDefs } from './peer-type-defs.js';

const log = (message: string) => console.log(`[peer] ${message}`);

// The app's own connection settings, so that both sides talk to Neo4j through the same driver options.
const client = Neo4jClient.connect({
  uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
});
await client.verify();
const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver: client.driver }).getSchema();
// Unmasked errors: the peer is bench-only and bound to the loopback, and the bench prints why a peer query failed.
const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: false,
  maskedErrors: false,
});
const server = http.createServer(yoga);

await new Promise<void>((resolve) =>
  server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', resolve),
);
const { address, port } = server.address() as AddressInfo;
const url = `http://${address}:${port}/`;
log(`serving ${url} (GraphQL at ${url}graphql) over ${process.env.NEO4J_URI}`);
log('ready');

const stop = () => {
  server.close();
  server.closeAllConnections();
  void client.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
