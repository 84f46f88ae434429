import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { kbInBackground } from '../support/kb-command.js';
import { fixtureCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

/**
 * The app keeps answers to queries between requests, and a reader never sees one the base has moved
 * past: every write, through the app or anything else that writes to the database, is seen by the
 * very next read. (Across two app instances: tests/integration/scale-out.test.ts.)
 */
const TOKENS = 'alice:alice-token-0123456789';
const ALICE = { authorization: 'Bearer alice-token-0123456789' };
const ASSERTION_ID = 'korea-clinic-faq--exosome-therapy-supports-post-procedure-recovery';
/** Assertion.id is the Relay global id; mutations take the assertion's own id. */
const ASSERTION_NODE = Buffer.from(`Assertion:${ASSERTION_ID}`).toString('base64');
const CLAIM_SLUG = 'exosome-therapy-supports-post-procedure-recovery';
const CLAIM_PAGE = `query ($id: ID!) { claim(id: $id) { statement assertions { id version rationale } } }`;
const UPDATE = `mutation ($input: UpdateAssertionInput!) { updateAssertion(input: $input) { ok assertion { version } } }`;

type App = Awaited<ReturnType<typeof startTestApp>>;
let app: App;
let uncached: App;
let db: Neo4jClient;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-response-cache-'));

beforeAll(async () => {
  db = await freshDatabase();
  app = await startTestApp(fixtureCorpus('corpus-small'), { CLAIMGRAPH_CURATOR_TOKENS: TOKENS });
  uncached = await startTestApp(fixtureCorpus('corpus-small'), { CLAIMGRAPH_RESPONSE_CACHE_MB: '0' });
});
afterAll(async () => {
  await app?.stop();
  await uncached?.stop();
  await db?.close();
  rmSync(scratch, { recursive: true, force: true });
});

interface Page {
  claim: { statement: string; assertions: { id: string; version: number; rationale: string }[] };
}

async function ask(
  target: App,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(new URL('graphql', target.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Page; errors?: unknown[] };
  return { ...body, cache: response.headers.get('x-claimgraph-cache') };
}

const rationaleOf = (page: { data?: Page }) => page.data!.claim.assertions.find((a) => a.id === ASSERTION_NODE)!;

async function curatorEdit(rationale: string) {
  const { version } = rationaleOf(await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG }));
  const edited = await ask(
    app,
    UPDATE,
    { input: { id: ASSERTION_ID, expectedVersion: version, reason: 'test', rationale } },
    ALICE,
  );
  expect(edited.errors).toBeUndefined();
}

describe('answers kept between requests', () => {
  it('answers a query asked again from memory, after one small read of the database', async () => {
    const first = await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG });
    const before = app.roundTrips();
    const again = await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG });
    expect(again.cache).toBe('hit');
    expect(again.data).toEqual(first.data);
    expect(app.roundTrips() - before).toBe(1);
    const health = (await (await fetch(new URL('health', app.url))).json()) as { responseCache: { hits: number } };
    expect(health.responseCache.hits).toBeGreaterThan(0);
  });

  it('shows a write through the app on the very next read', async () => {
    await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG });
    expect((await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG })).cache).toBe('hit');
    await curatorEdit('Written through the app.');
    const next = await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG });
    expect(next.cache).toBe('miss');
    expect(rationaleOf(next).rationale).toBe('Written through the app.');
  });

  it('shows a write made outside the app (kb, a restore, another program) on the very next read', async () => {
    await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG });
    expect((await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG })).cache).toBe('hit');
    await db.write(`MATCH (a:Assertion {id: $id}) SET a.rationale = 'Written by another program.'`, {
      id: ASSERTION_ID,
    });
    expect(rationaleOf(await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG })).rationale).toBe('Written by another program.');
  });

  it('shows what `kb restore` wrote on the very next read', async () => {
    await curatorEdit('Before the backup.');
    const backupFile = path.join(scratch, 'base.claimgraph.gz');
    const backup = await kbInBackground(['backup', backupFile]);
    expect(backup.code, backup.stderr).toBe(0);
    await curatorEdit('After the backup.');
    await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG });
    expect(rationaleOf(await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG }))).toMatchObject({
      rationale: 'After the backup.',
    });

    const restore = await kbInBackground(['restore', backupFile, '--replace']);
    expect(restore.code, restore.stderr).toBe(0);
    const next = await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG });
    expect(next.cache).toBe('miss');
    expect(rationaleOf(next).rationale).toBe('Before the backup.');
  });

  it('keeps no curator’s answers, no mutation and no answer with errors', async () => {
    await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG }, ALICE);
    expect((await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG }, ALICE)).cache).toBeNull();
    const missing = `query { claim(id: "no-such-claim") { statement nope } }`;
    await ask(app, missing, {});
    expect((await ask(app, missing, {})).errors).toBeDefined();
    expect((await ask(app, missing, {})).cache).toBeNull();
  });

  it('is off with CLAIMGRAPH_RESPONSE_CACHE_MB=0: every query is read, with no extra round trip', async () => {
    await ask(uncached, CLAIM_PAGE, { id: CLAIM_SLUG });
    const before = uncached.roundTrips();
    const again = await ask(uncached, CLAIM_PAGE, { id: CLAIM_SLUG });
    expect(again.cache).toBeNull();
    expect(again.data!.claim.statement).toBeTruthy();
    const trips = uncached.roundTrips() - before;
    const cachedMiss = app.roundTrips();
    await ask(app, CLAIM_PAGE, { id: CLAIM_SLUG, unused: 1 });
    expect(app.roundTrips() - cachedMiss).toBe(trips + 1);
  });
});
