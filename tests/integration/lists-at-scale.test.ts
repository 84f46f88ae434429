import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { SOURCES_SAMPLED_PER_CLAIM } from '../../server/src/db/neighbourhood.repository.js';
import { fixtureCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';
import { loadSyntheticBase } from '../support/synthetic-base.js';

/** 300 sources, 600 claims, 3,000 assertions: more than one page (200) of every list. */
const SOURCES = 300;

let db: Neo4jClient;
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  db = await freshDatabase();
  app = await startTestApp(fixtureCorpus('corpus-empty'));
  await loadSyntheticBase(db, SOURCES);
});
afterAll(async () => {
  await app?.stop();
  await db?.close();
});

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await app.graphql<T>(query, variables);
  expect(errors).toBeUndefined();
  return data!;
}

const count = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.read<{ n: number }>(cypher, params))[0]!.n;

describe('what the base holds is counted by the server, whole', () => {
  it('gives the totals and the claims per status of the whole base', async () => {
    const { baseCounts } = await ask<{
      baseCounts: {
        sources: number;
        claims: number;
        assertions: number;
        topics: number;
        claimsByStatus: { status: string; count: number }[];
      };
    }>(`{ baseCounts { sources claims assertions topics claimsByStatus { status count } } }`);
    expect(baseCounts).toMatchObject({ sources: 300, claims: 600, assertions: 3000 });
    expect(baseCounts.topics).toBe(await count('MATCH (t:Topic) RETURN count(t) AS n'));
    expect(baseCounts.claimsByStatus.map((s) => s.status)).toEqual([
      'SUPPORTED',
      'CONTESTED',
      'CONTRADICTED',
      'UNCLEAR',
    ]);
    for (const { status, count: n } of baseCounts.claimsByStatus) {
      expect(n, status).toBe(await count('MATCH (c:Claim {status: $status}) RETURN count(c) AS n', { status }));
    }
    expect(baseCounts.claimsByStatus.reduce((sum, s) => sum + s.count, 0)).toBe(600);
  });
});

