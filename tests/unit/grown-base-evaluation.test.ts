import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import { GradingAssistant } from '../../server/src/domain/assistant/propose.js';
import {
  curatedPassagesOf,
  evaluateLabeledDocuments,
  grownBaseFor,
  grownClaims,
  NEW_CLAIM,
  readLabeledSet,
  seedClaims,
  type Label,
} from '../../server/src/evaluation/labeled-documents.js';
import { fixtureCorpus, realCorpus } from '../support/test-app.js';

const corpus = readValidCorpus(realCorpus);
const seeds = seedClaims(corpus);
const knownSlugs = new Set(seeds.map((c) => c.slug));
const EXPENSIVE = 'exosome-therapy-is-expensive';

/**
 * A labeled set of its own: two tuning diaries share a paraphrase of "Exosome therapy is
 * expensive" in words the seeds never use, a third has one of its own, and a test document has a
 * third; one tuning label says NEW and one names a claim the base does not have.
 */
const SHARED = 'My wallet still aches from the bill for those exosome facials.';
const OWN = 'Her purse groaned at the invoice for those exosome boosters.';
const TEST_ONLY = 'Our ledger wept at the receipts for the exosome mists.';
const documents: Record<string, { part: 'tuning' | 'test'; text: string; labels: Omit<Label, 'document'>[] }> = {
  'one.txt': {
    part: 'tuning',
    text: `Clinic diary\n\n${SHARED}\nExosome facials made my freckles glow purple for a week.\n`,
    labels: [
      { passage: SHARED, grade: 'ANECDOTAL', stance: 'SUPPORTS', claim: EXPENSIVE, cited: false },
      {
        passage: 'Exosome facials made my freckles',
        grade: 'ANECDOTAL',
        stance: 'SUPPORTS',
        claim: NEW_CLAIM,
        cited: false,
      },
    ],
  },
  'two.txt': {
    part: 'tuning',
    text: `Another diary\n\nThe staff at the exosome clinic were kind.\n${SHARED}\n`,
    labels: [
      { passage: SHARED, grade: 'ANECDOTAL', stance: 'SUPPORTS', claim: EXPENSIVE, cited: false },
      {
        passage: 'The staff at the exosome clinic',
        grade: 'ANECDOTAL',
        stance: 'SUPPORTS',
        claim: 'no-such-claim',
        cited: false,
      },
    ],
  },
  'three.txt': {
    part: 'tuning',
    text: `Third diary\n\n${OWN}\n`,
    labels: [{ passage: OWN, grade: 'ANECDOTAL', stance: 'SUPPORTS', claim: EXPENSIVE, cited: false }],
  },
  'four.txt': {
    part: 'test',
    text: `Fourth diary\n\n${TEST_ONLY}\n`,
    labels: [{ passage: TEST_ONLY, grade: 'ANECDOTAL', stance: 'SUPPORTS', claim: EXPENSIVE, cited: false }],
  },
};
const dir = mkdtempSync(path.join(tmpdir(), 'grown-base-'));
for (const [name, d] of Object.entries(documents)) writeFileSync(path.join(dir, name), d.text);
writeFileSync(
  path.join(dir, 'split.json'),
  JSON.stringify({
    documents: Object.entries(documents).map(([document, d]) => ({ document, kind: 'testimonial', part: d.part })),
  }),
);
writeFileSync(
  path.join(dir, 'labels.json'),
  JSON.stringify(Object.entries(documents).flatMap(([document, d]) => d.labels.map((l) => ({ document, ...l })))),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const set = readLabeledSet(dir);
const curated = curatedPassagesOf(set, knownSlugs);
const documentNamed = (name: string) => set.documents.find((d) => d.document === name)!;
const textsOf = (claims: ReturnType<typeof seedClaims>) => claims.flatMap((c) => c.texts);

describe('a grown base: the seeds with the tuning part’s labeled passages curated into the claims they name', () => {
  it('adds only tuning passages naming a claim the base knows, as the quote an accepted proposal stores', () => {
    expect(curated).toEqual([
      { document: 'one.txt', claim: EXPENSIVE, quote: SHARED },
      { document: 'two.txt', claim: EXPENSIVE, quote: SHARED },
      { document: 'three.txt', claim: EXPENSIVE, quote: OWN },
    ]);
    const grown = grownClaims(seeds, curated);
    expect(grown.map((c) => c.slug)).toEqual(seeds.map((c) => c.slug));
    expect(grown.find((c) => c.slug === EXPENSIVE)!.texts).toEqual([
      ...seeds.find((c) => c.slug === EXPENSIVE)!.texts,
      SHARED,
      SHARED,
      OWN,
    ]);
  });

  it('on the real labeled set too: every passage added comes from a tuning document and names a seeds claim', () => {
    const real = readLabeledSet(fixtureCorpus('evaluation'));
    const tuning = new Map(real.documents.filter((d) => d.part === 'tuning').map((d) => [d.document, d.text]));
    const added = curatedPassagesOf(real, knownSlugs);
    const naming = real.labels.filter((l) => tuning.has(l.document) && knownSlugs.has(l.claim));
    expect(added.length).toBeGreaterThan(0);
    expect(added.length).toBeLessThanOrEqual(naming.length);
    for (const passage of added) {
      expect(tuning.get(passage.document)).toContain(passage.quote);
      expect(knownSlugs.has(passage.claim)).toBe(true);
    }
  });

  it('never scores a tuning document with its own passages in the base, yet gives it the other documents’ passages', () => {
    for (const document of set.documents.filter((d) => d.part === 'tuning')) {
      const own = curated.filter((c) => c.document === document.document);
      const base = grownBaseFor(seeds, curated, document);
      const added = base.flatMap((c) => c.texts.slice(seeds.find((s) => s.slug === c.slug)!.texts.length));
      expect(added).toHaveLength(curated.length - own.length);
    }
    expect(textsOf(grownBaseFor(seeds, curated, documentNamed('three.txt')))).not.toContain(OWN);
    expect(textsOf(grownBaseFor(seeds, curated, documentNamed('two.txt')))).toContain(SHARED);

    const { results } = evaluateLabeledDocuments(corpus, dir, undefined, 'tuning', 'grown');
    const on = (passage: string, document: string) =>
      results.find((r) => r.label.passage === passage && r.label.document === document)!;
    // the wording another tuning document curated is linked; the seeds alone do not link it
    expect(on(SHARED, 'two.txt').claimRight).toBe(true);
    const seedsOnly = evaluateLabeledDocuments(corpus, dir, undefined, 'tuning');
    expect(seedsOnly.results.find((r) => r.label.passage === SHARED)!.claimRight).toBe(false);
    // a wording only this document has is not linked: were its own passage in its base, it would be
    expect(on(OWN, 'three.txt').claimRight).toBe(false);
    const leaky = new GradingAssistant(grownClaims(seeds, curated)).propose(documentNamed('three.txt').text);
    expect(leaky.some((p) => p.claim.slug === EXPENSIVE && p.quote.exact === OWN)).toBe(true);
  });

  it('never lets the test part’s texts into a base, and proposes the test part against all the tuning passages', () => {
    for (const document of set.documents) {
      const texts = textsOf(grownBaseFor(seeds, curated, document));
      expect(texts.some((t) => t.includes('ledger wept'))).toBe(false);
    }
    const test = documentNamed('four.txt');
    expect(textsOf(grownBaseFor(seeds, curated, test))).toEqual(textsOf(grownClaims(seeds, curated)));
    const tuningOnly = evaluateLabeledDocuments(corpus, dir, undefined, 'tuning', 'grown');
    expect(tuningOnly.results.every((r) => r.part === 'tuning')).toBe(true);
    expect(tuningOnly.byPart.test.labels).toBe(0);
    const both = evaluateLabeledDocuments(corpus, dir, undefined, undefined, 'grown');
    expect(both.byPart.test.labels).toBe(1);
    expect(both.byPart.tuning).toEqual(tuningOnly.byPart.tuning);
  });
});
