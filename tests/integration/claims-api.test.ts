import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import { consensusOf } from '../../server/src/domain/consensus.js';
import { realCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const corpus = readValidCorpus(realCorpus);
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(realCorpus);
});
afterAll(async () => app?.stop());

interface ClaimView {
  id: string;
  slug: string;
  statement: string;
  consensus: {
    status: string;
    supporting: number;
    contradicting: number;
    qualifying: number;
    sourceCount: number;
    bestGrade: string | null;
    gradeConflict: boolean;
  };
  assertions: {
    id: string;
    stance: string;
    grade: string;
    quote: { exact: string; start: number; end: number };
    source: { id: string; text: string };
  }[];
  conflictsWith: { slug: string }[];
}

const CLAIM = `query ($id: ID!) { claim(id: $id) {
  id slug statement
  consensus { status supporting contradicting qualifying sourceCount bestGrade gradeConflict }
  assertions { id stance grade quote { exact start end } source { id text } }
  conflictsWith { slug }
} }`;

const claim = async (id: string) => (await app.graphql<{ claim: ClaimView | null }>(CLAIM, { id })).data!.claim;

const ALL_CLAIMS = `query ($first: Int, $after: String) { claims(first: $first, after: $after) {
  edges { node { slug consensus { status supporting contradicting qualifying sourceCount bestGrade gradeConflict } conflictsWith { slug } } }
  pageInfo { hasNextPage endCursor }
} }`;

type ClaimsPage = {
  claims: {
    edges: { node: Pick<ClaimView, 'slug' | 'consensus' | 'conflictsWith'> }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

async function allClaims() {
  const nodes: ClaimsPage['claims']['edges'][number]['node'][] = [];
  let after: string | null = null;
  do {
    const page: ClaimsPage = (await app.graphql<ClaimsPage>(ALL_CLAIMS, { first: 25, after })).data!;
    nodes.push(...page.claims.edges.map((e) => e.node));
    after = page.claims.pageInfo.hasNextPage ? page.claims.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe('the consensus of a claim, read through GraphQL from the loaded base', () => {
  it('is CONTESTED where one source says the products are standardized and two say they are not', async () => {
    const c = (await claim('exosome-products-are-standardized'))!;
    expect(c.consensus).toMatchObject({ status: 'CONTESTED', supporting: 1, contradicting: 2 });
    expect(new Set(c.assertions.map((a) => a.stance))).toEqual(new Set(['SUPPORTS', 'CONTRADICTS']));
  });

  it('is CONTRADICTED for instant or permanent results, which no source supports', async () => {
    const c = (await claim('exosome-therapy-gives-instant-or-permanent-results'))!;
    expect(c.consensus.status).toBe('CONTRADICTED');
    expect(c.consensus.supporting).toBe(0);
    expect(c.consensus.bestGrade).toBeNull();
  });

  it('shows a grade conflict where one source cites clinical studies and another only laboratory signals', async () => {
    const c = (await claim('exosomes-stimulate-fibroblast-activity'))!;
    expect(c.consensus.gradeConflict).toBe(true);
    expect(c.consensus.bestGrade).toBe('CLINICAL');
    expect(c.assertions.map((a) => a.grade)).toContain('PRECLINICAL');
  });

  it('matches, for every claim, the consensus the data files imply', async () => {
    const claims = await allClaims();
    expect(claims).toHaveLength(corpus.claims.length);
    for (const c of claims) {
      const expected = consensusOf(corpus.assertions.filter((a) => a.claimSlug === c.slug));
      expect({ slug: c.slug, ...c.consensus }).toEqual({ slug: c.slug, ...expected });
    }
  });
});

describe('a claim and its evidence', () => {
  it('lists assertions strongest grade first, each quote verbatim at its offsets in its source', async () => {
    const c = (await claim('exosome-therapy-speeds-recovery-after-procedures'))!;
    const ranks = c.assertions.map((a) => ['ANECDOTAL', 'PRECLINICAL', 'CLINICAL'].indexOf(a.grade));
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
    for (const a of c.assertions) expect(a.source.text.slice(a.quote.start, a.quote.end)).toBe(a.quote.exact);
  });

  it('is found by slug and by global id alike; an unknown one is null', async () => {
    const bySlug = (await claim('exosome-therapy-regrows-hair'))!;
    expect((await claim(bySlug.id))!.slug).toBe('exosome-therapy-regrows-hair');
    expect(await claim('exosomes-cure-everything')).toBeNull();
  });

  it('links conflicting claims both ways', async () => {
    const claims = await allClaims();
    const bySlug = new Map(claims.map((c) => [c.slug, c]));
    const linked = claims.filter((c) => c.conflictsWith.length > 0);
    expect(linked.length).toBeGreaterThan(0);
    for (const c of linked) {
      for (const other of c.conflictsWith)
        expect(bySlug.get(other.slug)!.conflictsWith.map((o) => o.slug)).toContain(c.slug);
    }
  });
});

describe('a source and its assertions', () => {
  it('lists the assertions in the order of its text', async () => {
    const { data } = await app.graphql<{ source: { assertions: { quote: { start: number } }[] } }>(
      `{ source(id: "clinic-article-exosome-caution-dr-sang") { assertions { quote { start } } } }`,
    );
    const starts = data!.source.assertions.map((a) => a.quote.start);
    expect(starts.length).toBe(
      corpus.assertions.filter((a) => a.sourceId === 'clinic-article-exosome-caution-dr-sang').length,
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('cost is bounded by the shape of a query, not by how many items it returns', () => {
  const HEAVY = `query ($first: Int) { claims(first: $first) { edges { node {
    statement consensus { status } conflictsWith { slug }
    assertions { grade promotionalCues { phrase } source { title jama { authorship { met } } } claim { slug } }
  } } } }`;

  it('takes as many Cypher round trips for 10 claims as for 60', async () => {
    const tripsFor = async (first: number) => {
      const before = app.roundTrips();
      const { errors } = await app.graphql(HEAVY, { first });
      expect(errors).toBeUndefined();
      return app.roundTrips() - before;
    };
    const ten = await tripsFor(10);
    const sixty = await tripsFor(60);
    expect(sixty).toBe(ten);
    expect(ten).toBeLessThanOrEqual(6);
  });
});
