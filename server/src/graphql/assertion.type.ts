import type { AssertionRow, ClaimRow, NamedSource, SourceRow } from '../db/projections.js';
import {
  isOverreach,
  PROMOTIONAL_CUE_KINDS,
  promotionalCuesIn,
  type PromotionalCue,
} from '../domain/promotional-cues.js';
import { builder } from './builder.js';
import { ClaimRef } from './claim.type.js';
import { EvidenceGradeEnum, StanceEnum } from './enums.js';
import { QuoteRef } from './quote.type.js';
import { SourceRef } from './source.type.js';

const PromotionalCueRef = builder.objectRef<PromotionalCue>('PromotionalCue').implement({
  description: 'A phrase in the quote that carries a mark of exaggerated advertising, found from a documented list.',
  fields: (t) => ({
    phrase: t.exposeString('phrase'),
    kind: t.exposeString('kind'),
    description: t.string({ resolve: (cue) => PROMOTIONAL_CUE_KINDS[cue.kind] }),
    start: t.exposeInt('start', { description: 'Offset within the quote.' }),
    end: t.exposeInt('end'),
  }),
});

export const AssertionRef = builder.loadableNode('Assertion', {
  description: "One source's passage about one claim, graded by the evidence it invokes.",
  id: { resolve: (a: AssertionRow) => a.id },
  load: (ids: string[], ctx) => ctx.loaders.assertions.loadMany(ids),
  fields: (t) => ({
    stance: t.field({ type: StanceEnum, resolve: (a) => a.stance }),
    grade: t.field({ type: EvidenceGradeEnum, resolve: (a) => a.grade }),
    basis: t.exposeString('basis', {
      description: 'The finer kind of evidence: rct, in_vitro, expert_opinion, none_given, …',
    }),
    rationale: t.exposeString('rationale', { description: 'Why this grade, naming the cue words.' }),
    hedged: t.exposeBoolean('hedged', { description: 'The passage hedges (may, suggest, promising, early, hoped).' }),
    cited: t.exposeBoolean('cited', {
      description: 'The source gives a checkable reference (DOI, PMID, trial id, author-year).',
    }),
    attribution: t.exposeString('attribution', {
      nullable: true,
      description: 'The person the passage is attributed to.',
    }),
    gradedBy: t.exposeString('gradedBy'),
    page: t.int({
      nullable: true,
      description: 'The page of the PDF source the quote stands on; null for a source that came as text.',
      resolve: (a) => a.page ?? null,
    }),
    anchorState: t.exposeString('anchorState', {
      description: 'ANCHORED, or MOVED / ORPHANED after the source text was revised.',
    }),
    version: t.exposeInt('version'),
    quote: t.field({ type: QuoteRef, resolve: (a) => a.quote }),
    promotionalCues: t.field({ type: [PromotionalCueRef], resolve: (a) => promotionalCuesIn(a.quote.exact) }),
    overreach: t.boolean({
      description:
        'The wording claims more than the evidence it invokes: an unhedged SUPPORTS on anecdotal or preclinical grounds, or one with promotional cues.',
      resolve: (a) => isOverreach(a),
    }),
  }),
});

builder.objectFields(AssertionRef, (t) => ({
  // A claim page's row may carry its source named (the columns its line shows; see readClaimPage).
  source: t.field({
    type: SourceRef,
    resolve: (a) => ((a as { pageSource?: NamedSource }).pageSource as SourceRow | undefined) ?? a.sourceId,
  }),
  // A source page's row of some columns carries its claim's slug and statement, all that query asks of it.
  claim: t.field({ type: ClaimRef, resolve: (a) => (a.claim as ClaimRow | undefined) ?? a.claimSlug }),
}));
