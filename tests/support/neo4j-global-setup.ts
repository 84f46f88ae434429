import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { embeddedOptionsFrom, neo4jConnectionFrom, type Neo4jConnection } from '../../server/src/config.js';
import { startEmbeddedNeo4j } from '../../server/src/runtime/embedded-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/**
 * Decides where the tests' Neo4j comes from, and says which: NEO4J_URI when set, else a
 * testcontainers Neo4j when a Docker engine answers, else the app's own embedded launcher.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  console.log(`[tests] Node ${process.version}`);
  const external = neo4jConnectionFrom(process.env);
  if (external) {
    console.log(`[tests] Neo4j: NEO4J_URI ${external.uri}`);
    project.provide('neo4j', external);
    return async () => {};
  }

  const container = await startContainerIfDockerAnswers();
  if (container) {
    console.log(`[tests] Neo4j: testcontainers ${container.connection.uri}`);
    project.provide('neo4j', container.connection);
    return container.stop;
  }

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-test-neo4j-'));
  const started = Date.now();
  const embedded = await startEmbeddedNeo4j({ ...embeddedOptionsFrom({}), dataDir, heapMb: 512, pageCacheMb: 64 });
  console.log(
    `[tests] Neo4j: embedded launcher ${embedded.version} on ${embedded.connection.uri} (no NEO4J_URI, no Docker engine; up in ${Date.now() - started} ms)`,
  );
  project.provide('neo4j', embedded.connection);
  return async () => {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

async function startContainerIfDockerAnswers(): Promise<{
  connection: Neo4jConnection;
  stop: () => Promise<void>;
} | null> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return null;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('claimgraph-test').start();
  return {
    connection: { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword() },
    stop: async () => {
      await container.stop();
    },
  };
}
