import { CurationError } from '../domain/curation.js';
import { builder } from './builder.js';
import { attempt, curatorChange, CurationPayloadRef, type CurationOutcome } from './curation.js';
import { localKey } from './ids.js';
import { QUERY_LIMITS } from './limits.js';
import { SourceRef } from './source.type.js';

const CreateSourceInput = builder.inputType('CreateSourceInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    kind: t.string({
      required: true,
      description: 'clinic_page, magazine_feature, expert_review, peer_reviewed_paper, regulatory_notice, …',
    }),
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
  interfaces: [CurationPayloadRef],
  fields: (t) => ({
    source: t.field({ type: SourceRef, nullable: true, resolve: (p) => p.key }),
  }),
});

const ReviseSourceTextInput = builder.inputType('ReviseSourceTextInput', {
  fields: (t) => ({
    sourceId: t.id({ required: true }),
    text: t.string({ required: true, description: 'The new full text, verbatim.' }),
    reason: t.string({ required: true }),
  }),
});

const ReviseSourceTextPayload = builder
  .objectRef<CurationOutcome & { tally?: Record<string, number> }>('ReviseSourceTextPayload')
  .implement({
    interfaces: [CurationPayloadRef],
    fields: (t) => ({
      source: t.field({ type: SourceRef, nullable: true, resolve: (p) => p.key }),
      anchored: t.int({
        description: 'Assertions whose passage stands where it stood.',
        resolve: (p) => p.tally?.ANCHORED ?? 0,
      }),
      moved: t.int({
        description: 'Assertions found again elsewhere or in changed wording.',
        resolve: (p) => p.tally?.MOVED ?? 0,
      }),
      orphaned: t.int({
        description: 'Assertions whose passage could not be found; their quotes stand on the previous text.',
        resolve: (p) => p.tally?.ORPHANED ?? 0,
      }),
    }),
  });

export function checkedText(text: string): string {
  if (text.trim() === '') throw new CurationError('INVALID', 'text is empty', 'text');
  if (text.length > QUERY_LIMITS.maxSourceTextChars) {
    throw new CurationError('INVALID', `text must have at most ${QUERY_LIMITS.maxSourceTextChars} characters`, 'text');
  }
  return text;
}

builder.mutationFields((t) => ({
  reviseSourceText: t.field({
    type: ReviseSourceTextPayload,
    description:
      'A new version of a source text (the old one kept); every assertion is re-anchored by its TextQuote selector.',
    args: { input: t.arg({ type: ReviseSourceTextInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const change = curatorChange(ctx, input.reason);
      const id = localKey(String(input.sourceId), 'Source');
      let tally: Record<string, number> | undefined;
      const outcome = await attempt(async () => {
        const text = checkedText(input.text);
        tally = await ctx.services.curation.reviseSourceText(id, text, change);
        return id;
      });
      return { ...outcome, tally };
    },
  }),
  createSource: t.field({
    type: CreateSourcePayload,
    args: { input: t.arg({ type: CreateSourceInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const change = curatorChange(ctx, input.reason ?? 'new source');
      return attempt(async () =>
        ctx.services.curation.createSource(
          {
            title: input.title,
            kind: input.kind,
            text: checkedText(input.text),
            publisher: input.publisher?.trim() || null,
            authors: (input.authors ?? []).map((a) => a.trim()).filter(Boolean),
            url: input.url?.trim() || null,
            publishedAt: input.publishedAt ?? null,
            language: input.language ?? 'en',
          },
          change,
        ),
      );
    },
  }),
}));
