import type { SourceRow } from '../db/source.repository.js';
import type { JamaBenchmark } from '../domain/types.js';
import { AssertionRef } from './assertion.type.js';
import { builder } from './builder.js';
import { localKey } from './ids.js';
import { keysetConnection } from './pagination.js';
import { QuoteRef } from './quote.type.js';
import { sha256 } from '../corpus/corpus-reader.js';
import { CurationError, requireText } from '../domain/curation.js';
import { attempt, curatorChange, CurationErrorRef, type CurationOutcome } from './curation.js';
import { QUERY_LIMITS } from './limits.js';

const JamaBenchmarkRef = builder.objectRef<JamaBenchmark>('JamaBenchmark').implement({
  fields: (t) => ({ met: t.exposeBoolean('met'), reason: t.exposeString('reason') }),
});

const JamaBenchmarksRef = builder.objectRef<SourceRow['jama']>('JamaBenchmarks').implement({
  description: 'The four JAMA benchmarks for health pages (Silberg et al., 1997).',
  fields: (t) => ({
    authorship: t.field({ type: JamaBenchmarkRef, resolve: (j) => j.authorship }),
    attribution: t.field({ type: JamaBenchmarkRef, description: 'References given.', resolve: (j) => j.attribution }),
    disclosure: t.field({ type: JamaBenchmarkRef, description: 'Ownership, sponsorship, commercial interest.', resolve: (j) => j.disclosure }),
    currency: t.field({ type: JamaBenchmarkRef, description: 'Dates of writing and update.', resolve: (j) => j.currency }),
  }),
});

export const SourceRef = builder.loadableNode('Source', {
  description: 'A document that makes claims; its text is the ground every quote stands on.',
  id: { resolve: (source: SourceRow) => source.id },
  load: (ids: string[], ctx) => ctx.repositories.sources.getByIds(ids),
  sort: (source) => source.id,
  fields: (t) => ({
    slug: t.exposeString('id', { description: 'Stable; usable in permalinks and in source(id:).' }),
    title: t.exposeString('title'),
    kind: t.exposeString('kind', { description: 'clinic_faq, magazine_feature, expert_review, peer_reviewed_paper, …' }),
    publisher: t.exposeString('publisher', { nullable: true }),
    authors: t.exposeStringList('authors'),
    url: t.exposeString('url', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', { nullable: true, description: 'As precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD).' }),
    language: t.exposeString('language'),
    text: t.exposeString('text', { description: 'The full text, verbatim.' }),
    contentHash: t.exposeString('contentHash', { description: 'sha256 of the text, hex.' }),
    commercialInterest: t.exposeBoolean('commercialInterest', { description: 'The source sells what it writes about (a booking call-to-action, a hotline).' }),
    commercialInterestEvidence: t.field({
      type: QuoteRef,
      nullable: true,
      description: 'The passage that shows the commercial interest.',
      resolve: (s) => s.commercialInterestEvidence,
    }),
    jama: t.field({ type: JamaBenchmarksRef, resolve: (s) => s.jama }),
  }),
});

builder.objectFields(SourceRef, (t) => ({
  assertions: t.field({
    type: [AssertionRef],
    description: 'In the order of the text.',
    resolve: (s, _args, ctx) => ctx.loaders.assertionsBySource.load(s.id),
  }),
}));

builder.queryFields((t) => ({
  sources: t.connection(
    {
      type: SourceRef,
      description: 'Every source, by id; pages of 1 to 200.',
      resolve: (_root, args, ctx) => keysetConnection(args, (s: SourceRow) => s.id, (after, limit) => ctx.repositories.sources.page(after, limit)),
    },
    { name: 'SourceConnection' },
    { name: 'SourceEdge' },
  ),
  source: t.field({
    type: SourceRef,
    nullable: true,
    args: { id: t.arg.id({ required: true, description: 'A global id, or the source id itself.' }) },
    resolve: (_root, args) => localKey(String(args.id), 'Source'),
  }),
}));

const CreateSourceInput = builder.inputType('CreateSourceInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    kind: t.string({ required: true, description: 'clinic_page, magazine_feature, expert_review, peer_reviewed_paper, regulatory_notice, …' }),
    text: t.string({ required: true, description: 'The full text, verbatim; quotes are taken from it by offset.' }),
    publisher: t.string({ required: false }),
    authors: t.stringList({ required: false }),
    url: t.string({ required: false }),
    publishedAt: t.string({ required: false, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    language: t.string({ required: false, defaultValue: 'en' }),
    reason: t.string({ required: false }),
  }),
});

const CreateSourcePayload = builder.objectRef<CurationOutcome>('CreateSourcePayload').implement({
  fields: (t) => ({
    ok: t.boolean({ resolve: (p) => p.error === null }),
    error: t.field({ type: CurationErrorRef, nullable: true, resolve: (p) => p.error }),
    source: t.field({ type: SourceRef, nullable: true, resolve: (p) => p.key }),
  }),
});

builder.mutationFields((t) => ({
  createSource: t.field({
    type: CreateSourcePayload,
    args: { input: t.arg({ type: CreateSourceInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const change = curatorChange(ctx, input.reason ?? 'new source');
      return attempt(async () => {
        if (input.publishedAt && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(input.publishedAt)) {
          throw new CurationError('INVALID', 'publishedAt must be YYYY, YYYY-MM or YYYY-MM-DD', 'publishedAt');
        }
        if (input.text.length > QUERY_LIMITS.maxSourceTextChars) {
          throw new CurationError('INVALID', `text must have at most ${QUERY_LIMITS.maxSourceTextChars} characters`, 'text');
        }
        if (input.text.trim() === '') throw new CurationError('INVALID', 'text is empty', 'text');
        return ctx.repositories.curation.createSource(
          {
            title: requireText(input.title, 'title', { max: 500 }),
            kind: requireText(input.kind, 'kind', { max: 60 }),
            text: input.text,
            contentHash: sha256(input.text),
            publisher: input.publisher?.trim() || null,
            authors: (input.authors ?? []).map((a) => a.trim()).filter(Boolean),
            url: input.url?.trim() || null,
            publishedAt: input.publishedAt ?? null,
            language: input.language ?? 'en',
          },
          change,
        );
      });
    },
  }),
}));
