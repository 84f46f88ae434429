import path from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import { realCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const corpus = readValidCorpus(realCorpus);
const CURATOR_TOKEN = 'ada-token-0123456789';
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(realCorpus, { CLAIMGRAPH_CURATOR_TOKENS: `ada:${CURATOR_TOKEN}` });
});
afterAll(async () => app?.stop());

interface AssertionView {
  id: string;
  stance: string;
  grade: string;
  version?: number;
}
interface PageView {
  totalCount: number;
  edges: { node: AssertionView; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const PAGE = `query ($id: ID!, $stance: Stance!, $first: Int, $after: String) { claim(id: $id) {
  assertionsWithStance(stance: $stance, first: $first, after: $after) {
    totalCount edges { cursor node { id stance grade } } pageInfo { hasNextPage endCursor }
  }
  assertions { id stance grade }
} }`;

type PageResult = { claim: { assertionsWithStance: PageView; assertions: AssertionView[] } };

/** The claim with the most assertions of one stance in the curated base. */
function busiestClaim(): { slug: string; stance: string; count: number } {
  const counts = new Map<string, number>();
  for (const a of corpus.assertions)
    counts.set(`${a.claimSlug}|${a.stance}`, (counts.get(`${a.claimSlug}|${a.stance}`) ?? 0) + 1);
  const [key, count] = [...counts].sort((x, y) => y[1] - x[1])[0]!;
  const [slug, stance] = key.split('|') as [string, string];
  return { slug, stance, count };
}

describe("a claim's assertions, one stance at a time, in pages", () => {
  const busiest = busiestClaim();

  it('pages through every assertion of the stance once, strongest grade first, in the order of the full list', async () => {
    expect(busiest.count).toBeGreaterThan(2);
    const seen: AssertionView[] = [];
    let after: string | null = null;
    let full: AssertionView[] = [];
    for (let page = 0; page < 50; page += 1) {
      const result: Awaited<ReturnType<typeof app.graphql<PageResult>>> = await app.graphql<PageResult>(PAGE, {
        id: busiest.slug,
        stance: busiest.stance,
        first: 2,
        after,
      });
      expect(result.errors).toBeUndefined();
      const connection: PageView = result.data!.claim.assertionsWithStance;
      expect(connection.totalCount).toBe(busiest.count);
      expect(connection.edges.length).toBeLessThanOrEqual(2);
      seen.push(...connection.edges.map((e) => e.node));
      full = result.data!.claim.assertions;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(busiest.count);
    expect(new Set(seen.map((a) => a.id)).size).toBe(busiest.count);
    expect(seen.every((a) => a.stance === busiest.stance)).toBe(true);
    expect(seen.map((a) => a.id)).toEqual(full.filter((a) => a.stance === busiest.stance).map((a) => a.id));
  });

  it('answers an empty page with a total of 0 for a stance no source takes', async () => {
    const stances = new Set(corpus.assertions.filter((a) => a.claimSlug === busiest.slug).map((a) => a.stance));
    const absent = ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES'].find((s) => !stances.has(s as never));
    expect(absent).toBeDefined();
    const result = await app.graphql<PageResult>(PAGE, { id: busiest.slug, stance: absent, first: 5 });
    expect(result.data!.claim.assertionsWithStance).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false },
    });
  });

  it('follows a curator’s edit: an assertion regraded CLINICAL moves to the front, one moved to another stance leaves the page', async () => {
    const page = async () =>
      (await app.graphql<PageResult>(PAGE, { id: busiest.slug, stance: busiest.stance, first: 200 })).data!.claim
        .assertionsWithStance;
    const before = await page();
    const weakest = before.edges.at(-1)!.node;
    const update = (input: Record<string, unknown>) =>
      app.graphql<{ updateAssertion: { ok: boolean } }>(
        `mutation ($input: UpdateAssertionInput!) { updateAssertion(input: $input) { ok } }`,
        { input: { id: weakest.id, reason: 'page order test', ...input } },
        { authorization: `Bearer ${CURATOR_TOKEN}` },
      );
    const version = async () =>
      (
        await app.graphql<{ node: { version: number } }>(
          `query ($id: ID!) { node(id: $id) { ... on Assertion { version } } }`,
          { id: weakest.id },
        )
      ).data!.node.version;
    expect(
      (await update({ expectedVersion: await version(), grade: 'CLINICAL', basis: 'unspecified_clinical' })).data!
        .updateAssertion.ok,
    ).toBe(true);
    const regraded = await page();
    expect(regraded.edges[0]!.node).toMatchObject({ id: weakest.id, grade: 'CLINICAL' });
    expect(regraded.totalCount).toBe(before.totalCount);

    const other = busiest.stance === 'QUALIFIES' ? 'SUPPORTS' : 'QUALIFIES';
    expect((await update({ expectedVersion: await version(), stance: other })).data!.updateAssertion.ok).toBe(true);
    const moved = await page();
    expect(moved.edges.map((e) => e.node.id)).not.toContain(weakest.id);
    expect(moved.totalCount).toBe(before.totalCount - 1);
  });

  it('serves the claim page as the browser asks for it, three stances and conflicts, in four Cypher round trips', async () => {
    const conflicted = corpus.claims.find((c) => c.conflictsWith.length > 0)!;
    const { ClaimPageQuery } = (await import(path.join(repoRoot, 'client/src/pages/claim-page.tsx'))) as {
      ClaimPageQuery: DocumentNode;
    };
    for (const slug of [busiest.slug, conflicted.slug]) {
      const before = app.roundTrips();
      const { errors, data } = await app.graphql<{ claim: { slug: string } }>(print(ClaimPageQuery), { slug });
      expect(errors).toBeUndefined();
      expect(data!.claim.slug).toBe(slug);
      // The claim; its stance pages together; their sources; the conflicting claims.
      expect(app.roundTrips() - before).toBeLessThanOrEqual(4);
    }
  });

  it("refuses a cursor of another stance, and a page larger than 200, as the caller's error", async () => {
    const first = await app.graphql<PageResult>(PAGE, { id: busiest.slug, stance: busiest.stance, first: 1 });
    const cursor = first.data!.claim.assertionsWithStance.pageInfo.endCursor;
    const other = busiest.stance === 'SUPPORTS' ? 'QUALIFIES' : 'SUPPORTS';
    const wrongStance = await app.graphql(PAGE, { id: busiest.slug, stance: other, first: 1, after: cursor });
    expect(wrongStance.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await app.graphql(PAGE, { id: busiest.slug, stance: busiest.stance, first: 201 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
