import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { kb } from '../support/kb-command.js';
import { fixtureCorpus } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

/**
 * The response cache (server/src/http/response-cache.ts) trusts one property of Neo4j: the bookmark
 * of a read names the last transaction the database committed, so it stays the same while nothing
 * commits and changes when anything does: a write by this process, by another process with its own
 * driver and bookmarks, or by another program (`kb`).
 */
let reader: Neo4jClient;
let otherInstance: Neo4jClient;

beforeAll(async () => {
  reader = await freshDatabase();
  otherInstance = Neo4jClient.connect(inject('neo4j'));
});
afterAll(async () => {
  await reader?.close();
  await otherInstance?.close();
});

describe('the committed state of the database', () => {
  it('stays the same while nothing commits, however many reads run', async () => {
    const before = await reader.committedState();
    await reader.read('MATCH (n) RETURN count(n) AS n');
    await otherInstance.read('MATCH (n) RETURN count(n) AS n');
    expect(await reader.committedState()).toBe(before);
    expect(await reader.withBookmarks([]).committedState()).toBe(before);
  });

  it('changes when this process commits a write', async () => {
    const before = await reader.committedState();
    await reader.write(`CREATE (:StateProbe {by: 'this process'})`);
    expect(await reader.committedState()).not.toBe(before);
  });

  it('changes when another instance, with its own driver and bookmarks, commits a write', async () => {
    const before = await reader.committedState();
    await otherInstance.write(`CREATE (:StateProbe {by: 'another instance'})`);
    expect(await reader.committedState()).not.toBe(before);
  });

  it('changes when another program (kb) commits, and then stays at its new value', async () => {
    const before = await reader.committedState();
    const load = kb(['load'], { CLAIMGRAPH_DATA_DIR: fixtureCorpus('corpus-small') });
    expect(load.code, load.stderr).toBe(0);
    const after = await reader.committedState();
    expect(after).not.toBe(before);
    expect(await reader.committedState()).toBe(after);
  });

  it('does not change when a write transaction fails and rolls back', async () => {
    const before = await reader.committedState();
    await expect(otherInstance.write(`CREATE (:StateProbe) WITH 1 AS one RETURN 1 / 0`)).rejects.toThrow();
    expect(await reader.committedState()).toBe(before);
  });
});
