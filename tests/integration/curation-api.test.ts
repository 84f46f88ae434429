import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { fixtureCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const ALICE = { authorization: 'Bearer alice-token-0123456789' };
const BOB = { authorization: 'Bearer bob-token-0123456789' };
const SOURCE_ID = 'korea-clinic-faq';

let db: Neo4jClient;
let app: Awaited<ReturnType<typeof startTestApp>>;
let sourceText: string;

beforeAll(async () => {
  db = await freshDatabase();
  app = await startTestApp(fixtureCorpus('corpus-small'), {
    CLAIMGRAPH_CURATOR_TOKENS: 'alice:alice-token-0123456789,bob:bob-token-0123456789',
  });
  sourceText = (await app.graphql<{ source: { text: string } }>(`{ source(id: "${SOURCE_ID}") { text } }`)).data!.source
    .text;
});
afterAll(async () => {
  await app?.stop();
  await db?.close();
});

const counts = async () =>
  (
    await db.read<{ nodes: number; rels: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    )
  )[0]!;

type Outcome<K extends string, T> = Record<
  K,
  { ok: boolean; error: { code: string; field: string | null; message: string } | null } & Record<string, T | null>
>;

const CREATE_CLAIM = `mutation ($input: CreateClaimInput!) { createClaim(input: $input) { ok error { code field message } claim { slug statement topics history { action actor reason } } } }`;
const CREATE_ASSERTION = `mutation ($input: CreateAssertionInput!) { createAssertion(input: $input) {
  ok error { code field message } assertion { id version gradedBy quote { exact start end prefix suffix } claim { slug consensus { status supporting } } } } }`;
const UPDATE_ASSERTION = `mutation ($input: UpdateAssertionInput!) { updateAssertion(input: $input) { ok error { code field message } assertion { version grade basis rationale } } }`;
const DELETE_ASSERTION = `mutation ($input: DeleteAssertionInput!) { deleteAssertion(input: $input) { ok error { code message } } }`;
const HISTORY = `query ($id: ID!) { assertionHistory(id: $id) { action actor reason before after } }`;

/** The claims list filters on the consensus stored with each claim, which every write refreshes. */
const slugsWithStatus = async (status: string) =>
  (
    await app.graphql<{ claims: { edges: { node: { slug: string } }[] } }>(
      `query ($status: ConsensusStatus) { claims(first: 200, filter: { status: $status }) { edges { node { slug } } } }`,
      { status },
    )
  ).data!.claims.edges.map((e) => e.node.slug);

const passage = 'Key risks relate to sterility, contamination, allergic reactions';
const newAssertion = (claimId: string, extra: Record<string, unknown> = {}) => {
  const start = sourceText.indexOf(passage);
  return {
    sourceId: SOURCE_ID,
    claimId,
    start,
    end: start + passage.length,
    stance: 'SUPPORTS',
    grade: 'ANECDOTAL',
    basis: 'none_given',
    rationale: 'States the risks with no basis given.',
    ...extra,
  };
};

describe('writes need a curator’s bearer token', () => {
  it.each([[{}], [{ authorization: 'Bearer not-a-curator-token-000' }]])(
    'refuses a mutation without a valid token (%j) and changes nothing',
    async (headers) => {
      const before = await counts();
      const { status, errors } = await app.graphql(
        CREATE_CLAIM,
        { input: { statement: 'Exosome therapy is painless', topics: ['safety'] } },
        headers,
      );
      expect(status).toBeLessThan(500);
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await counts()).toEqual(before);
    },
  );

  it('is read-only when no curator token is configured', async () => {
    const readOnly = await startTestApp(fixtureCorpus('corpus-small'));
    try {
      const { errors } = await readOnly.graphql(
        CREATE_CLAIM,
        { input: { statement: 'Exosome therapy is painless', topics: ['safety'] } },
        ALICE,
      );
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await readOnly.stop();
    }
  });
});

