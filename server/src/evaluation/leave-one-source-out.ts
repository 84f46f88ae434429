import type { Corpus } from '../corpus/corpus-reader.js';
import { proposeAssertions, type Proposal } from '../domain/assistant/propose.js';
import type { KnownClaim } from '../domain/assistant/claim-matcher.js';
import { GRADES, type AssertionRecord, type Grade } from '../domain/types.js';

export interface SourceScore {
  sourceId: string;
  curated: number;
  found: number;
  claimLinked: number;
  gradeRight: number;
  stanceRight: number;
  /** Proposals made, and those that name a claim a curated assertion on the same passage has. */
  proposed: number;
  proposedRight: number;
}

export interface Evaluation {
  perSource: SourceScore[];
  overall: Omit<SourceScore, 'sourceId'>;
  /** confusion[curated][proposed], over curated assertions whose passage was found. */
  gradeConfusion: Record<Grade, Record<Grade, number>>;
}

/** Claims as the assistant would know them with one source's curated assertions hidden. */
export function knownClaimsWithout(corpus: Corpus, hiddenSourceId: string): KnownClaim[] {
  return corpus.claims.map((claim) => ({
    slug: claim.slug,
    statement: claim.statement,
    texts: [claim.statement, ...corpus.assertions.filter((a) => a.claimSlug === claim.slug && a.sourceId !== hiddenSourceId).map((a) => a.quote.exact)],
  }));
}

const overlaps = (p: Proposal, a: AssertionRecord) => p.quote.start < a.quote.end && a.quote.start < p.quote.end;

/**
 * Ingests each source with its own curated assertions hidden and compares: a curated assertion
 * is found when a proposal's passage overlaps it; its claim link is right when such a proposal
 * names its claim; grade and stance are judged on that proposal (or the first overlapping one).
 */
export function leaveOneSourceOut(corpus: Corpus): Evaluation {
  const confusion = Object.fromEntries(GRADES.map((g) => [g, Object.fromEntries(GRADES.map((h) => [h, 0]))])) as Evaluation['gradeConfusion'];
  const perSource = corpus.sources.map((source) => {
    const proposals = proposeAssertions(source.text, knownClaimsWithout(corpus, source.id));
    const curated = corpus.assertions.filter((a) => a.sourceId === source.id);
    const score: SourceScore = {
      sourceId: source.id, curated: curated.length, found: 0, claimLinked: 0, gradeRight: 0, stanceRight: 0,
      proposed: proposals.length,
      proposedRight: proposals.filter((p) => curated.some((a) => overlaps(p, a) && a.claimSlug === p.claim.slug)).length,
    };
    for (const assertion of curated) {
      const overlapping = proposals.filter((p) => overlaps(p, assertion));
      if (overlapping.length === 0) continue;
      score.found += 1;
      const linked = overlapping.find((p) => p.claim.slug === assertion.claimSlug);
      if (linked) score.claimLinked += 1;
      const judged = linked ?? overlapping[0]!;
      if (judged.grade === assertion.grade) score.gradeRight += 1;
      if (judged.stance === assertion.stance) score.stanceRight += 1;
      confusion[assertion.grade][judged.grade] += 1;
    }
    return score;
  });
  const sum = (key: keyof Omit<SourceScore, 'sourceId'>) => perSource.reduce((s, p) => s + p[key], 0);
  return {
    perSource,
    overall: {
      curated: sum('curated'), found: sum('found'), claimLinked: sum('claimLinked'), gradeRight: sum('gradeRight'),
      stanceRight: sum('stanceRight'), proposed: sum('proposed'), proposedRight: sum('proposedRight'),
    },
    gradeConfusion: confusion,
  };
}