describe('topics come from a query of their own', () => {
  type Page = {
    topics: {
      edges: { node: { name: string; claimCount: number; feedUrl: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };
  const TOPICS = `query ($after: String, $text: String) { topics(first: 7, after: $after, filter: { text: $text }) {
    edges { node { name claimCount feedUrl } } pageInfo { hasNextPage endCursor } } }`;

  it('pages through every topic by name, each with its number of claims', async () => {
    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: Page['topics'] = (await ask<Page>(TOPICS, { after })).topics;
      for (const { node } of page.edges) {
        names.push(node.name);
        expect(node.claimCount, node.name).toBe(
          await count('MATCH (c:Claim) WHERE $name IN c.topics RETURN count(c) AS n', { name: node.name }),
        );
        expect(node.feedUrl).toBe(new URL(`/feeds/topics/${node.name}.atom`, app.url).toString());
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const stored = await db.read<{ name: string }>('MATCH (t:Topic) RETURN t.name AS name ORDER BY name');
    expect(names).toEqual(stored.map((r) => r.name));
    expect(names.length).toBeGreaterThan(7);
  });

  it('finds topics by the letters of their name', async () => {
    const { topics } = await ask<Page>(TOPICS, { after: null, text: 'COLLA' });
    expect(topics.edges.map((e) => e.node.name)).toEqual(['collagen']);
  });
});

describe('the sources list is paged and searchable', () => {
  type Page = {
    sources: {
      totalCount: number;
      edges: { node: { slug: string; title: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };
  const SOURCES_PAGE = `query ($first: Int, $after: String, $filter: SourceFilter) { sources(first: $first, after: $after, filter: $filter) {
    totalCount edges { node { slug title } } pageInfo { hasNextPage endCursor } } }`;

  async function everyPage(first: number, filter: Record<string, unknown> | null) {
    const titles: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: Page['sources'] = (await ask<Page>(SOURCES_PAGE, { first, after, filter })).sources;
      titles.push(...page.edges.map((e) => e.node.title));
      total = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { titles, total };
  }

  it('pages through all 300 sources, counted', async () => {
    const { titles, total } = await everyPage(200, null);
    expect(total).toBe(300);
    expect(new Set(titles).size).toBe(300);
  });

  it('finds a source past the first page by its title, best match first', async () => {
    const { sources } = await ask<Page>(SOURCES_PAGE, { first: 5, filter: { text: 'synthetic source 287' } });
    expect(sources.edges[0]!.node).toEqual({ slug: 'synthetic-source-0000287', title: 'Synthetic source 287' });
  });

  it('searches as one types: the last word may be the beginning of a word, in pages of its own', async () => {
    const { titles, total } = await everyPage(4, { text: 'Synthetic source 25', partialLastWord: true });
    expect(total).toBe(11);
    expect([...titles].sort()).toEqual(
      ['25', ...Array.from({ length: 10 }, (_, i) => `25${i}`)].map((n) => `Synthetic source ${n}`).sort(),
    );
  });

  it('refuses a cursor of a search in a list without one', async () => {
    const { sources } = await ask<Page>(SOURCES_PAGE, { first: 2, filter: { text: 'synthetic' } });
    const { errors } = await app.graphql(SOURCES_PAGE, { first: 2, after: sources.pageInfo.endCursor, filter: null });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the matrix and the graph start from what a reader chose, never the whole base', () => {
  interface Neighbourhood {
    claims: { slug: string; topics: string[]; consensus: { sourceCount: number } }[];
    sources: { slug: string }[];
    cells: { claim: { slug: string }; source: { slug: string } }[];
    claimTotal: number | null;
    hasMoreClaims: boolean;
    hasMoreSources: boolean;
  }
  const NEIGHBOURHOOD = `query ($around: NeighbourhoodFocus, $claims: Int, $sources: Int) {
    neighbourhood(around: $around, claims: $claims, sources: $sources) {
      claims { slug topics consensus { sourceCount } } sources { slug } cells { claim { slug } source { slug } }
      claimTotal hasMoreClaims hasMoreSources } }`;
  const around = async (focus: Record<string, unknown> | null, claims?: number, sources?: number) =>
    (await ask<{ neighbourhood: Neighbourhood }>(NEIGHBOURHOOD, { around: focus, claims, sources })).neighbourhood;

  /** Every claim row has a cell and every cell is a claim and a source shown: no empty row, nothing off the grid. */
  function expectNoEmptyRow(n: Neighbourhood) {
    const claims = new Set(n.claims.map((c) => c.slug));
    const sources = new Set(n.sources.map((s) => s.slug));
    for (const cell of n.cells) {
      expect(claims.has(cell.claim.slug)).toBe(true);
      expect(sources.has(cell.source.slug)).toBe(true);
    }
    expect(new Set(n.cells.map((c) => c.claim.slug))).toEqual(claims);
  }

  it('opens on the claims most sources address, capped, with the sources that address most of them', async () => {
    const n = await around(null);
    // Sources are chosen to cover the claims: most of the 100 have a source shown (63 with the 20 busiest alone).
    expect(n.claims.length).toBeGreaterThanOrEqual(80);
    expect(n.sources).toHaveLength(20);
    expect(n.claimTotal).toBe(600);
    expect(n.hasMoreClaims).toBe(true);
    expect(n.hasMoreSources).toBe(true);
    expectNoEmptyRow(n);
    const counts = n.claims.map((c) => c.consensus.sourceCount);
    expect(counts[0]).toBe(await count('MATCH (c:Claim) RETURN max(c.sourceCount) AS n'));
  });

  it('shows a topic’s claims and its busiest sources first', async () => {
    // A topic whose claims all have fewer sources than the sample read per claim, so the ranking is exact.
    const [row] = await db.read<{ topic: string }>(
      `MATCH (t:Topic)<-[:IN_TOPIC]-(c:Claim) WITH t, max(c.sourceCount) AS most, count(c) AS claims
       WHERE most < $sample AND claims > 10 RETURN t.name AS topic ORDER BY claims DESC LIMIT 1`,
      { sample: SOURCES_SAMPLED_PER_CLAIM },
    );
    const topic = row!.topic;
    const n = await around({ topic }, 10, 5);
    expect(n.claimTotal).toBe(await count('MATCH (c:Claim) WHERE $topic IN c.topics RETURN count(c) AS n', { topic }));
    expect(n.claims.length).toBeLessThanOrEqual(10);
    expect(n.claims.every((c) => c.topics.includes(topic))).toBe(true);
    expect(n.sources).toHaveLength(5);
    expect(n.hasMoreSources).toBe(true);
    expectNoEmptyRow(n);
    // The busiest source of the topic's first ten claims comes first, and the others follow busiest first.
    const firstTen = await db.read<{ slug: string }>(
      `MATCH (:Topic {name: $topic})<-[:IN_TOPIC]-(c:Claim) RETURN c.slug AS slug ORDER BY c.sourceCount DESC, c.slug LIMIT 10`,
      { topic },
    );
    const [busiest] = await db.read<{ id: string }>(
      `MATCH (s:Source)-[:HAS_ASSERTION]->(:Assertion)-[:ABOUT]->(c:Claim) WHERE c.slug IN $slugs
       WITH s, count(DISTINCT c) AS claims RETURN s.id AS id ORDER BY claims DESC, s.id LIMIT 1`,
      { slugs: firstTen.map((r) => r.slug) },
    );
    expect(n.sources[0]!.slug).toBe(busiest!.id);
    const claimsOf = (source: string) =>
      new Set(n.cells.filter((c) => c.source.slug === source).map((c) => c.claim.slug)).size;
    const sizes = n.sources.map((s) => claimsOf(s.slug));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('around a claim: the claim, its sources, and what else those sources address', async () => {
    const n = await around({ claimId: 'synthetic-claim-0000042' }, 30, 10);
    expect(n.claims[0]!.slug).toBe('synthetic-claim-0000042');
    expect(n.claims.length).toBeGreaterThan(1);
    expect(n.claimTotal).toBeNull();
    expectNoEmptyRow(n);
    const ownSources = new Set(
      n.cells.filter((c) => c.claim.slug === 'synthetic-claim-0000042').map((c) => c.source.slug),
    );
    expect(ownSources.size).toBeGreaterThan(0);
  });

  it('around a source: the source first, its claims, and the other sources that address them', async () => {
    const n = await around({ sourceId: 'synthetic-source-0000123' });
    expect(n.sources[0]!.slug).toBe('synthetic-source-0000123');
    const own = await db.read<{ slug: string }>(
      `MATCH (:Source {id: 'synthetic-source-0000123'})-[:HAS_ASSERTION]->()-[:ABOUT]->(c:Claim) RETURN DISTINCT c.slug AS slug`,
    );
    expect(n.claims.map((c) => c.slug).sort()).toEqual(own.map((r) => r.slug).sort());
    expect(n.sources.length).toBeGreaterThan(1);
    expectNoEmptyRow(n);
  });

  it('finds claims by words, the best matches first', async () => {
    const n = await around({ text: 'collagen' }, 20, 10);
    expect(n.claims.length).toBeGreaterThan(0);
    // Matches among statements and quotes alike, as the claims list counts them.
    expect(n.claimTotal).toBeGreaterThanOrEqual(
      await count(`MATCH (c:Claim) WHERE c.statement CONTAINS 'collagen' RETURN count(c) AS n`),
    );
    expectNoEmptyRow(n);
  });

  it('refuses two choices at once and caps out of range', async () => {
    for (const variables of [
      { around: { topic: 'collagen', text: 'hair' } },
      { claims: 0 },
      { claims: 201 },
      { sources: 51 },
    ]) {
      const { errors, status } = await app.graphql(NEIGHBOURHOOD, variables);
      expect(status).toBe(200);
      expect(errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });
});
