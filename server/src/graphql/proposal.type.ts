import type { ProposalRow } from '../db/proposal.repository.js';
import {
  DocumentError,
  DOCUMENT_FORMATS,
  documentOfBytes,
  textOfDocument,
  type DocumentText,
} from '../corpus/document-reader.js';
import { CurationError } from '../domain/curation.js';
import { FileScalar } from './file.scalar.js';
import { AssertionRef } from './assertion.type.js';
import { builder } from './builder.js';
import { ClaimRef } from './claim.type.js';
import { attempt, curatorChange, CurationPayloadRef, type CurationOutcome } from './curation.js';
import { EvidenceGradeEnum, StanceEnum } from './enums.js';
import { localKey } from './ids.js';
import { QuoteRef } from './quote.type.js';
import { checkedText } from './source.mutations.js';
import { SourceRef } from './source.type.js';

const ProposalStatusEnum = builder.enumType('ProposalStatus', {
  values: ['PROPOSED', 'ACCEPTED', 'REJECTED'] as const,
});

const LINK_REASONS = {
  matches: 'MATCHES',
  'refers-back': 'REFERS_BACK',
  broader: 'BROADER',
  nearest: 'NEAREST',
  new: 'NEW',
} as const;
const LinkReasonEnum = builder.enumType('LinkReason', {
  description:
    'Why the assistant proposes this claim: the passage MATCHES it; REFERS_BACK to passages that do ("the points above"); ' +
    'the claim is the BROADER one of a claim the passage supports; it is the NEAREST known claim of a passage that reaches ' +
    'none (proposed beside a NEW claim, for the curator to pick); or the claim is NEW, in the passage\u2019s words.',
  values: Object.values(LINK_REASONS),
});

export const ProposalRef = builder.loadableObject('Proposal', {
  description: "The grading assistant's proposed assertion, waiting for a curator to accept, edit or reject it.",
  load: async (ids: string[], ctx) =>
    (await ctx.repositories.proposals.getByIds(ids)).map((p, i) => p ?? new Error(`no proposal "${ids[i]}"`)),
  sort: (p: ProposalRow) => p.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: ProposalStatusEnum, resolve: (p) => p.status }),
    quote: t.field({
      type: QuoteRef,
      resolve: (p) => ({ exact: p.exact, start: p.start, end: p.end, prefix: p.prefix, suffix: p.suffix }),
    }),
    claim: t.field({
      type: ClaimRef,
      nullable: true,
      description: 'The known claim it is linked to; null when it proposes a new one.',
      resolve: (p) => p.claimSlug,
    }),
    newClaimStatement: t.exposeString('newStatement', { nullable: true }),
    claimScore: t.exposeFloat('claimScore', { description: 'TF-IDF similarity of the passage to the claim.' }),
    linkReason: t.field({
      type: LinkReasonEnum,
      resolve: (p) => LINK_REASONS[p.linkReason ?? (p.claimSlug ? 'matches' : 'new')],
    }),
    stance: t.field({ type: StanceEnum, resolve: (p) => p.stance }),
    grade: t.field({ type: EvidenceGradeEnum, resolve: (p) => p.grade }),
    basis: t.exposeString('basis'),
    rationale: t.exposeString('rationale'),
    hedged: t.exposeBoolean('hedged'),
    cited: t.exposeBoolean('cited'),
    attribution: t.exposeString('attribution', { nullable: true }),
    confidence: t.exposeFloat('confidence'),
    page: t.exposeInt('page', {
      nullable: true,
      description: 'The page of the PDF the passage stands on; null for a source that came as text, Markdown or HTML.',
    }),
    assertion: t.field({
      type: AssertionRef,
      nullable: true,
      description: 'The assertion it became, once accepted.',
      resolve: (p) => p.assertionId,
    }),
  }),
});

builder.objectFields(SourceRef, (t) => ({
  proposals: t.field({
    type: [ProposalRef],
    description: "The assistant's proposals for this source, in text order (PROPOSED ones unless a status is given).",
    args: { status: t.arg({ type: ProposalStatusEnum, required: false, defaultValue: 'PROPOSED' }) },
    resolve: async (s, args, ctx) => (await ctx.repositories.proposals.ofSources([s.id], args.status ?? null))[0]!,
  }),
}));

const DocumentFormatEnum = builder.enumType('DocumentFormat', {
  values: DOCUMENT_FORMATS,
  description: 'TEXT and MARKDOWN are stored as given; HTML is stored as its text, without tags, scripts or styles.',
});

const ReviewQueueItemRef = builder.objectRef<{ sourceId: string; pending: number }>('ReviewQueueItem').implement({
  description: 'A source whose proposals wait for a curator.',
  fields: (t) => ({
    source: t.field({ type: SourceRef, resolve: (item) => item.sourceId }),
    pendingProposals: t.exposeInt('pending', { description: 'How many of its proposals are still PROPOSED.' }),
  }),
});

builder.queryFields((t) => ({
  reviewQueue: t.field({
    type: [ReviewQueueItemRef],
    description: `Sources with proposals still PROPOSED, the most recently ingested first (at most ${REVIEW_QUEUE_LIMIT}).`,
    resolve: (_root, _args, ctx) => ctx.repositories.proposals.queue(REVIEW_QUEUE_LIMIT),
  }),
}));

