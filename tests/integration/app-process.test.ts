import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, exited, startAppProcess } from '../support/app-process.js';
import { freshDatabase } from '../support/test-database.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-process-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeAll(buildApp);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Each test starts Neo4j itself: 10-50 s on a loaded 2-core machine.
describe('npm start with no NEO4J_URI runs its own Neo4j and stops it with itself', { timeout: 180_000 }, () => {
  it('serves a healthy app, and SIGTERM leaves no java process behind', async () => {
    const app = await startAppProcess({ NEO4J_URI: '', NEO4J_DATA_DIR: path.join(scratch, 'neo4j') });
    const health = await fetch(new URL('health', app.url));
    expect(health.status).toBe(200);
    const javaPid = Number(/pid=(\d+)/.exec(app.lines.join('\n'))?.[1]);
    expect(isAlive(javaPid)).toBe(true);

    app.child.kill('SIGTERM');
    expect(await exited(app.child)).toBe(0);
    expect(isAlive(javaPid)).toBe(false);
  });

  it('keeps its data across restarts in the data folder', async () => {
    const app = await startAppProcess({ NEO4J_URI: '', NEO4J_DATA_DIR: path.join(scratch, 'neo4j') });
    expect(app.lines.join('\n')).toContain('data/ unchanged since the last load');
    app.child.kill('SIGINT');
    expect(await exited(app.child)).toBe(0);
  });
});

describe('npm start with NEO4J_URI uses that server and starts nothing', () => {
  it('serves from the given Neo4j, and its grading assistant proposes from a thread of its own', async () => {
    await (await freshDatabase()).close();
    const neo4j = inject('neo4j');
    const app = await startAppProcess({
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      CLAIMGRAPH_CURATOR_TOKENS: 'alice:alice-token-0123456789',
    });
    const log = app.lines.join('\n');
    expect(log).toContain(`using Neo4j at ${neo4j.uri}`);
    expect(log).not.toContain('starting embedded Neo4j');
    const body = (await (await fetch(new URL('health', app.url))).json()) as { counts: { assertions: number } };
    expect(body.counts.assertions).toBe(2);

    // The compiled app starts the assistant's thread from its own build (server/dist): an ingest proposes.
    const ingested = await fetch(new URL('graphql', app.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer alice-token-0123456789' },
      body: JSON.stringify({
        query: `mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { ok source { proposals { grade } } } }`,
        variables: {
          input: {
            title: 'A trial report',
            kind: 'other',
            text: 'In a randomized trial of 40 patients, exosome serum after laser healed the skin two days sooner.',
          },
        },
      }),
    });
    const { data } = (await ingested.json()) as {
      data: { ingestSource: { ok: boolean; source: { proposals: { grade: string }[] } } };
    };
    expect(data.ingestSource.ok).toBe(true);
    expect(data.ingestSource.source.proposals.map((p) => p.grade)).toContain('CLINICAL');
    const index = (await (await fetch(new URL('health', app.url))).json()) as { assistantIndex: { builds: number } };
    expect(index.assistantIndex.builds).toBe(1);

    app.child.kill('SIGTERM');
    expect(await exited(app.child)).toBe(0);
  });
});

describe('a data file that does not validate', () => {
  it('stops the start with the file, entry and field named, and a non-zero exit', async () => {
    const started = startAppProcess({
      NEO4J_URI: inject('neo4j').uri,
      CLAIMGRAPH_DATA_DIR: path.join(scratch, 'no-data'),
    });
    await expect(started).rejects.toThrow(/exited with 1[\s\S]*claims\.json:1 file is missing/);
  });
});
