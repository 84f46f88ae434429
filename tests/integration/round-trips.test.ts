import path from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { createDatabase } from '../../server/src/db/repositories.js';
import { refreshConsensusInBatches } from '../../server/src/services/consensus-refresh.js';
import { fixtureCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

let app: Awaited<ReturnType<typeof startTestApp>>;

/** 250 claims on 30 sources, each claim with assertions from three sources, written straight into Neo4j. */
const SYNTHETIC = `
UNWIND range(1, 30) AS n
CREATE (:Source {id: 'synthetic-' + right('00' + n, 3), title: 'Synthetic source ' + n, kind: 'other', authors: [], language: 'en',
  text: 'A synthetic passage that supports a claim.', contentHash: 'h' + n, commercialInterest: false})
WITH count(*) AS sources
UNWIND range(1, 250) AS n
CREATE (c:Claim {slug: 'synthetic-claim-' + right('000' + n, 4), statement: 'Synthetic claim number ' + n, topics: ['synthetic'],
  status: 'SUPPORTED', supporting: 3, contradicting: 0, qualifying: 0, sourceCount: 3, bestGrade: 'CLINICAL', gradeConflict: false, contestScore: 3000})
WITH c, n
UNWIND [0, 1, 2] AS k
MATCH (s:Source {id: 'synthetic-' + right('00' + ((n + k) % 30 + 1), 3)})
CREATE (s)-[:HAS_ASSERTION]->(:Assertion {id: c.slug + '--' + s.id, stance: CASE k WHEN 2 THEN 'QUALIFIES' ELSE 'SUPPORTS' END,
  grade: 'CLINICAL', basis: 'unspecified_clinical', rationale: 'Synthetic.', hedged: false, cited: false, gradedBy: 'curator',
  anchorState: 'ANCHORED', version: 1, exact: 'A synthetic passage', start: 0, end: 19, prefix: '', suffix: ' that supports a claim.'})-[:ABOUT]->(c)`;

beforeAll(async () => {
  const db = await freshDatabase();
  // The page's own statements, counted without the response cache's one check of the database's
  // state per query (tests/integration/response-cache.test.ts counts that).
  app = await startTestApp(fixtureCorpus('corpus-small'), { CLAIMGRAPH_RESPONSE_CACHE_MB: '0' });
  await db.write(SYNTHETIC);
  // Consensus, counts and page keys, as every write through the app derives them.
  await refreshConsensusInBatches(createDatabase(db), 'all');
  await db.close();
});
afterAll(async () => app?.stop());

async function roundTrips(query: string, variables: Record<string, unknown>): Promise<number> {
  const before = app.roundTrips();
  const { errors } = await app.graphql(query, variables);
  expect(errors).toBeUndefined();
  return app.roundTrips() - before;
}

const HEAVY_QUERIES: Record<string, string> = {
  'claims page with evidence': `query ($n: Int) { claims(first: $n, filter: { topic: "synthetic" }) { edges { node {
    statement consensus { status bestGrade } conflictsWith { slug } refines { slug } history { action }
    assertions { grade overreach permalink quote { exact } citation(format: AMA) source { title jama { currency { met } } } claim { slug } }
  } } } }`,
  'sources page with assertions': `query ($n: Int) { sources(first: $n) { edges { node {
    title previousVersions { textVersion } assertions { stance claim { statement consensus { status } } }
  } } } }`,
};

describe('every operation costs a bounded number of Cypher round trips, whatever its page size', () => {
  it.each(Object.entries(HEAVY_QUERIES))('%s: as many at 10 items as at 200', async (_name, query) => {
    const ten = await roundTrips(query, { n: 10 });
    const twoHundred = await roundTrips(query, { n: 200 });
    expect(twoHundred).toBe(ten);
    expect(ten).toBeLessThanOrEqual(8);
  });

  it('agreement matrix: as many for 10 claims as for 200', async () => {
    const matrix = `query ($ids: [ID!]) { agreementMatrix(claimIds: $ids) { claims { statement } sources { title } cells { position { stance grade assertions { quote { exact } } } } } }`;
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `synthetic-claim-${String(i + 1).padStart(4, '0')}`);
    expect(await roundTrips(matrix, { ids: ids(200) })).toBe(await roundTrips(matrix, { ids: ids(10) }));
  });

  it('neighbourhood (the matrix and the graph around a choice): as many for 10 claims and 5 sources as for 200 and 30', async () => {
    const neighbourhood = `query ($claims: Int, $sources: Int) { neighbourhood(around: { topic: "synthetic" }, claims: $claims, sources: $sources) {
      claims { statement consensus { status } conflictsWith { slug } } sources { title } cells { claim { slug } source { slug } position { stance grade } } } }`;
    const small = await roundTrips(neighbourhood, { claims: 10, sources: 5 });
    expect(await roundTrips(neighbourhood, { claims: 200, sources: 30 })).toBe(small);
    expect(small).toBeLessThanOrEqual(6);
  });
});

