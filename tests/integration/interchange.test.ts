import jsonld from 'jsonld';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import { realCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const corpus = readValidCorpus(realCorpus);
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(realCorpus, { PUBLIC_URL: 'https://claims.example.org' });
});
afterAll(async () => app?.stop());

/** Expands JSON-LD as a validator does, refusing to fetch any remote context: the documents must stand alone. */
const expandOffline = (doc: object) =>
  jsonld.expand(doc, {
    documentLoader: async (url: string) => {
      throw new Error(`no network: ${url}`);
    },
  } as unknown as jsonld.Options.Expand);

const get = (path: string) => fetch(new URL(path, app.url));

describe('interchange formats other tools read', () => {
  it('gives each assertion as a W3C Web Annotation with both selectors, its ECO code and CiTO term', async () => {
    const { data } = await app.graphql<{
      claim: {
        assertions: { ecoCode: string; citoRelation: string; webAnnotation: string; quote: { exact: string } }[];
      };
    }>(
      `{ claim(id: "exosomes-stimulate-fibroblast-activity") { assertions { ecoCode citoRelation webAnnotation quote { exact } } } }`,
    );
    const clinical = data!.claim.assertions[0]!;
    expect(clinical.ecoCode).toBe('ECO:0000180');
    expect(clinical.citoRelation).toBe('cito:supports');
    const expanded = JSON.stringify(await expandOffline(JSON.parse(clinical.webAnnotation)));
    expect(expanded).toContain('http://www.w3.org/ns/oa#TextQuoteSelector');
    expect(expanded).toContain('http://www.w3.org/ns/oa#TextPositionSelector');
    expect(expanded).toContain('http://www.w3.org/ns/oa#assessing');
    expect(expanded).toContain('http://purl.obolibrary.org/obo/ECO_0000180');
    expect(expanded).toContain(JSON.stringify(clinical.quote.exact).slice(1, -1));
  });

  it('gives each claim as schema.org ClaimReview with its consensus', async () => {
    const { data } = await app.graphql<{ claim: { claimReview: string } }>(
      `{ claim(id: "exosome-products-are-standardized") { claimReview } }`,
    );
    const expanded = JSON.stringify(await expandOffline(JSON.parse(data!.claim.claimReview)));
    expect(expanded).toContain('http://schema.org/ClaimReview');
    expect(expanded).toContain('CONTESTED');
  });

  it('serves the whole base as one JSON-LD document that expands with no network', async () => {
    const response = await get('export/base.jsonld');
    expect(response.headers.get('content-type')).toContain('application/ld+json');
    const expanded = (await expandOffline((await response.json()) as object)) as { '@type'?: string[] }[];
    const types = expanded.flatMap((node) => node['@type'] ?? []);
    expect(types.filter((t) => t === 'http://schema.org/ClaimReview')).toHaveLength(corpus.claims.length);
    expect(types.filter((t) => t === 'http://www.w3.org/ns/oa#Annotation')).toHaveLength(corpus.assertions.length);
  });
});

describe('evidence tables at plain addresses', () => {
  it('gives a claim’s evidence table as CSV, one row per assertion', async () => {
    const response = await get('export/claims/exosome-products-are-standardized.csv');
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows = parse(await response.text(), { columns: true }) as { claim: string; stance: string }[];
    expect(rows).toHaveLength(
      corpus.assertions.filter((a) => a.claimSlug === 'exosome-products-are-standardized').length,
    );
    expect(new Set(rows.map((r) => r.claim))).toEqual(new Set(['exosome-products-are-standardized']));
  });

  it('gives the base as Markdown, and answers 404 for an unknown claim or format', async () => {
    const md = await (await get('export/base.md')).text();
    expect(md.match(/^### /gm)).toHaveLength(corpus.claims.length);
    expect((await get('export/claims/no-such-claim.csv')).status).toBe(404);
    expect((await get('export/base.pdf')).status).toBe(404);
  });
});