const REVIEW_QUEUE_LIMIT = 100;

const IngestSourceInput = builder.inputType('IngestSourceInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    kind: t.string({ required: true }),
    text: t.string({
      required: false,
      description:
        'The document as text; quotes are verbatim in the text stored (for HTML, its text without tags). Give this or file.',
    }),
    file: t.field({
      type: FileScalar,
      required: false,
      description:
        'The document as a file (a multipart request), up to 5 MB: a PDF is told by its content; any other file is UTF-8 text in the format given. Give this or text.',
    }),
    format: t.field({ type: DocumentFormatEnum, required: false, defaultValue: 'TEXT' }),
    reason: t.string({ required: false }),
  }),
});

const IngestSourcePayload = builder
  .objectRef<CurationOutcome & { created?: boolean }>('IngestSourcePayload')
  .implement({
    interfaces: [CurationPayloadRef],
    fields: (t) => ({
      created: t.boolean({
        description: 'False when the same text was ingested before: nothing new was stored.',
        resolve: (p) => p.created ?? false,
      }),
      source: t.field({ type: SourceRef, nullable: true, resolve: (p) => p.key }),
    }),
  });

const AcceptProposalInput = builder.inputType('AcceptProposalInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    reason: t.string({ required: false }),
    claimId: t.id({ required: false, description: 'Link to this claim instead of the proposed one.' }),
    topics: t.stringList({ required: false, description: 'Topics of the new claim, when the proposal makes one.' }),
    stance: t.field({ type: StanceEnum, required: false }),
    grade: t.field({ type: EvidenceGradeEnum, required: false }),
    basis: t.string({ required: false }),
    rationale: t.string({ required: false }),
  }),
});

const ProposalDecisionInput = builder.inputType('RejectProposalInput', {
  fields: (t) => ({ id: t.id({ required: true }), reason: t.string({ required: true }) }),
});

const AcceptProposalPayload = builder.objectRef<CurationOutcome>('AcceptProposalPayload').implement({
  interfaces: [CurationPayloadRef],
  fields: (t) => ({
    assertion: t.field({ type: AssertionRef, nullable: true, resolve: (p) => p.key }),
  }),
});

const RejectProposalPayload = builder
  .objectRef<CurationOutcome>('RejectProposalPayload')
  .implement({ interfaces: [CurationPayloadRef] });

builder.mutationFields((t) => ({
  ingestSource: t.field({
    type: IngestSourcePayload,
    description: 'A new document in, the grading assistant\u2019s proposals out, stored as PROPOSED for review.',
    args: { input: t.arg({ type: IngestSourceInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const change = curatorChange(ctx, input.reason ?? 'ingested for review');
      let created: boolean | undefined;
      const outcome = await attempt(async () => {
        const document = await documentOf(input);
        const text = checkedText(document.text);
        const pageStarts = document.pages?.map((p) => p.start) ?? null;
        const result = await ctx.services.ingest.ingest(
          { title: input.title, kind: input.kind, text, pageStarts },
          change,
        );
        created = result.created;
        return result.sourceId;
      });
      return { ...outcome, created };
    },
  }),
  acceptProposal: t.field({
    type: AcceptProposalPayload,
    args: { input: t.arg({ type: AcceptProposalInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const change = curatorChange(ctx, input.reason ?? 'accepted proposal');
      return attempt(() =>
        ctx.services.review.accept(
          String(input.id),
          {
            claimSlug: input.claimId ? localKey(String(input.claimId), 'Claim') : undefined,
            topics: input.topics ?? undefined,
            stance: input.stance ?? undefined,
            grade: input.grade ?? undefined,
            basis: input.basis ?? undefined,
            rationale: input.rationale ?? undefined,
          },
          change,
        ),
      );
    },
  }),
  rejectProposal: t.field({
    type: RejectProposalPayload,
    args: { input: t.arg({ type: ProposalDecisionInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const change = curatorChange(ctx, input.reason);
      return attempt(async () => {
        await ctx.services.review.reject(String(input.id), change);
        return null;
      });
    },
  }),
}));

/** The document of an ingestSource input: its text, or its uploaded file read as `documentOfBytes` reads any. */
async function documentOf(input: {
  text?: string | null;
  file?: { name: string; arrayBuffer(): Promise<ArrayBuffer> } | null;
  format?: (typeof DOCUMENT_FORMATS)[number] | null;
}): Promise<DocumentText> {
  if ((input.text == null) === (input.file == null))
    throw new CurationError(
      'INVALID',
      'give the document as text or as a file, not both',
      input.file ? 'file' : 'text',
    );
  if (input.file) {
    try {
      return await documentOfBytes(new Uint8Array(await input.file.arrayBuffer()), input.file.name, input.format);
    } catch (error) {
      if (error instanceof DocumentError) throw new CurationError('INVALID', error.message, 'file');
      throw error;
    }
  }
  const format = input.format ?? 'TEXT';
  if (format === 'PDF') throw new CurationError('INVALID', 'a PDF comes as a file, not as text', 'format');
  return { text: textOfDocument(input.text!, format), format, pages: null };
}
