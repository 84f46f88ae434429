import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../server/src/corpus/corpus-reader.js';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import { quoteAt } from '../../server/src/domain/anchoring.js';
import { LINK_PARAMETERS } from '../../server/src/domain/assistant/propose.js';
import type { AssertionRecord, SourceRecord } from '../../server/src/domain/types.js';
import { evaluateLabeledDocuments, readLabeledSet } from '../../server/src/evaluation/labeled-documents.js';
import { classOf } from '../../server/src/evaluation/link-misses.js';
import { knownClaimsWithout, leaveOneSourceOut } from '../../server/src/evaluation/leave-one-source-out.js';
import {
  chosenParameters,
  linkF1,
  PARAMETER_GRID,
  sameParameters,
  sweepParameters,
  type ParameterGrid,
  type SweepRow,
} from '../../server/src/evaluation/parameter-sweep.js';
import { chosenGate, GATE_GRID, seedsF1, sweepGate, type GateRow } from '../../server/src/evaluation/gate-sweep.js';
import { fixtureCorpus, realCorpus } from '../support/test-app.js';

const corpus = readValidCorpus(realCorpus);
const labeledDir = fixtureCorpus('evaluation');
/** The sweep below evaluates hundreds of settings: on a loaded machine it takes minutes, not a failure. */
const SWEEP_TIMEOUT = 15 * 60_000;

/**
 * The grid swept one containment weight, context weight and unseen share at a time, the test's
 * event loop turning between parts: a sweep held in one synchronous call for minutes starves
 * vitest's worker of its messages, which it reports as an error.
 */
async function sweepInParts(grid: ParameterGrid): Promise<SweepRow[]> {
  const rows: SweepRow[] = [];
  for (const containmentWeight of grid.containmentWeight)
    for (const contextWeight of grid.contextWeight)
      for (const unseenEnough of grid.unseenEnough) {
        const part = {
          ...grid,
          containmentWeight: [containmentWeight],
          contextWeight: [contextWeight],
          unseenEnough: [unseenEnough],
        };
        rows.push(...sweepParameters(corpus, labeledDir, undefined, part));
        await new Promise((resolve) => setImmediate(resolve));
      }
  return rows;
}

describe('the assistant’s evaluation (npm run eval) measures what it says', () => {
  it('hides a source’s own quotes from the claims the assistant knows when ingesting it', () => {
    const known = knownClaimsWithout(corpus, 'magazine-exosome-skin-rejuvenation');
    const hidden = new Set(
      corpus.assertions.filter((a) => a.sourceId === 'magazine-exosome-skin-rejuvenation').map((a) => a.quote.exact),
    );
    for (const claim of known) for (const text of claim.texts.slice(1)) expect(hidden.has(text)).toBe(false);
  });

  it('hides the claims only that source asserts: their statements were written from it, and a new source would not find them', () => {
    for (const source of corpus.sources) {
      const others = new Set(corpus.assertions.filter((a) => a.sourceId !== source.id).map((a) => a.claimSlug));
      const known = knownClaimsWithout(corpus, source.id).map((c) => c.slug);
      expect(known.sort()).toEqual(
        corpus.claims
          .map((c) => c.slug)
          .filter((slug) => others.has(slug))
          .sort(),
      );
    }
    const leaky = knownClaimsWithout(corpus, 'magazine-exosome-skin-rejuvenation', { keepOwnClaims: true });
    expect(leaky).toHaveLength(corpus.claims.length);
  });

  it('scores every curated assertion of every source, and the grade confusion adds up to what was found', () => {
    const result = leaveOneSourceOut(corpus);
    const o = result.overall;
    expect(o.curated).toBe(corpus.assertions.length);
    expect(o.known + o.novel).toBe(o.curated);
    expect(o.claimLinked).toBe(o.knownLinked + o.novelProposed);
    expect(result.misses).toHaveLength(o.curated - o.claimLinked);
    const confused = Object.values(result.gradeConfusion)
      .flatMap((row) => Object.values(row))
      .reduce((a, b) => a + b, 0);
    expect(confused).toBe(o.found);
    expect(o.gradeRight).toBeLessThanOrEqual(o.found);
    expect(result.misses.filter((m) => classOf(m) === 'not-found')).toHaveLength(o.curated - o.found);
  });

  it('grades each written document’s labeled passages by the kind of evidence it was written to exercise', () => {
    const { results } = evaluateLabeledDocuments(corpus, path.join(labeledDir));
    const byDocument = (name: string) => results.filter((r) => r.label.document === name);
    expect(byDocument('randomized-trial.txt').every((r) => r.proposed?.grade === 'CLINICAL')).toBe(true);
    expect(byDocument('animal-study.txt').every((r) => r.proposed?.grade === 'PRECLINICAL')).toBe(true);
    expect(byDocument('cell-culture.txt').every((r) => r.proposed?.grade === 'PRECLINICAL')).toBe(true);
    expect(byDocument('testimonial.txt').every((r) => r.proposed?.grade === 'ANECDOTAL')).toBe(true);
    expect(byDocument('cited-review.txt').every((r) => r.citedRight && r.label.cited)).toBe(true);
  });
});

