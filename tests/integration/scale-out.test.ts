import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, exited, startAppProcess, type StartedProcess } from '../support/app-process.js';
import { freshDatabase } from '../support/test-database.js';

/**
 * The app keeps no state of its own: N instances behind a load balancer serve one Neo4j. Two app
 * processes here, each with its own driver, on the run's Neo4j.
 */
const TOKENS = 'alice:alice-token-0123456789,bob:bob-token-0123456789';
let one: StartedProcess;
let other: StartedProcess;

beforeAll(async () => {
  await buildApp();
  await (await freshDatabase()).close();
  const neo4j = inject('neo4j');
  const env = {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    CLAIMGRAPH_CURATOR_TOKENS: TOKENS,
  };
  // One after the other: the first loads data/, the second finds it loaded.
  one = await startAppProcess(env);
  other = await startAppProcess(env);
});

afterAll(async () => {
  for (const app of [one, other]) {
    if (!app || app.child.exitCode !== null) continue;
    app.child.kill('SIGTERM');
    await exited(app.child);
  }
});

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  bookmarks: string | null;
  cookie: string | null;
  /** Whether the answer came from the instance's response cache. */
  cache: string | null;
}

async function ask<T>(
  app: StartedProcess,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await fetch(new URL('graphql', app.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Answer<T>, 'bookmarks' | 'cookie' | 'cache'>;
  return {
    ...body,
    bookmarks: response.headers.get('x-neo4j-bookmarks'),
    cookie: response.headers.get('set-cookie'),
    cache: response.headers.get('x-claimgraph-cache'),
  };
}

const alice = { authorization: 'Bearer alice-token-0123456789' };
const bob = { authorization: 'Bearer bob-token-0123456789' };
const CREATE_CLAIM = `mutation ($input: CreateClaimInput!) { createClaim(input: $input) { ok claim { slug } } }`;
const CLAIM = `query ($id: ID!) { claim(id: $id) { statement topics } }`;
const ASSERTION_VERSION = `query ($id: ID!) { node(id: $id) { ... on Assertion { version grade rationale } } }`;
const UPDATE = `mutation ($input: UpdateAssertionInput!) { updateAssertion(input: $input) { ok error { code } assertion { version rationale } } }`;
const ASSERTION_ID = 'korea-clinic-faq--exosome-therapy-supports-post-procedure-recovery';
/** node(id:) takes the Relay global id. */
const ASSERTION_NODE = Buffer.from(`Assertion:${ASSERTION_ID}`).toString('base64');

describe('two app instances on one Neo4j', () => {
  it('both are healthy, and the second did not load data/ again', async () => {
    for (const app of [one, other]) expect((await fetch(new URL('health', app.url))).status).toBe(200);
    expect(other.lines.join('\n')).toContain('data/ unchanged since the last load');
  });

  it("a write through one is read through the other on the very next request, with the write's bookmarks", async () => {
    const statement = 'Exosome therapy written through one instance is read through the other';
    const written = await ask<{ createClaim: { ok: boolean; claim: { slug: string } } }>(
      one,
      CREATE_CLAIM,
      { input: { statement, topics: ['scale-out'] } },
      alice,
    );
    expect(written.data!.createClaim.ok).toBe(true);
    // The bookmarks of the write's transaction, as a header for API clients and as a cookie for browsers.
    expect(JSON.parse(written.bookmarks!)).toEqual([expect.any(String)]);
    expect(written.cookie).toMatch(/^neo4j-bookmarks=[^;]+; Path=\/graphql; HttpOnly; SameSite=Strict$/);

    const slug = written.data!.createClaim.claim.slug;
    const withHeader = await ask<{ claim: { statement: string } }>(
      other,
      CLAIM,
      { id: slug },
      {
        'x-neo4j-bookmarks': written.bookmarks!,
      },
    );
    expect(withHeader.errors).toBeUndefined();
    expect(withHeader.data!.claim.statement).toBe(statement);
    const withCookie = await ask<{ claim: { topics: string[] } }>(
      other,
      CLAIM,
      { id: slug },
      {
        cookie: written.cookie!.split(';')[0]!,
      },
    );
    expect(withCookie.data!.claim.topics).toEqual(['scale-out']);
  });

  it('a read that names no write carries no bookmarks back', async () => {
    const read = await ask(other, CLAIM, { id: 'exosome-therapy-supports-post-procedure-recovery' });
    expect(read.errors).toBeUndefined();
    expect(read.bookmarks).toBeNull();
    expect(read.cookie).toBeNull();
  });

  it('optimistic concurrency holds across them: a version one instance moved past is stale on the other', async () => {
    const before = await ask<{ node: { version: number } }>(other, ASSERTION_VERSION, { id: ASSERTION_NODE });
    const version = before.data!.node.version;

    const first = await ask<{ updateAssertion: { ok: boolean; assertion: { version: number } } }>(
      one,
      UPDATE,
      {
        input: { id: ASSERTION_ID, expectedVersion: version, reason: 'through one', rationale: 'Edited through one.' },
      },
      alice,
    );
    expect(first.data!.updateAssertion).toMatchObject({ ok: true, assertion: { version: version + 1 } });

    const stale = await ask(
      other,
      UPDATE,
      {
        input: {
          id: ASSERTION_ID,
          expectedVersion: version,
          reason: 'through the other',
          rationale: 'Edited through the other instance from a stale version.',
        },
      },
      { ...bob, 'x-neo4j-bookmarks': first.bookmarks! },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const current = await ask<{ updateAssertion: { ok: boolean; assertion: { rationale: string } } }>(
      other,
      UPDATE,
      {
        input: {
          id: ASSERTION_ID,
          expectedVersion: version + 1,
          reason: 'through the other',
          rationale: 'Edited through the other.',
        },
      },
      { ...bob, 'x-neo4j-bookmarks': first.bookmarks! },
    );
    expect(current.data!.updateAssertion.ok).toBe(true);
    const after = await ask<{ node: { version: number; rationale: string } }>(
      one,
      ASSERTION_VERSION,
      { id: ASSERTION_NODE },
      {
        'x-neo4j-bookmarks': current.bookmarks!,
      },
    );
    expect(after.data!.node).toMatchObject({ version: version + 2, rationale: 'Edited through the other.' });
  });

  it('a page either instance keeps in its cache shows a write through the other on the very next request', async () => {
    type Node = { node: { version: number; rationale: string } };
    for (const app of [one, other]) {
      await ask(app, ASSERTION_VERSION, { id: ASSERTION_NODE });
      expect((await ask(app, ASSERTION_VERSION, { id: ASSERTION_NODE })).cache).toBe('hit');
    }
    const { version } = (await ask<Node>(one, ASSERTION_VERSION, { id: ASSERTION_NODE })).data!.node;
    const edit = (app: StartedProcess, expectedVersion: number, rationale: string, curator: Record<string, string>) =>
      ask(app, UPDATE, { input: { id: ASSERTION_ID, expectedVersion, reason: 'cache', rationale } }, curator);

    expect((await edit(one, version, 'Cached pages see the write through one.', alice)).errors).toBeUndefined();
    // No bookmarks handed on: what a reader who did not write sees, on either instance.
    for (const app of [other, one]) {
      const next = await ask<Node>(app, ASSERTION_VERSION, { id: ASSERTION_NODE });
      expect(next.cache).toBe('miss');
      expect(next.data!.node).toEqual(
        expect.objectContaining({ version: version + 1, rationale: 'Cached pages see the write through one.' }),
      );
    }

    expect((await ask(other, ASSERTION_VERSION, { id: ASSERTION_NODE })).cache).toBe('hit');
    expect((await edit(other, version + 1, 'And the write through the other.', bob)).errors).toBeUndefined();
    const next = await ask<Node>(one, ASSERTION_VERSION, { id: ASSERTION_NODE });
    expect(next.data!.node.rationale).toBe('And the write through the other.');
  });

  it('ignores bookmarks it cannot read instead of failing the request', async () => {
    const read = await ask<{ claim: { statement: string } }>(
      other,
      CLAIM,
      { id: 'exosome-therapy-supports-post-procedure-recovery' },
      { 'x-neo4j-bookmarks': 'not json' },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.claim.statement).toBeTruthy();
  });
});
