import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../server/src/app.js';
import { embeddedOptionsFrom, loadConfig } from '../../server/src/config.js';
import {
  embeddedConnection,
  freePort,
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
} from '../../server/src/runtime/embedded-neo4j.js';
import { fixtureCorpus } from '../support/test-app.js';

// A Neo4j of this file's own, so that stopping it troubles no other test.
// Starting a Neo4j JVM takes 13 s on an idle 2-core machine and can pass a minute on a loaded one.
const NEO4J_STARTS_TIMEOUT_MS = 180_000;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-outage-'));
let port: number;
let neo4j: EmbeddedNeo4j;
let app: RunningApp;

const startNeo4j = () =>
  startEmbeddedNeo4j({ ...embeddedOptionsFrom({}), dataDir, boltPort: port, heapMb: 256, pageCacheMb: 16 });
const query = async () => {
  const response = await fetch(new URL('graphql', app.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ sources(first: 5) { edges { node { title } } } }' }),
  });
  return { status: response.status, text: await response.text() };
};
const health = async () => {
  const response = await fetch(new URL('health', app.url));
  return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
};

beforeAll(async () => {
  port = await freePort();
  neo4j = await startNeo4j();
  app = await startApp(
    {
      ...loadConfig({}),
      port: 0,
      host: '127.0.0.1',
      neo4j: embeddedConnection(port),
      dataDir: fixtureCorpus('corpus-small'),
    },
    () => {},
  );
});
afterAll(async () => {
  await app?.stop();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('when Neo4j stops while the app serves', () => {
  it('answers normally while Neo4j is up', async () => {
    expect((await health()).status).toBe(200);
    expect((await query()).text).toContain('What are exosomes in aesthetic dermatology?');
  });

  it('turns /health to 503 with the reason, and fails queries with a masked error: no stack, no Cypher, no 5xx crash', async () => {
    await neo4j.stop();
    const h = await health();
    expect(h.status).toBe(503);
    expect(h.body.reason).toMatch(/Neo4j does not answer/);
    const q = await query();
    expect(q.status).toBeLessThan(500);
    const body = JSON.parse(q.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({
      message: 'the database is unavailable; try again shortly',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(q.text).not.toMatch(/MATCH|RETURN|\.ts:\d+|at \w+ \(|bolt:\/\//);
  });

  it(
    'recovers with no restart once Neo4j is back',
    async () => {
      neo4j = await startNeo4j();
      await expect.poll(async () => (await health()).status, { timeout: 30_000, interval: 500 }).toBe(200);
      expect((await query()).text).toContain('What are exosomes in aesthetic dermatology?');
    },
    NEO4J_STARTS_TIMEOUT_MS,
  );
});