describe('the labeled documents: written here, of every kind curators bring, split once', () => {
  const { documents, labels } = readLabeledSet(labeledDir);

  it('has at least four tuning and exactly two test documents of each of the six kinds, the first evaluation’s six tuning, and 60 test labels or more', () => {
    const kinds = new Set(documents.filter((d) => d.part === 'test').map((d) => d.kind));
    expect(kinds.size).toBe(6);
    for (const kind of kinds) {
      expect(documents.filter((d) => d.kind === kind && d.part === 'tuning').length).toBeGreaterThanOrEqual(4);
      expect(documents.filter((d) => d.kind === kind && d.part === 'test')).toHaveLength(2);
    }
    const first = documents.filter((d) => !kinds.has(d.kind));
    expect(first).toHaveLength(6);
    expect(first.every((d) => d.part === 'tuning')).toBe(true);
    const test = new Set(documents.filter((d) => d.part === 'test').map((d) => d.document));
    expect(labels.filter((l) => test.has(l.document)).length).toBeGreaterThanOrEqual(60);
  });

  it('scores each part apart: labels, proposals and the grade confusion add up', () => {
    const evaluation = evaluateLabeledDocuments(corpus, labeledDir);
    for (const part of ['tuning', 'test'] as const) {
      const score = evaluation.byPart[part];
      const names = new Set(documents.filter((d) => d.part === part).map((d) => d.document));
      expect(score.labels).toBe(labels.filter((l) => names.has(l.document)).length);
      expect(score.proposed).toBe(evaluation.proposals.filter((p) => p.part === part).length);
      const confused = Object.values(score.gradeConfusion)
        .flatMap((row) => Object.values(row))
        .reduce((a, b) => a + b, 0);
      expect(confused).toBe(score.found);
      expect(score.claimAndStanceRight).toBeLessThanOrEqual(score.claimRight);
    }
  });
});

describe('a claim link is right when it is what a curator would have done with the base as it stood', () => {
  const text =
    'Exosome therapy reduces wrinkles around the eyes.\nA single session of exosome therapy costs about 800 dollars in most cities.';
  const source = (id: string, body: string) =>
    ({
      id,
      title: id,
      kind: 'other',
      publisher: null,
      authors: [],
      url: null,
      publishedAt: null,
      retrievedAt: null,
      language: 'en',
      contentHash: '',
      text: body,
      commercialInterest: { present: false, evidence: null },
    }) as unknown as SourceRecord;
  const assertion = (sourceId: string, body: string, exact: string, claimSlug: string): AssertionRecord => {
    const start = body.indexOf(exact);
    return {
      id: `${sourceId}-${claimSlug}`,
      sourceId,
      claimSlug,
      quote: quoteAt(body, start, start + exact.length),
      stance: 'SUPPORTS',
      grade: 'ANECDOTAL',
      basis: 'none_given',
      rationale: '',
      hedged: false,
      cited: false,
      attribution: null,
    };
  };
  const other = 'Exosome therapy reduces wrinkles, a clinic says.';
  const tiny: Corpus = {
    hash: '',
    sources: [source('new-source', text), source('other-source', other)],
    claims: [
      {
        slug: 'exosome-therapy-reduces-wrinkles',
        statement: 'Exosome therapy reduces wrinkles',
        topics: [],
        conflictsWith: [],
        refines: null,
      },
      {
        slug: 'exosome-therapy-is-expensive',
        statement: 'A session of exosome therapy costs about 800 dollars',
        topics: [],
        conflictsWith: [],
        refines: null,
      },
    ],
    assertions: [
      assertion(
        'new-source',
        text,
        'Exosome therapy reduces wrinkles around the eyes.',
        'exosome-therapy-reduces-wrinkles',
      ),
      assertion(
        'new-source',
        text,
        'A single session of exosome therapy costs about 800 dollars in most cities.',
        'exosome-therapy-is-expensive',
      ),
      assertion('other-source', other, other, 'exosome-therapy-reduces-wrinkles'),
    ],
  };

  it('wants a link to a claim another source makes, and a new claim where only this source makes it', () => {
    const scored = leaveOneSourceOut(tiny).perSource.find((s) => s.sourceId === 'new-source')!;
    expect(scored).toMatchObject({ curated: 2, known: 1, knownLinked: 1, novel: 1, novelProposed: 1, claimLinked: 2 });
  });

  it('in the former, leaky measure, the statement written from this source is there to be matched', () => {
    const leaky = leaveOneSourceOut(tiny, { keepOwnClaims: true }).perSource.find((s) => s.sourceId === 'new-source')!;
    expect(leaky).toMatchObject({ known: 2, novel: 0, knownLinked: 2 });
  });
});

