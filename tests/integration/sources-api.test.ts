import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { freshDatabase } from '../support/test-database.js';
import { fixtureCorpus, startTestApp } from '../support/test-app.js';

type SourcesPage = {
  sources: {
    edges: {
      cursor: string;
      node: { id: string; title: string; kind: string; text: string; contentHash: string; commercialInterest: boolean };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const SOURCES = `query ($first: Int, $after: String) {
  sources(first: $first, after: $after) {
    edges { cursor node { id title kind text contentHash commercialInterest } }
    pageInfo { hasNextPage endCursor }
  }
}`;

let db: Neo4jClient;
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  db = await freshDatabase();
  app = await startTestApp(fixtureCorpus('corpus-small'));
  // Two more sources straight into Neo4j, so that paging has pages.
  await db.write(`UNWIND ['zz-extra-1', 'zz-extra-2'] AS id
    CREATE (:Source {id: id, title: 'Extra ' + id, kind: 'other', authors: [], language: 'en', text: 'x', contentHash: 'h', commercialInterest: true})`);
});
afterAll(async () => {
  await app?.stop();
  await db?.close();
});

describe('GET /health', () => {
  it('answers 200 with the Neo4j version and the counts once the base is loaded', async () => {
    const response = await fetch(new URL('health', app.url));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      neo4j: { version: string };
      counts: { sources: number; claims: number; assertions: number };
    };
    expect(body.status).toBe('ok');
    expect(body.neo4j.version).toMatch(/^5\./);
    expect(body.counts).toEqual({ sources: 3, claims: 2, assertions: 2 });
  });
});

describe('the sources query: browser → GraphQL → data layer → Neo4j', () => {
  it('returns the loaded source with its verbatim text and content hash', async () => {
    const { data, errors } = await app.graphql<SourcesPage>(SOURCES, { first: 10 });
    expect(errors).toBeUndefined();
    const faq = data!.sources.edges.find((e) => e.node.title === 'What are exosomes in aesthetic dermatology?')!.node;
    expect(faq.kind).toBe('clinic_faq');
    expect(faq.text.startsWith('What are exosomes in aesthetic dermatology?\nIn aesthetic dermatology')).toBe(true);
    expect(faq.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(faq.commercialInterest).toBe(false);
  });

  it('pages forward with opaque cursors until there is no next page', async () => {
    const first = await app.graphql<SourcesPage>(SOURCES, { first: 2 });
    expect(first.data!.sources.edges).toHaveLength(2);
    expect(first.data!.sources.pageInfo.hasNextPage).toBe(true);
    const cursor = first.data!.sources.pageInfo.endCursor!;
    expect(cursor).not.toContain('zz-extra');
    const second = await app.graphql<SourcesPage>(SOURCES, { first: 2, after: cursor });
    expect(second.data!.sources.edges.map((e) => e.node.title)).toEqual(['Extra zz-extra-2']);
    expect(second.data!.sources.pageInfo.hasNextPage).toBe(false);
  });

  it.each([0, -1, 201])('refuses first: %i as the caller’s error, not a silent clamp', async (first) => {
    const { status, data, errors } = await app.graphql(SOURCES, { first });
    expect(status).toBe(200);
    expect(data).toBeNull();
    expect(errors?.[0]?.message).toContain('"first" must be between 1 and 200');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds a source by its global id through node(id:) and source(id:)', async () => {
    const { data } = await app.graphql<SourcesPage>(SOURCES, { first: 1 });
    const id = data!.sources.edges[0]!.node.id;
    const byNode = await app.graphql<{ node: { title: string } }>(
      `query ($id: ID!) { node(id: $id) { ... on Source { title } } }`,
      { id },
    );
    const bySource = await app.graphql<{ source: { title: string } }>(
      `query ($id: ID!) { source(id: $id) { title } }`,
      { id },
    );
    expect(byNode.data!.node.title).toBe(bySource.data!.source.title);
    const missing = await app.graphql<{ source: unknown }>(`{ source(id: "no-such-source") { title } }`);
    expect(missing.data!.source).toBeNull();
  });
});