describe('the matrix and the graph read a statement per stage of their neighbourhood, whatever they start from', () => {
  // The choice's claims (and how many it holds), the sources that cover them, the cells with the
  // rows of their claims, sources and assertions: each stage chooses from what the one before found.
  const STAGES = 4;
  const starts: [string, Record<string, unknown> | null][] = [
    ['the busiest claims', null],
    ['a topic', { topic: 'recovery' }],
    ['words', { text: 'synthetic claim' }],
    ['a claim', { claimId: 'synthetic-claim-0007' }],
    ['a source', { sourceId: 'synthetic-007' }],
  ];
  it.each(starts)('the matrix page from %s', async (_name, around) => {
    const query = await clientDocument('pages/matrix-page.tsx', 'MatrixQuery');
    const { data, errors } = await app.graphql<{ neighbourhood: { cells: unknown[] } }>(query, { around });
    expect(errors).toBeUndefined();
    expect(data!.neighbourhood.cells.length).toBeGreaterThan(0);
    expect(await roundTrips(query, { around })).toBeLessThanOrEqual(STAGES);
  });
  it.each(starts)('the graph page from %s: one more, for the conflicts between its claims', async (_name, around) => {
    const query = await clientDocument('pages/graph-page.tsx', 'GraphQuery');
    expect(await roundTrips(query, { around })).toBeLessThanOrEqual(STAGES + 1);
  });
});

/** A document the browser sends, read from the client module that holds it. */
async function clientDocument(file: string, name: string): Promise<string> {
  const module = (await import(path.join(repoRoot, 'client', 'src', file))) as Record<string, DocumentNode>;
  return print(module[name]!);
}

describe("each of the browser's pages reads its data in one Cypher statement", () => {
  it('a claim page: the claim, its consensus, conflicts, and a page of each stance with every source', async () => {
    const query = await clientDocument('pages/claim-page.tsx', 'ClaimPageQuery');
    const { data, errors } = await app.graphql<{
      claim: { supports: { edges: { node: { source: { title: string } } }[] } };
    }>(query, { slug: 'synthetic-claim-0007' });
    expect(errors).toBeUndefined();
    expect(data!.claim.supports.edges.map((e) => e.node.source.title)).toHaveLength(2);
    expect(await roundTrips(query, { slug: 'synthetic-claim-0007' })).toBe(1);
  });

  it('a source page: the source, its text, every assertion and the claims they are about', async () => {
    const query = await clientDocument('pages/source-page.tsx', 'SourcePageQuery');
    expect(await roundTrips(query, { slug: 'synthetic-007' })).toBe(1);
  });

  it("the benchmark's claim page asks for the same in one statement", async () => {
    const { benchQueries } = await import('../bench/bench-queries.js');
    const { scaleFor } = await import('../bench/synthetic-corpus.js');
    const claimPage = benchQueries(scaleFor(10)).claim_page_typical!.ours[0]!;
    expect(await roundTrips(claimPage.query, { id: 'synthetic-claim-0007' })).toBe(1);
  });
});

