import { stringify } from 'csv-stringify/sync';
import { markdownTable } from 'markdown-table';
import { consensusOf, type Consensus } from './consensus.js';
import { byGradeDescending } from './grading.js';
import { isOverreach, promotionalCuesIn } from './promotional-cues.js';
import type { Grade, Quote, Stance } from './types.js';

export interface BaseSnapshot {
  sources: { id: string; title: string; kind: string; commercialInterest: boolean }[];
  claims: { slug: string; statement: string; topics: string[]; conflictsWith: string[] }[];
  assertions: {
    id: string;
    sourceId: string;
    claimSlug: string;
    stance: Stance;
    grade: Grade;
    basis: string;
    rationale: string;
    hedged: boolean;
    cited: boolean;
    attribution: string | null;
    quote: Quote;
    anchorState: string;
    gradedBy: string;
  }[];
}

export interface EvidenceRow {
  claim: string;
  statement: string;
  status: Consensus['status'];
  bestGrade: Grade | '';
  gradeConflict: boolean;
  source: string;
  sourceKind: string;
  commercialInterest: boolean;
  stance: Stance;
  grade: Grade;
  basis: string;
  hedged: boolean;
  cited: boolean;
  overreach: boolean;
  promotionalCues: string;
  attribution: string;
  quote: string;
  rationale: string;
  assertion: string;
}

/** The base as claims with their derived consensus, each with its assertions strongest first. */
export function claimsWithConsensus(base: BaseSnapshot) {
  const bySlug = new Map<string, BaseSnapshot['assertions']>(base.claims.map((c) => [c.slug, []]));
  for (const a of base.assertions) bySlug.get(a.claimSlug)?.push(a);
  return base.claims.map((claim) => {
    const assertions = byGradeDescending(bySlug.get(claim.slug)!);
    return { ...claim, consensus: consensusOf(assertions), assertions };
  });
}

/** One row per assertion, claim by claim: the evidence table a writer pastes. */
export function evidenceRows(base: BaseSnapshot): EvidenceRow[] {
  const sources = new Map(base.sources.map((s) => [s.id, s]));
  return claimsWithConsensus(base).flatMap((claim) =>
    claim.assertions.map((a) => {
      const source = sources.get(a.sourceId)!;
      const cues = promotionalCuesIn(a.quote.exact);
      return {
        claim: claim.slug,
        statement: claim.statement,
        status: claim.consensus.status,
        bestGrade: claim.consensus.bestGrade ?? '',
        gradeConflict: claim.consensus.gradeConflict,
        source: source.title,
        sourceKind: source.kind,
        commercialInterest: source.commercialInterest,
        stance: a.stance,
        grade: a.grade,
        basis: a.basis,
        hedged: a.hedged,
        cited: a.cited,
        overreach: isOverreach(a),
        promotionalCues: cues.map((c) => c.phrase).join('; '),
        attribution: a.attribution ?? '',
        quote: a.quote.exact,
        rationale: a.rationale,
        assertion: a.id,
      };
    }),
  );
}

export function evidenceCsv(rows: EvidenceRow[]): string {
  return stringify(rows, { header: true, cast: { boolean: (value) => (value ? 'yes' : 'no') } });
}

/** A Markdown table per claim, headed by the claim and its consensus in words. */
export function evidenceMarkdown(base: BaseSnapshot): string {
  const sources = new Map(base.sources.map((s) => [s.id, s]));
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  return claimsWithConsensus(base)
    .map((claim) => {
      const c = claim.consensus;
      const heading = `### ${claim.statement}\n\n${c.status}: ${c.supporting} supporting, ${c.contradicting} contradicting, ${c.qualifying} qualifying source(s); best supporting grade ${c.bestGrade ?? 'none'}${c.gradeConflict ? '; sources disagree on the strength of the evidence' : ''}.`;
      const table = markdownTable([
        ['Source', 'Stance', 'Grade (basis)', 'Quote', 'Marks'],
        ...claim.assertions.map((a) => [
          oneLine(sources.get(a.sourceId)!.title),
          a.stance,
          `${a.grade} (${a.basis})`,
          `“${oneLine(a.quote.exact)}”`,
          [a.hedged && 'hedged', !a.cited && 'uncited', isOverreach(a) && 'overreach'].filter(Boolean).join(', '),
        ]),
      ]);
      return `${heading}\n\n${table}\n`;
    })
    .join('\n');
}

export function baseStatistics(base: BaseSnapshot) {
  const tally = (values: string[]) => {
    const counts: Record<string, number> = {};
    for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    return counts;
  };
  return {
    sources: base.sources.length,
    claims: base.claims.length,
    assertions: base.assertions.length,
    assertionsByGrade: tally(base.assertions.map((a) => a.grade)),
    assertionsByStance: tally(base.assertions.map((a) => a.stance)),
    claimsByStatus: tally(claimsWithConsensus(base).map((c) => c.consensus.status)),
    assertionsBySource: tally(base.assertions.map((a) => a.sourceId)),
  };
}
