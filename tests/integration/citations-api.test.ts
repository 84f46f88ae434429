import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCorpus, startTestApp } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  await (await freshDatabase()).close();
  app = await startTestApp(realCorpus, { PUBLIC_URL: 'https://claims.example.org' });
});
afterAll(async () => app?.stop());

interface Cited {
  permalink: string;
  quote: { exact: string };
  grade: string;
  ama: string;
  vancouver: string;
  csl: string;
  bibtex: string;
  ris: string;
}

const ASSERTION_FIELDS = `permalink quote { exact } grade ama: citation(format: AMA) vancouver: citation(format: VANCOUVER)
  csl: citation(format: CSL_JSON) bibtex: citation(format: BIBTEX) ris: citation(format: RIS)`;

async function citedAssertionOf(claim: string, sourceTitle: RegExp): Promise<Cited> {
  const { data } = await app.graphql<{ claim: { assertions: (Cited & { source: { title: string } })[] } }>(
    `{ claim(id: "${claim}") { assertions { source { title } ${ASSERTION_FIELDS} } } }`,
  );
  return data!.claim.assertions.find((a) => sourceTitle.test(a.source.title))!;
}

describe('citing an assertion: the source, the quote and its grade', () => {
  it('gives AMA and Vancouver text naming the author, the verbatim quote, the grade and the permalink', async () => {
    const a = await citedAssertionOf('exosome-products-are-standardized', /^Expert Review/);
    for (const text of [a.ama, a.vancouver]) {
      expect(text).toContain('Dorey S');
      expect(text).toContain(a.quote.exact.replace(/\s+/g, ' ').trim());
      expect(text).toContain(`Evidence grade: ${a.grade}`);
      expect(text).toContain('uncited');
      expect(text).toContain(a.permalink);
    }
    expect(a.permalink).toMatch(
      /^https:\/\/claims\.example\.org\/claims\/exosome-products-are-standardized#assertion-/,
    );
  });

  it('gives CSL-JSON, BibTeX and RIS that reference managers read back', async () => {
    const a = await citedAssertionOf('exosome-products-are-standardized', /^Expert Review/);
    const [csl] = JSON.parse(a.csl) as { title: string; author: { family: string }[]; note: string }[];
    expect(csl!.title).toBe('Expert Review: The Current Use of Exosomes in Aesthetic Medicine');
    expect(csl!.author[0]!.family).toBe('Dorey');
    for (const text of [a.bibtex, a.ris]) {
      const [item] = new Cite(text).format('data', { format: 'object' }) as unknown as {
        title: string;
        note?: string;
      }[];
      expect(item!.title.replace(/[{}]/g, '')).toBe(csl!.title);
    }
    expect(a.ris).toMatch(/^TY {2}- /);
  });
});

describe('citing a claim: the statement as an entry of the base, with its consensus', () => {
  it('names the consensus and the permalink', async () => {
    const { data } = await app.graphql<{ claim: { permalink: string; ama: string } }>(
      `{ claim(id: "exosome-products-are-standardized") { permalink ama: citation(format: AMA) } }`,
    );
    expect(data!.claim.ama).toContain('Consensus: CONTESTED (1 supporting, 2 contradicting');
    expect(data!.claim.ama).toContain(data!.claim.permalink);
  });
});