describe('a source page reads only the columns of its assertions that it asks for, and answers as whole rows would', () => {
  type Page = { source: { assertions: Record<string, unknown>[] } };
  const narrow = `query ($id: ID!) { source(id: $id) { title assertions { stance grade overreach quote { start end } claim { slug statement } } } }`;
  // `permalink` is a field the plan knows no columns of: the same page is then read as whole rows.
  const whole = `query ($id: ID!) { source(id: $id) { title assertions { stance grade overreach quote { start end } claim { slug statement } permalink } } }`;

  it("the benchmark's source page, in one statement, gives the answers of whole rows", async () => {
    const { benchQueries } = await import('../bench/bench-queries.js');
    const { scaleFor } = await import('../bench/synthetic-corpus.js');
    const sourcePage = benchQueries(scaleFor(10)).source_page!.ours[0]!;
    expect(await roundTrips(sourcePage.query, { id: 'synthetic-007' })).toBe(1);
    const narrowed = await app.graphql<Page>(narrow, { id: 'synthetic-007' });
    const read = await app.graphql<Page>(whole, { id: 'synthetic-007' });
    expect(narrowed.errors).toBeUndefined();
    expect(read.errors).toBeUndefined();
    const assertions = read.data!.source.assertions.map(({ permalink: _permalink, ...rest }) => rest);
    expect(assertions.length).toBeGreaterThan(0);
    expect(narrowed.data!.source.assertions).toEqual(assertions);
  });

  it("reads the source itself by name where the page asks only a line's fields and its text, with a whole row's answers", async () => {
    type One = { source: Record<string, unknown> & { assertions?: { source: Record<string, unknown> }[] } };
    const named = `query ($id: ID!) { source(id: $id) { id slug title kind commercialInterest text } }`;
    // `language` and `jama` are fields a name does not answer: the source is then read whole.
    const whole = `query ($id: ID!) { source(id: $id) { id slug title kind commercialInterest text language jama { currency { met } } } }`;
    expect(await roundTrips(named, { id: 'synthetic-007' })).toBe(1);
    const narrowed = await app.graphql<One>(named, { id: 'synthetic-007' });
    const read = await app.graphql<One>(whole, { id: 'synthetic-007' });
    expect(narrowed.errors).toBeUndefined();
    expect(read.errors).toBeUndefined();
    const { language, jama: _jama, ...rest } = read.data!.source;
    expect(rest).toMatchObject({ title: expect.stringMatching(/^Synthetic source /), kind: 'other' });
    expect(narrowed.data!.source).toEqual(rest);
    // Its assertions asking their source: the page's source is read whole, and serves them from memory.
    const withSources = `query ($id: ID!) { source(id: $id) { title assertions { source { slug language } } } }`;
    expect(await roundTrips(withSources, { id: 'synthetic-007' })).toBe(1);
    const { data } = await app.graphql<One>(withSources, { id: 'synthetic-007' });
    expect(data!.source.assertions!.length).toBeGreaterThan(0);
    for (const a of data!.source.assertions!) expect(a.source).toEqual({ slug: 'synthetic-007', language });
  });

  it('the same assertions and claims reached by another path in the query are whole', async () => {
    const { data, errors } = await app.graphql<{
      source: { assertions: { stance: string; claim: { slug: string; statement: string } }[] };
      claim: { consensus: { status: string }; assertions: { rationale: string; source: { slug: string } }[] };
      other: { assertions: { rationale: string; claim: { consensus: { status: string } } }[] };
    }>(
      `query ($id: ID!, $slug: ID!) {
        source(id: $id) { assertions { stance claim { slug statement } } }
        claim(id: $slug) { consensus { status } assertions { rationale source { slug } } }
        other: source(id: $id) { assertions { rationale claim { consensus { status } } } }
      }`,
      { id: 'synthetic-008', slug: 'synthetic-claim-0007' },
    );
    expect(errors).toBeUndefined();
    expect(data!.source.assertions.map((a) => a.claim.slug)).toContain('synthetic-claim-0007');
    expect(data!.claim.consensus.status).toBe('SUPPORTED');
    expect(data!.claim.assertions.map((a) => a.rationale)).toEqual(['Synthetic.', 'Synthetic.', 'Synthetic.']);
    expect(data!.other.assertions.map((a) => [a.rationale, a.claim.consensus.status])).toEqual(
      data!.source.assertions.map(() => ['Synthetic.', 'SUPPORTED']),
    );
  });
});

