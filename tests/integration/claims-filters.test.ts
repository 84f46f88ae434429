import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { prepareBase } from '../../server/src/services/base-setup.js';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import { consensusOf } from '../../server/src/domain/consensus.js';
import { realCorpus, startTestApp, type GraphQLResponse } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const corpus = readValidCorpus(realCorpus);
const expected = new Map(
  corpus.claims.map((c) => [c.slug, consensusOf(corpus.assertions.filter((a) => a.claimSlug === c.slug))]),
);
const slugsWhere = (test: (c: ReturnType<typeof consensusOf>) => boolean) =>
  [...expected]
    .filter(([, c]) => test(c))
    .map(([slug]) => slug)
    .sort();

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(realCorpus);
});
afterAll(async () => app?.stop());

type Page = {
  claims: {
    edges: {
      cursor: string;
      node: {
        slug: string;
        statement: string;
        consensus: { status: string; sourceCount: number; supporting: number; contradicting: number };
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};
const LIST = `query ($filter: ClaimFilter, $orderBy: ClaimOrder, $first: Int, $after: String) {
  claims(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { cursor node { slug statement consensus { status sourceCount supporting contradicting } } } pageInfo { hasNextPage endCursor } } }`;

async function all(variables: Record<string, unknown>, first = 7) {
  const nodes: Page['claims']['edges'][number]['node'][] = [];
  let after: string | null = null;
  do {
    const response: GraphQLResponse<Page> = await app.graphql<Page>(LIST, { ...variables, first, after });
    expect(response.errors).toBeUndefined();
    const page = response.data!.claims;
    nodes.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe('filtering claims by their consensus', () => {
  it.each([
    ['status CONTESTED', { status: 'CONTESTED' }, (c: ReturnType<typeof consensusOf>) => c.status === 'CONTESTED'],
    [
      'status CONTRADICTED',
      { status: 'CONTRADICTED' },
      (c: ReturnType<typeof consensusOf>) => c.status === 'CONTRADICTED',
    ],
    [
      'best grade CLINICAL',
      { bestGrade: 'CLINICAL' },
      (c: ReturnType<typeof consensusOf>) => c.bestGrade === 'CLINICAL',
    ],
    ['a grade conflict', { gradeConflict: true }, (c: ReturnType<typeof consensusOf>) => c.gradeConflict],
  ])('by %s returns exactly the claims the data implies', async (_name, filter, test) => {
    const found = (await all({ filter })).map((n) => n.slug).sort();
    expect(found).toEqual(slugsWhere(test));
    expect(found.length).toBeGreaterThan(0);
  });

  it('by topic and by source', async () => {
    const hair = await all({ filter: { topic: 'hair' } });
    expect(hair.map((n) => n.slug)).toContain('exosome-therapy-regrows-hair');
    const magazine = await all({ filter: { sourceId: 'magazine-exosome-skin-rejuvenation' } });
    const expectedSlugs = [
      ...new Set(
        corpus.assertions.filter((a) => a.sourceId === 'magazine-exosome-skin-rejuvenation').map((a) => a.claimSlug),
      ),
    ].sort();
    expect(magazine.map((n) => n.slug).sort()).toEqual(expectedSlugs);
  });
});

describe('counting the claims a filter keeps', () => {
  it('gives the same total as paging through them, for each filter', async () => {
    for (const filter of [
      undefined,
      { status: 'SUPPORTED' },
      { topic: 'hair' },
      { text: 'skin' },
      { bestGrade: 'CLINICAL', gradeConflict: true },
    ]) {
      const { data, errors } = await app.graphql<{ claims: { totalCount: number } }>(
        `query ($filter: ClaimFilter) { claims(first: 1, filter: $filter) { totalCount } }`,
        { filter },
      );
      expect(errors).toBeUndefined();
      expect(data!.claims.totalCount, JSON.stringify(filter)).toBe((await all({ filter })).length);
    }
  });
});

describe('a list reads as much of each claim as it shows', () => {
  it('gives the same claims and consensus whether it asks for summaries or for every field', async () => {
    type Node = {
      slug: string;
      statement: string;
      consensus: unknown;
      topics?: string[];
      conflictsWith?: { slug: string }[];
    };
    const list = (fields: string) =>
      app.graphql<{ claims: { edges: { node: Node }[] } }>(
        `query ($filter: ClaimFilter) { claims(first: 50, filter: $filter, orderBy: MOST_SOURCES) { edges { node { ${fields} } } } }`,
        { filter: { status: 'CONTESTED' } },
      );
    const summary =
      'slug statement consensus { status supporting contradicting qualifying sourceCount bestGrade gradeConflict }';
    const summaries = await list(summary);
    const whole = await list(`${summary} topics conflictsWith { slug }`);
    expect(summaries.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    const nodes = whole.data!.claims.edges.map((e) => e.node);
    expect(nodes.length).toBe(slugsWhere((c) => c.status === 'CONTESTED').length);
    expect(summaries.data!.claims.edges.map((e) => e.node)).toEqual(
      nodes.map(({ topics: _topics, conflictsWith: _conflicts, ...rest }) => rest),
    );
    const stored = new Map(corpus.claims.map((c) => [c.slug, c.topics]));
    expect(nodes.map((n) => [...n.topics!].sort())).toEqual(nodes.map((n) => [...(stored.get(n.slug) ?? [])].sort()));
    expect(nodes.some((n) => n.conflictsWith!.length > 0)).toBe(true);
  });

  it("gives the same status whether a search asks for each claim's status alone or for its whole consensus", async () => {
    type Node = { slug: string; consensus: Record<string, unknown> | null; also?: Record<string, unknown> | null };
    const search = (fields: string) =>
      app.graphql<{ claims: { edges: { node: Node }[] } }>(
        `query ($filter: ClaimFilter) { claims(first: 20, filter: $filter) { edges { node { slug ${fields} } } } }`,
        { filter: { text: 'skin' } },
      );
    const lines = await search('consensus { status }');
    const whole = await search('consensus { status sourceCount supporting } topics');
    // Another alias asking for more than the status: each claim's consensus is read whole.
    const aliased = await search('consensus { status } also: consensus { sourceCount }');
    for (const answer of [lines, whole, aliased]) expect(answer.errors).toBeUndefined();
    const wholeNodes = whole.data!.claims.edges.map((e) => e.node);
    expect(wholeNodes.length).toBeGreaterThan(7);
    expect(lines.data!.claims.edges.map((e) => [e.node.slug, e.node.consensus])).toEqual(
      wholeNodes.map((n) => [n.slug, { status: n.consensus!.status }]),
    );
    expect(aliased.data!.claims.edges.map((e) => [e.node.slug, e.node.also])).toEqual(
      wholeNodes.map((n) => [n.slug, { sourceCount: n.consensus!.sourceCount }]),
    );
    for (const n of wholeNodes) expect(n.consensus).toMatchObject({ status: expected.get(n.slug)!.status });
  });
});

describe('searching claims by text', () => {
  it('finds a claim by the words of its statement or of a quote about it', async () => {
    expect((await all({ filter: { text: 'PRP alopecia' } })).map((n) => n.slug)).toContain(
      'exosome-therapy-beats-prp-for-hair-loss',
    );
    expect((await all({ filter: { text: 'graft-versus-host' } })).map((n) => n.slug)).toContain(
      'exosome-therapy-cannot-cause-graft-versus-host-reaction',
    );
  });

  it('ranks the best matches first by default, and pages through them with each claim once', async () => {
    const hair = await all({ filter: { text: 'hair' } });
    expect(hair[0]!.statement.toLowerCase()).toContain('hair');
    const nodes = await all({ filter: { text: 'skin' } });
    expect(nodes.length).toBeGreaterThan(7);
    expect(new Set(nodes.map((n) => n.slug)).size).toBe(nodes.length);
    const alphabetical = await all({ filter: { text: 'skin' }, orderBy: 'ALPHABETICAL' });
    expect(alphabetical.map((n) => n.slug).sort()).toEqual(nodes.map((n) => n.slug).sort());
    expect(alphabetical.map((n) => n.statement.toLowerCase())).toEqual(
      alphabetical.map((n) => n.statement.toLowerCase()).sort(),
    );
  });

  it('ranks each claim by its best match, statement or quote, ties by slug, on every page of any size', async () => {
    const database = Neo4jClient.connect(inject('neo4j'));
    try {
      for (const text of ['skin', 'exosome', 'hair', 'PRP']) {
        // The ranking by its definition: every match of both indexes, each claim at its best score.
        const ranked = await database.read<{ slug: string }>(
          `CALL () {
            CALL db.index.fulltext.queryNodes('claim_text', $text) YIELD node, score RETURN node AS c, score
            UNION ALL
            CALL db.index.fulltext.queryNodes('assertion_quote', $text) YIELD node, score
            MATCH (node)-[:ABOUT]->(c:Claim) RETURN c, score
          }
          WITH c, max(score) AS relevance RETURN c.slug AS slug ORDER BY relevance DESC, slug`,
          { text: text.split(' ').join(' AND ') },
        );
        expect(ranked.length, text).toBeGreaterThan(2);
        for (const first of [1, 3, 7, 50]) {
          expect((await all({ filter: { text } }, first)).map((n) => n.slug)).toEqual(ranked.map((r) => r.slug));
        }
      }
    } finally {
      await database.close();
    }
  });

  it('finds a claim as its words are typed, the last one partly typed or a word the index leaves out', async () => {
    const typed = async (text: string) => (await all({ filter: { text, partialLastWord: true } })).map((n) => n.slug);
    const claim = 'exosome-therapy-avoids-risks-of-cell-based-therapies';
    expect(await typed('Because exosomes contain no ce')).toContain(claim);
    expect(await typed('Because exosomes contain no cells or')).toContain(claim);
    expect(await typed('Because exosomes contain no cells or DN')).toContain(claim);
  });

  it('finds other forms of the same word: "standardizing" finds what says "standardized"', async () => {
    expect((await all({ filter: { text: 'standardizing' } })).map((n) => n.slug)).toContain(
      'exosome-products-are-standardized',
    );
  });

  it('remakes a full-text index an older version made without English analysis', async () => {
    const database = Neo4jClient.connect(inject('neo4j'));
    try {
      await database.write('DROP INDEX claim_text');
      await database.write(
        "CREATE FULLTEXT INDEX claim_text FOR (c:Claim) ON EACH [c.statement] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
      );
      await prepareBase(database);
      const [index] = await database.read<{ analyzer: string }>(
        "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'claim_text' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer",
      );
      expect(index!.analyzer).toBe('english');
    } finally {
      await database.close();
    }
    expect((await all({ filter: { text: 'standardizing' } })).map((n) => n.slug)).toContain(
      'exosome-products-are-standardized',
    );
  });

  it('refuses RELEVANCE without words to search for', async () => {
    const { errors } = await app.graphql(LIST, { orderBy: 'RELEVANCE' });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('treats query syntax in the box as plain words, never as an error', async () => {
    const { errors } = await app.graphql<Page>(LIST, { filter: { text: 'collagen) OR (* "AND' } });
    expect(errors).toBeUndefined();
  });
});

describe('ordering claims', () => {
  it('puts the contested claims first under MOST_CONTESTED', async () => {
    const nodes = await all({ orderBy: 'MOST_CONTESTED' });
    const contested = slugsWhere((c) => c.status === 'CONTESTED');
    expect(
      nodes
        .slice(0, contested.length)
        .map((n) => n.slug)
        .sort(),
    ).toEqual(contested);
  });

  it('pages through each order, also under a status filter, with every claim once and in order', async () => {
    for (const orderBy of ['ALPHABETICAL', 'MOST_CONTESTED', 'MOST_SOURCES']) {
      for (const status of [undefined, 'SUPPORTED']) {
        const nodes = await all({ orderBy, filter: status ? { status } : undefined });
        const wanted = status ? slugsWhere((c) => c.status === status) : [...expected.keys()].sort();
        expect(nodes.map((n) => n.slug).sort(), `${orderBy} ${status ?? ''}`).toEqual(wanted);
        if (orderBy === 'ALPHABETICAL')
          expect(nodes.map((n) => n.statement.toLowerCase())).toEqual(
            nodes.map((n) => n.statement.toLowerCase()).sort(),
          );
      }
    }
  });

  it('lists a claim written by an older version, without sort keys, once the app has started on it', async () => {
    const database = Neo4jClient.connect(inject('neo4j'));
    try {
      await database.write(`MATCH (c:Claim) WITH c LIMIT 3 REMOVE c.statementKey, c.contestScore, c.sourceCount`);
      await prepareBase(database);
    } finally {
      await database.close();
    }
    for (const orderBy of ['ALPHABETICAL', 'MOST_CONTESTED', 'MOST_SOURCES']) {
      expect((await all({ orderBy })).map((n) => n.slug).sort()).toEqual([...expected.keys()].sort());
    }
  });

  it('pages through MOST_SOURCES with every claim once, most sources first', async () => {
    const nodes = await all({ orderBy: 'MOST_SOURCES' });
    expect(nodes.map((n) => n.slug).sort()).toEqual([...expected.keys()].sort());
    const counts = nodes.map((n) => n.consensus.sourceCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('refuses a cursor from another order', async () => {
    const { data } = await app.graphql<Page>(LIST, { orderBy: 'MOST_SOURCES', first: 2 });
    const { errors } = await app.graphql(LIST, {
      orderBy: 'ALPHABETICAL',
      first: 2,
      after: data!.claims.pageInfo.endCursor,
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
