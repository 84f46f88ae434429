import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import { evaluateLabeledDocuments } from '../../server/src/evaluation/labeled-documents.js';
import { knownClaimsWithout, leaveOneSourceOut } from '../../server/src/evaluation/leave-one-source-out.js';
import { fixtureCorpus, realCorpus } from '../support/test-app.js';

const corpus = readValidCorpus(realCorpus);

describe('the assistant’s evaluation (npm run eval) measures what it says', () => {
  it('hides a source’s own quotes from the claims the assistant knows when ingesting it', () => {
    const known = knownClaimsWithout(corpus, 'magazine-exosome-skin-rejuvenation');
    const hidden = new Set(corpus.assertions.filter((a) => a.sourceId === 'magazine-exosome-skin-rejuvenation').map((a) => a.quote.exact));
    for (const claim of known) for (const text of claim.texts.slice(1)) expect(hidden.has(text)).toBe(false);
  });

  it('scores every curated assertion of every source, and the grade confusion adds up to what was found', () => {
    const result = leaveOneSourceOut(corpus);
    expect(result.overall.curated).toBe(corpus.assertions.length);
    const confused = Object.values(result.gradeConfusion).flatMap((row) => Object.values(row)).reduce((a, b) => a + b, 0);
    expect(confused).toBe(result.overall.found);
    expect(result.overall.gradeRight).toBeLessThanOrEqual(result.overall.found);
  });

  it('grades each written document’s labeled passages by the kind of evidence it was written to exercise', () => {
    const results = evaluateLabeledDocuments(corpus, path.join(fixtureCorpus('evaluation')));
    const byDocument = (name: string) => results.filter((r) => r.label.document === name);
    expect(byDocument('randomized-trial.txt').every((r) => r.proposed?.grade === 'CLINICAL')).toBe(true);
    expect(byDocument('animal-study.txt').every((r) => r.proposed?.grade === 'PRECLINICAL')).toBe(true);
    expect(byDocument('cell-culture.txt').every((r) => r.proposed?.grade === 'PRECLINICAL')).toBe(true);
    expect(byDocument('testimonial.txt').every((r) => r.proposed?.grade === 'ANECDOTAL')).toBe(true);
    expect(byDocument('cited-review.txt').every((r) => r.citedRight && r.label.cited)).toBe(true);
  });
});