describe("a claim page that shows its passages' sources by name reads only those, and answers as whole rows would", () => {
  type Page = { claim: { supports: { edges: { node: { id: string; source: Record<string, unknown> } }[] } } };
  const named = `query ($slug: ID!) { claim(id: $slug) { supports: assertionsWithStance(stance: SUPPORTS, first: 20) {
    edges { node { id source { id slug title kind commercialInterest } } } } } }`;
  // `publisher` is a field a page line's name does not answer: the same page is then read with whole sources.
  const whole = `query ($slug: ID!) { claim(id: $slug) { supports: assertionsWithStance(stance: SUPPORTS, first: 20) {
    edges { node { id source { id slug title kind commercialInterest publisher } } } } } }`;

  it('in one statement, with the answers of whole sources', async () => {
    expect(await roundTrips(named, { slug: 'synthetic-claim-0007' })).toBe(1);
    const narrowed = await app.graphql<Page>(named, { slug: 'synthetic-claim-0007' });
    const read = await app.graphql<Page>(whole, { slug: 'synthetic-claim-0007' });
    expect(narrowed.errors).toBeUndefined();
    expect(read.errors).toBeUndefined();
    const sources = read.data!.claim.supports.edges.map(({ node }) => {
      const { publisher: _publisher, ...rest } = node.source;
      return { ...node, source: rest };
    });
    expect(sources).toHaveLength(2);
    expect(sources[0]!.source).toMatchObject({ title: expect.stringMatching(/^Synthetic source /), kind: 'other' });
    expect(narrowed.data!.claim.supports.edges.map(({ node }) => node)).toEqual(sources);
  });
});

describe("a matrix that asks only its claims' and sources' names reads only those, and answers as whole rows would", () => {
  type Matrix = {
    agreementMatrix: {
      claims: Record<string, unknown>[];
      sources: Record<string, unknown>[];
      cells: { claim: Record<string, unknown>; source: Record<string, unknown>; position: unknown }[];
    };
  };
  const claimIds = ['synthetic-claim-0007', 'synthetic-claim-0008', 'synthetic-claim-0250'];
  const sourceIds = ['synthetic-008', 'synthetic-009', 'synthetic-010'];
  const named = `query ($c: [ID!], $s: [ID!]) { agreementMatrix(claimIds: $c, sourceIds: $s) {
    claims { slug statement } sources { slug title } cells { claim { slug } source { slug title } position { stance grade } } } }`;
  // `topics` and `kind` are fields a name does not answer: the same matrix is then read as whole rows.
  const whole = `query ($c: [ID!], $s: [ID!]) { agreementMatrix(claimIds: $c, sourceIds: $s) {
    claims { slug statement topics } sources { slug title kind } cells { claim { slug topics } source { slug title kind } position { stance grade } } } }`;

  it("the benchmark's matrix, in one statement, gives the answers of whole rows", async () => {
    const { benchQueries } = await import('../bench/bench-queries.js');
    const { scaleFor } = await import('../bench/synthetic-corpus.js');
    expect(
      await roundTrips(benchQueries(scaleFor(10)).matrix_20x50!.ours[0]!.query, { c: claimIds, s: sourceIds }),
    ).toBe(1);
    const narrowed = await app.graphql<Matrix>(named, { c: claimIds, s: sourceIds });
    const read = await app.graphql<Matrix>(whole, { c: claimIds, s: sourceIds });
    expect(read.data!.agreementMatrix.cells.length).toBeGreaterThan(0);
    const withoutMore = ({ topics: _topics, kind: _kind, ...rest }: Record<string, unknown>) => rest;
    const matrix = read.data!.agreementMatrix;
    expect(narrowed.data!.agreementMatrix).toEqual({
      claims: matrix.claims.map(withoutMore),
      sources: matrix.sources.map(withoutMore),
      cells: matrix.cells.map((cell) => ({
        claim: withoutMore(cell.claim),
        source: withoutMore(cell.source),
        position: cell.position,
      })),
    });
  });

  it('the same claims and sources reached by another path in the query are whole', async () => {
    const { data, errors } = await app.graphql<{
      agreementMatrix: { claims: { slug: string }[] };
      claim: { consensus: { status: string }; topics: string[] };
      source: { kind: string };
    }>(
      `query ($c: [ID!], $s: [ID!]) {
        agreementMatrix(claimIds: $c, sourceIds: $s) { claims { slug statement } sources { title } cells { claim { slug } } }
        claim(id: "synthetic-claim-0007") { consensus { status } topics }
        source(id: "synthetic-008") { kind }
      }`,
      { c: claimIds.slice(0, 3), s: sourceIds },
    );
    expect(errors).toBeUndefined();
    expect(data!.agreementMatrix.claims.map((c) => c.slug)).toContain('synthetic-claim-0007');
    expect(data!.claim).toEqual({ consensus: { status: 'SUPPORTED' }, topics: ['synthetic'] });
    expect(data!.source.kind).toBe('other');
  });
});