describe('the link parameters are chosen by a rule that `npm run eval -- --sweep` shows', () => {
  const row = (threshold: number, claimLinked: number, proposedRight: number, tuningRight: number): SweepRow => {
    const overall = {
      curated: 100,
      found: 100,
      claimLinked,
      known: 100,
      knownLinked: claimLinked,
      novel: 0,
      novelProposed: 0,
      gradeRight: 0,
      stanceRight: 0,
      proposed: 100,
      proposedRight,
    };
    return {
      parameters: { ...LINK_PARAMETERS, threshold },
      perSource: [{ sourceId: 's', ...overall }],
      overall,
      tuning: { curated: 100, claimLinked: tuningRight, proposed: 100, proposedRight: tuningRight },
    };
  };

  it('takes the best F1 over the seeds and the tuning part among settings keeping the seeds’ claim links at 77.3% or more', () => {
    expect(linkF1({ curated: 100, claimLinked: 60, proposed: 100, proposedRight: 40 })).toBeCloseTo(0.48);
    const rows = [row(0.3, 80, 40, 50), row(0.35, 78, 50, 55), row(0.38, 78, 55, 55), row(0.4, 70, 90, 60)];
    expect(chosenParameters(rows).parameters.threshold).toBe(0.38);
    // where no setting keeps the floor, the best F1
    const low = [row(0.3, 70, 10, 10), row(0.35, 60, 30, 30), row(0.4, 40, 25, 25)];
    expect(chosenParameters(low).parameters.threshold).toBe(0.35);
  });

  it(
    'the parameters in use are the rule’s choice on the grid (thresholds next to the one in use)',
    async () => {
      const t = LINK_PARAMETERS.threshold;
      const near = { ...PARAMETER_GRID, threshold: [t - 0.01, t, t + 0.01].map((x) => Math.round(x * 100) / 100) };
      const chosen = chosenParameters(await sweepInParts(near)).parameters;
      expect(sameParameters(chosen, LINK_PARAMETERS)).toBe(true);
    },
    SWEEP_TIMEOUT,
  );

  it(
    'the new-claim gate in use is its sweep’s choice, and against the grown base it still proposes more NEW labels new than the gate on words no text holds',
    async () => {
      const rows: GateRow[] = [];
      for (const rareBelow of GATE_GRID.rareBelow) {
        rows.push(...sweepGate(corpus, labeledDir, LINK_PARAMETERS, { ...GATE_GRID, rareBelow: [rareBelow] }));
        await new Promise((resolve) => setImmediate(resolve));
      }
      const chosen = chosenGate(rows);
      expect(sameParameters(chosen.parameters, LINK_PARAMETERS)).toBe(true);
      const former = rows.find(
        (r) => r.parameters.rareBelow === 0 && r.parameters.unseenEnough === LINK_PARAMETERS.unseenEnough,
      )!;
      expect(chosen.grown.novelProposed).toBeGreaterThan(former.grown.novelProposed);
      expect(seedsF1(chosen)).toBeGreaterThanOrEqual(seedsF1(former) - 1e-9);
    },
    SWEEP_TIMEOUT,
  );
});

describe('what the assistant achieves on the curated base, leave-one-source-out (floors that catch a regression)', () => {
  const { overall: o } = leaveOneSourceOut(corpus);

  it('finds the curated passages and grades them by the rubric, never below the 92.4% it had before issue 15', () => {
    expect(o.found / o.curated).toBeGreaterThanOrEqual(0.95);
    expect(o.gradeRight / o.found).toBeGreaterThanOrEqual(0.924);
  });

  it('gets the claim of 77.3% of curated assertions or more (as before issue 15), with nearly half its proposals right', () => {
    expect(o.claimLinked / o.curated).toBeGreaterThanOrEqual(0.773);
    // 48.2% at the parameters in use; 50% before issue 15's labeled set joined the rule. Of the
    // sweep's 5,040 settings one keeps claim links at 77.3% with 50.0% right, and it is worse on the
    // tuning part (claim and stance 42.6% against 44.7%): the floor stays a little under the figure.
    expect(o.proposedRight / o.proposed).toBeGreaterThanOrEqual(0.45);
  });
});
