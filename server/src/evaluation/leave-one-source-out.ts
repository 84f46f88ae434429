import type { Corpus } from '../corpus/corpus-reader.js';
import type { KnownClaim } from '../domain/assistant/claim-matcher.js';
import { GradingAssistant, LINK_PARAMETERS, type LinkParameters, type Proposal } from '../domain/assistant/propose.js';
import { missOf, rankingsOf, type LinkMiss } from './link-misses.js';
import { GRADES, type AssertionRecord, type Grade } from '../domain/types.js';

export interface SourceScore {
  sourceId: string;
  curated: number;
  found: number;
  /** Of all curated: linked to their known claim, or proposed as a new claim where the base does not know it. */
  claimLinked: number;
  /** Curated assertions whose claim another source also asserts, and those linked to it. */
  known: number;
  knownLinked: number;
  /** Curated assertions on claims only this source asserts, and those proposed as a new claim. */
  novel: number;
  novelProposed: number;
  gradeRight: number;
  stanceRight: number;
  /** Proposals made, and those right about a curated assertion on the same passage. */
  proposed: number;
  proposedRight: number;
}

export type Totals = Omit<SourceScore, 'sourceId'>;

export interface Evaluation {
  perSource: SourceScore[];
  overall: Totals;
  /** confusion[curated][proposed], over curated assertions whose passage was found. */
  gradeConfusion: Record<Grade, Record<Grade, number>>;
  misses: LinkMiss[];
}

export interface LosoOptions {
  /** The assistant's link parameters (its own by default): the sweep tries others. */
  parameters?: LinkParameters;
  /**
   * Keep the claims that only the held-out source asserts known, by their statements: the former
   * measure, kept for comparison. Those statements were written from the held-out source, so this
   * leaks it into what the assistant knows.
   */
  keepOwnClaims?: boolean;
}

/**
 * Claims as the assistant would know them when the source is new: those some other source asserts,
 * each by its statement and the other sources' quotes. A claim only the hidden source asserts would
 * not exist yet, so it is left out (unless `keepOwnClaims`, the former leaky measure).
 */
export function knownClaimsWithout(corpus: Corpus, hiddenSourceId: string, options: LosoOptions = {}): KnownClaim[] {
  const quotesOf = (slug: string) =>
    corpus.assertions.filter((a) => a.claimSlug === slug && a.sourceId !== hiddenSourceId).map((a) => a.quote.exact);
  const known = corpus.claims.filter((c) => options.keepOwnClaims || quotesOf(c.slug).length > 0);
  const slugs = new Set(known.map((c) => c.slug));
  return known.map((claim) => ({
    slug: claim.slug,
    statement: claim.statement,
    texts: [claim.statement, ...quotesOf(claim.slug)],
    refines: claim.refines && slugs.has(claim.refines) ? claim.refines : null,
  }));
}

const overlaps = (p: Proposal, a: AssertionRecord) => p.quote.start < a.quote.end && a.quote.start < p.quote.end;

/**
 * Ingests each source with its own curated assertions hidden and compares: a curated assertion is
 * found when a proposal's passage overlaps it; its claim is right when such a proposal names it
 * (or, for a claim the base could not know, proposes a new claim); grade and stance are judged on
 * that proposal (or the first overlapping one).
 */
export function leaveOneSourceOut(corpus: Corpus, options: LosoOptions = {}): Evaluation {
  return new LeaveOneSourceOut(corpus, options).evaluate(options.parameters);
}

/** Leave-one-source-out with one assistant per held-out source, kept across evaluations (the sweep's many parameters). */
export class LeaveOneSourceOut {
  private readonly held: { source: Corpus['sources'][number]; known: KnownClaim[]; assistant: GradingAssistant }[];

  constructor(
    private readonly corpus: Corpus,
    options: Pick<LosoOptions, 'keepOwnClaims'> = {},
  ) {
    this.held = corpus.sources.map((source) => {
      const known = knownClaimsWithout(corpus, source.id, options);
      return { source, known, assistant: new GradingAssistant(known, { keepsReadings: true }) };
    });
  }

  evaluate(parameters: LinkParameters = LINK_PARAMETERS): Evaluation {
    const confusion = Object.fromEntries(
      GRADES.map((g) => [g, Object.fromEntries(GRADES.map((h) => [h, 0]))]),
    ) as Evaluation['gradeConfusion'];
    const misses: LinkMiss[] = [];
    const perSource = this.held.map(({ source, known, assistant }) => {
      const knownSlugs = new Set(known.map((c) => c.slug));
      const proposals = assistant.propose(source.text, parameters);
      const curated = this.corpus.assertions.filter((a) => a.sourceId === source.id);
      const rightAbout = (p: Proposal, a: AssertionRecord) =>
        knownSlugs.has(a.claimSlug) ? p.claim.slug === a.claimSlug : p.claim.isNew;
      const score: SourceScore = {
        sourceId: source.id,
        curated: curated.length,
        found: 0,
        claimLinked: 0,
        known: 0,
        knownLinked: 0,
        novel: 0,
        novelProposed: 0,
        gradeRight: 0,
        stanceRight: 0,
        proposed: proposals.length,
        proposedRight: proposals.filter((p) => curated.some((a) => overlaps(p, a) && rightAbout(p, a))).length,
      };
      const rankings = rankingsOf(source.text, assistant, parameters);
      for (const assertion of curated) {
        const isKnown = knownSlugs.has(assertion.claimSlug);
        score[isKnown ? 'known' : 'novel'] += 1;
        const overlapping = proposals.filter((p) => overlaps(p, assertion));
        const linked = overlapping.find((p) => rightAbout(p, assertion));
        if (linked) {
          score.claimLinked += 1;
          score[isKnown ? 'knownLinked' : 'novelProposed'] += 1;
        } else {
          misses.push(
            missOf(
              source.id,
              assertion,
              isKnown,
              overlapping.map((p) => p.claim),
              rankings,
            ),
          );
        }
        if (overlapping.length === 0) continue;
        score.found += 1;
        const judged = linked ?? overlapping[0]!;
        if (judged.grade === assertion.grade) score.gradeRight += 1;
        if (judged.stance === assertion.stance) score.stanceRight += 1;
        confusion[assertion.grade][judged.grade] += 1;
      }
      return score;
    });
    return { perSource, overall: totalOf(perSource), gradeConfusion: confusion, misses };
  }
}

const TOTALLED = [
  'curated',
  'found',
  'claimLinked',
  'known',
  'knownLinked',
  'novel',
  'novelProposed',
  'gradeRight',
  'stanceRight',
  'proposed',
  'proposedRight',
] as const;

/** The sum of sources' scores. */
export function totalOf(perSource: readonly SourceScore[]): Totals {
  return Object.fromEntries(TOTALLED.map((k) => [k, perSource.reduce((s, p) => s + p[k], 0)])) as Totals;
}