describe('curating claims and assertions', () => {
  let slug: string;
  let assertionId: string;

  it('creates a claim from its statement and topics, with a slug and a revision', async () => {
    const { data } = await app.graphql<
      Outcome<'createClaim', { slug: string; history: { action: string; actor: string }[] }>
    >(CREATE_CLAIM, { input: { statement: 'Exosome products carry contamination risks', topics: ['safety'] } }, ALICE);
    expect(data!.createClaim.ok).toBe(true);
    slug = data!.createClaim.claim!.slug;
    expect(slug).toBe('exosome-products-carry-contamination-risks');
    expect(data!.createClaim.claim!.history).toEqual([{ action: 'create', actor: 'alice', reason: 'new claim' }]);
  });

  it('creates an assertion from offsets, taking exact, prefix and suffix from the stored text', async () => {
    const { data } = await app.graphql<
      Outcome<
        'createAssertion',
        {
          id: string;
          version: number;
          gradedBy: string;
          quote: Record<string, unknown>;
          claim: { consensus: { status: string } };
        }
      >
    >(CREATE_ASSERTION, { input: newAssertion(slug) }, ALICE);
    const created = data!.createAssertion;
    expect(created.ok).toBe(true);
    assertionId = created.assertion!.id;
    const start = sourceText.indexOf(passage);
    expect(created.assertion!.quote).toEqual({
      exact: passage,
      start,
      end: start + passage.length,
      prefix: sourceText.slice(start - 32, start),
      suffix: sourceText.slice(start + passage.length, start + passage.length + 32),
    });
    expect(created.assertion!.version).toBe(1);
    expect(created.assertion!.gradedBy).toBe('curator:alice');
    expect(created.assertion!.claim.consensus.status).toBe('SUPPORTED');
    expect(await slugsWithStatus('SUPPORTED')).toContain(slug);
  });

  it.each([
    [{ start: -1 }, 'start'],
    [{ start: 10, end: 10 }, 'end'],
    [{ end: 10_000_000 }, 'start'],
    [{ basis: 'rct' }, 'basis'],
    [{ rationale: 'short' }, 'rationale'],
    [{ sourceId: 'no-such-source' }, 'sourceId'],
    [{ claimId: 'no-such-claim' }, 'claimId'],
  ])('refuses %j with a typed error on the payload and writes nothing', async (bad, field) => {
    const before = await counts();
    const { data } = await app.graphql<Outcome<'createAssertion', unknown>>(
      CREATE_ASSERTION,
      { input: { ...newAssertion(slug), ...bad } },
      ALICE,
    );
    expect(data!.createAssertion.ok).toBe(false);
    expect(data!.createAssertion.error!.field).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown enum value as a bad request, not a server error', async () => {
    const { status, errors } = await app.graphql(
      CREATE_ASSERTION,
      { input: newAssertion(slug, { grade: 'MIRACULOUS' }) },
      ALICE,
    );
    expect(status).toBeLessThan(500);
    expect(errors?.[0]?.message).toContain('MIRACULOUS');
  });

  it('updates an assertion at its version, and records who, why, before and after', async () => {
    const { data } = await app.graphql<Outcome<'updateAssertion', { version: number; grade: string; basis: string }>>(
      UPDATE_ASSERTION,
      {
        input: {
          id: assertionId,
          expectedVersion: 1,
          reason: 'the FAQ reports clinic practice',
          basis: 'practice_observation',
        },
      },
      BOB,
    );
    expect(data!.updateAssertion).toMatchObject({
      ok: true,
      assertion: { version: 2, grade: 'ANECDOTAL', basis: 'practice_observation' },
    });
    const history = (
      await app.graphql<{
        assertionHistory: { action: string; actor: string; reason: string; before: string; after: string }[];
      }>(HISTORY, { id: assertionId })
    ).data!.assertionHistory;
    expect(history.map((r) => [r.action, r.actor])).toEqual([
      ['create', 'alice'],
      ['update', 'bob'],
    ]);
    expect(JSON.parse(history[1]!.before).basis).toBe('none_given');
    expect(JSON.parse(history[1]!.after).basis).toBe('practice_observation');
    expect(history[1]!.reason).toBe('the FAQ reports clinic practice');
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const before = await counts();
    const { errors } = await app.graphql(
      UPDATE_ASSERTION,
      { input: { id: assertionId, expectedVersion: 1, reason: 'stale', grade: 'CLINICAL', basis: 'rct' } },
      ALICE,
    );
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it('lets exactly one of two racing edits win; the other gets CONFLICT and the history holds one revision for it', async () => {
    const edit = (rationale: string, headers: Record<string, string>) =>
      app.graphql<Outcome<'updateAssertion', unknown>>(
        UPDATE_ASSERTION,
        { input: { id: assertionId, expectedVersion: 2, reason: 'race', rationale } },
        headers,
      );
    const results = await Promise.all([
      edit('Rationale written by the first curator.', ALICE),
      edit('Rationale written by the second curator.', BOB),
    ]);
    const winners = results.filter((r) => r.data?.updateAssertion?.ok === true);
    const losers = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect([winners.length, losers.length]).toEqual([1, 1]);
    const history = (await app.graphql<{ assertionHistory: { reason: string }[] }>(HISTORY, { id: assertionId })).data!
      .assertionHistory;
    expect(history.filter((r) => r.reason === 'race')).toHaveLength(1);
  });

  it('refuses a change without a reason', async () => {
    const { errors } = await app.graphql(
      UPDATE_ASSERTION,
      { input: { id: assertionId, expectedVersion: 3, reason: '  ', hedged: true } },
      ALICE,
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('deletes an assertion as a revision: gone from its claim, its last state kept in its history', async () => {
    const { data } = await app.graphql<Outcome<'deleteAssertion', unknown>>(
      DELETE_ASSERTION,
      { input: { id: assertionId, expectedVersion: 3, reason: 'duplicate passage' } },
      ALICE,
    );
    expect(data!.deleteAssertion.ok).toBe(true);
    const claim = await app.graphql<{ claim: { assertions: unknown[]; consensus: { status: string } } }>(
      `{ claim(id: "${slug}") { assertions { id } consensus { status } } }`,
    );
    expect(claim.data!.claim).toEqual({ assertions: [], consensus: { status: 'UNCLEAR' } });
    expect(await slugsWithStatus('UNCLEAR')).toContain(slug);
    expect(await slugsWithStatus('SUPPORTED')).not.toContain(slug);
    const history = (
      await app.graphql<{ assertionHistory: { action: string; before: string | null }[] }>(HISTORY, { id: assertionId })
    ).data!.assertionHistory;
    expect(history.at(-1)!.action).toBe('delete');
    expect(JSON.parse(history.at(-1)!.before!).exact).toBe(passage);
  });

  it('links two claims as conflicting, read both ways', async () => {
    const other = 'exosome-therapy-replaces-lasers-and-fillers';
    const { data } = await app.graphql<Outcome<'linkConflict', unknown>>(
      `mutation ($input: LinkConflictInput!) { linkConflict(input: $input) { ok } }`,
      { input: { a: slug, b: other, reason: 'test' } },
      ALICE,
    );
    expect(data!.linkConflict.ok).toBe(true);
    const read = async (id: string) =>
      (
        await app.graphql<{ claim: { conflictsWith: { slug: string }[] } }>(
          `{ claim(id: "${id}") { conflictsWith { slug } } }`,
        )
      ).data!.claim.conflictsWith;
    expect(await read(slug)).toEqual([{ slug: other }]);
    expect(await read(other)).toEqual([{ slug }]);
  });
});

describe('curating sources', () => {
  const CREATE_SOURCE = `mutation ($input: CreateSourceInput!) { createSource(input: $input) { ok error { code field message } source { slug title text contentHash commercialInterest } } }`;
  const text = 'A randomized, double-blind, split-face trial of 40 patients found no difference in erythema.';

  it('stores a new source with its verbatim text and content hash', async () => {
    const { data } = await app.graphql<Outcome<'createSource', { slug: string; text: string; contentHash: string }>>(
      CREATE_SOURCE,
      { input: { title: 'A split-face trial', kind: 'peer_reviewed_paper', text } },
      ALICE,
    );
    expect(data!.createSource.ok).toBe(true);
    expect(data!.createSource.source).toMatchObject({ slug: 'a-split-face-trial', text });
    expect(data!.createSource.source!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses the same text twice, and a malformed date', async () => {
    const twice = await app.graphql<Outcome<'createSource', unknown>>(
      CREATE_SOURCE,
      { input: { title: 'Again', kind: 'other', text } },
      ALICE,
    );
    expect(twice.data!.createSource.error).toMatchObject({ code: 'INVALID', field: 'text' });
    const dated = await app.graphql<Outcome<'createSource', unknown>>(
      CREATE_SOURCE,
      { input: { title: 'Dated', kind: 'other', text: 'Other text.', publishedAt: 'June' } },
      ALICE,
    );
    expect(dated.data!.createSource.error!.field).toBe('publishedAt');
  });
});
