import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import { realCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const corpus = readValidCorpus(realCorpus);
const EXPERT = 'expert-review-exosomes-aesthetic-medicine';
const CAUTION = 'clinic-article-exosome-caution-dr-sang';
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  await (await freshDatabase()).close();
  // The page's own statements, counted without the response cache's one check of the database's
  // state per query (tests/integration/response-cache.test.ts counts that).
  app = await startTestApp(realCorpus, { CLAIMGRAPH_RESPONSE_CACHE_MB: '0' });
});
afterAll(async () => app?.stop());

describe('compareSources: two sources side by side', () => {
  const COMPARE = `query ($a: ID!, $b: ID!) { compareSources(a: $a, b: $b) {
    a { slug } b { slug } agreeing conflicting
    shared { claim { slug } agreement a { stance grade assertions { quote { exact } } } b { stance grade } }
  } }`;
  type Comparison = {
    compareSources: {
      agreeing: number;
      conflicting: number;
      shared: {
        claim: { slug: string };
        agreement: string;
        a: { stance: string; assertions: { quote: { exact: string } }[] };
        b: { stance: string };
      }[];
    };
  };

  it('lists exactly the claims both address', async () => {
    const { data } = await app.graphql<Comparison>(COMPARE, { a: EXPERT, b: CAUTION });
    const claimsOf = (source: string) =>
      new Set(corpus.assertions.filter((x) => x.sourceId === source).map((x) => x.claimSlug));
    const both = [...claimsOf(EXPERT)].filter((slug) => claimsOf(CAUTION).has(slug)).sort();
    expect(data!.compareSources.shared.map((s) => s.claim.slug)).toEqual(both);
  });

  it('shows the clinic blog and the cautious article in conflict on standardization', async () => {
    const { data } = await app.graphql<Comparison>(COMPARE, { a: EXPERT, b: CAUTION });
    const standardized = data!.compareSources.shared.find((s) => s.claim.slug === 'exosome-products-are-standardized')!;
    expect(standardized).toMatchObject({
      agreement: 'CONFLICT',
      a: { stance: 'SUPPORTS' },
      b: { stance: 'CONTRADICTS' },
    });
    expect(standardized.a.assertions[0]!.quote.exact).toContain('exosomes are standardized');
    expect(data!.compareSources.conflicting).toBeGreaterThanOrEqual(1);
    expect(data!.compareSources.agreeing + data!.compareSources.conflicting).toBeLessThanOrEqual(
      data!.compareSources.shared.length,
    );
  });
});

describe('agreementMatrix: claims × sources in one query', () => {
  type Matrix = {
    agreementMatrix: {
      claims: { slug: string }[];
      sources: { slug: string }[];
      cells: { claim: { slug: string }; source: { slug: string }; position: { stance: string; grade: string } }[];
    };
  };
  const MATRIX = `query ($claimIds: [ID!], $sourceIds: [ID!]) { agreementMatrix(claimIds: $claimIds, sourceIds: $sourceIds) {
    claims { slug } sources { slug } cells { claim { slug } source { slug } position { stance grade } } } }`;

  it('covers every source and claim of the base, with a cell for every pair that has an assertion', async () => {
    const { data } = await app.graphql<Matrix>(MATRIX);
    const m = data!.agreementMatrix;
    expect(m.sources.map((s) => s.slug).sort()).toEqual(corpus.sources.map((s) => s.id).sort());
    expect(m.claims).toHaveLength(corpus.claims.length);
    const pairs = new Set(corpus.assertions.map((a) => `${a.claimSlug}|${a.sourceId}`));
    expect(m.cells).toHaveLength(pairs.size);
  });

  it('restricts to the chosen claims and sources', async () => {
    const { data } = await app.graphql<Matrix>(MATRIX, {
      claimIds: ['exosome-products-are-standardized'],
      sourceIds: [EXPERT, CAUTION],
    });
    expect(data!.agreementMatrix.cells.map((c) => [c.source.slug, c.position.stance]).sort()).toEqual([
      [CAUTION, 'CONTRADICTS'],
      [EXPERT, 'SUPPORTS'],
    ]);
  });

  it('refuses more ids than a matrix can take', async () => {
    const { errors } = await app.graphql(MATRIX, { sourceIds: Array.from({ length: 51 }, (_, i) => `s${i}`) });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a claim or source id that names nothing, naming it', async () => {
    const claim = await app.graphql<Matrix>(MATRIX, {
      claimIds: ['exosome-products-are-standardized', 'no-such-claim'],
    });
    expect(claim.status).toBe(200);
    expect(claim.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(claim.errors?.[0]?.message).toBe('"claimIds": no claim "no-such-claim"');
    const source = await app.graphql<Matrix>(MATRIX, { sourceIds: [EXPERT, 'no-such-source'] });
    expect(source.errors?.[0]?.message).toBe('"sourceIds": no source "no-such-source"');
    // A source that exists but speaks to none of the chosen claims is no mistake: it has no cells.
    const silent = await app.graphql<Matrix>(MATRIX, {
      claimIds: ['exosome-products-are-standardized'],
      sourceIds: [EXPERT, 'magazine-exosome-skin-rejuvenation'],
    });
    expect(silent.errors).toBeUndefined();
    expect(silent.data!.agreementMatrix.cells.map((c) => c.source.slug)).toEqual([EXPERT]);
  });

  it('costs the same round trips for one claim as for all', async () => {
    const trips = async (variables: Record<string, unknown>) => {
      const before = app.roundTrips();
      await app.graphql(MATRIX, variables);
      return app.roundTrips() - before;
    };
    expect(await trips({ claimIds: ['exosome-products-are-standardized'] })).toBe(await trips({}));
  });
});
