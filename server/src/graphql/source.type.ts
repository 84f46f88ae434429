import { GraphQLError } from 'graphql';
import { SOURCE_SEARCH_LIMIT, type SourcePosition, type SourceVersionRow } from '../db/source.repository.js';
import type { SourceRow } from '../db/projections.js';
import { fullTextQuery } from '../domain/search-text.js';
import type { JamaBenchmark } from '../domain/types.js';
import { AssertionRef } from './assertion.type.js';
import { builder } from './builder.js';
import { localKey } from './ids.js';
import { Lookahead } from './lookahead.js';
import { readSourcePage } from './page-reads.js';
import { cursorValues, keysetConnection } from './pagination.js';
import { QuoteRef } from './quote.type.js';

const JamaBenchmarkRef = builder.objectRef<JamaBenchmark>('JamaBenchmark').implement({
  fields: (t) => ({ met: t.exposeBoolean('met'), reason: t.exposeString('reason') }),
});

const JamaBenchmarksRef = builder.objectRef<NonNullable<SourceRow['jama']>>('JamaBenchmarks').implement({
  description: 'The four JAMA benchmarks for health pages (Silberg et al., 1997).',
  fields: (t) => ({
    authorship: t.field({ type: JamaBenchmarkRef, resolve: (j) => j.authorship }),
    attribution: t.field({ type: JamaBenchmarkRef, description: 'References given.', resolve: (j) => j.attribution }),
    disclosure: t.field({
      type: JamaBenchmarkRef,
      description: 'Ownership, sponsorship, commercial interest.',
      resolve: (j) => j.disclosure,
    }),
    currency: t.field({
      type: JamaBenchmarkRef,
      description: 'Dates of writing and update.',
      resolve: (j) => j.currency,
    }),
  }),
});

export const SourceRef = builder.loadableNode('Source', {
  description: 'A document that makes claims; its text is the ground every quote stands on.',
  id: { resolve: (source: SourceRow) => source.id },
  load: (ids: string[], ctx) => ctx.loaders.sources.loadMany(ids),
  fields: (t) => ({
    slug: t.exposeString('id', { description: 'Stable; usable in permalinks and in source(id:).' }),
    title: t.exposeString('title'),
    kind: t.exposeString('kind', {
      description: 'clinic_faq, magazine_feature, expert_review, peer_reviewed_paper, …',
    }),
    publisher: t.exposeString('publisher', { nullable: true }),
    authors: t.exposeStringList('authors'),
    url: t.exposeString('url', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', {
      nullable: true,
      description: 'As precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD).',
    }),
    language: t.exposeString('language'),
    text: t.string({
      description: 'The full text, verbatim.',
      // Pages that show a source beside its quotes read it without its text; the text loads on its own when asked for.
      resolve: async (s, _args, ctx) => {
        const text = s.text ?? (await ctx.loaders.sourceTexts.load(s.id));
        if (text === null) throw new GraphQLError('this source is gone', { extensions: { code: 'NOT_FOUND' } });
        return text;
      },
    }),
    contentHash: t.exposeString('contentHash', { description: 'sha256 of the text, hex.' }),
    commercialInterest: t.exposeBoolean('commercialInterest', {
      description: 'The source sells what it writes about (a booking call-to-action, a hotline).',
    }),
    commercialInterestEvidence: t.field({
      type: QuoteRef,
      nullable: true,
      description: 'The passage that shows the commercial interest.',
      resolve: (s) => s.commercialInterestEvidence,
    }),
    jama: t.field({
      type: JamaBenchmarksRef,
      nullable: true,
      description: 'Null until a curator has assessed the source.',
      resolve: (s) => s.jama,
    }),
  }),
});

const SourceVersionRef = builder.objectRef<SourceVersionRow>('SourceVersion').implement({
  description: 'A text the source had before a revision.',
  fields: (t) => ({
    textVersion: t.exposeInt('textVersion'),
    contentHash: t.exposeString('contentHash'),
    replacedAt: t.exposeString('replacedAt'),
    text: t.exposeString('text'),
  }),
});

builder.objectFields(SourceRef, (t) => ({
  textVersion: t.int({
    description: '1 for the text as first stored; one more for each revision.',
    resolve: (s) => s.textVersion,
  }),
  previousVersions: t.field({
    type: [SourceVersionRef],
    description: 'Earlier texts, newest first; quotes of ORPHANED assertions stand on one of these.',
    resolve: (s, _args, ctx) => ctx.loaders.sourceVersions.load(s.id),
  }),
  assertions: t.field({
    type: [AssertionRef],
    description: 'In the order of the text.',
    resolve: (s, _args, ctx) => s.pageAssertions ?? ctx.loaders.assertionsBySource.load(s.id),
  }),
}));

const SourceFilter = builder.inputType('SourceFilter', {
  fields: (t) => ({
    text: t.string({ required: false, description: 'Words that must all appear in the title or the publisher.' }),
    partialLastWord: t.boolean({
      required: false,
      description: 'The text is being typed: its last word may be the beginning of a word (search as one types).',
    }),
  }),
});

builder.queryFields((t) => ({
  sources: t.connection(
    {
      type: SourceRef,
      description: `Every source by id, or with filter.text the best matches first (among the ${SOURCE_SEARCH_LIMIT} best); pages of 1 to 200.`,
      args: { filter: t.arg({ type: SourceFilter, required: false }) },
      resolve: (_root, args, ctx) => {
        const text = args.filter?.text
          ? fullTextQuery(args.filter.text, { partialLastWord: args.filter.partialLastWord ?? false })
          : null;
        return keysetConnection(
          args,
          (s: SourceRow & { position: SourcePosition }) => JSON.stringify([s.position.score, s.position.id]),
          (after, limit) => ctx.repositories.sources.page(sourcePositionIn(after, text !== null), limit, text),
        ).then((connection) => ({ ...connection, text }));
      },
    },
    {
      name: 'SourceConnection',
      fields: (t) => ({
        totalCount: t.int({
          description: `How many sources there are, or match filter.text (among the ${SOURCE_SEARCH_LIMIT} best). Counted only when asked for.`,
          resolve: (connection, _args, ctx) => ctx.repositories.sources.count(connection.text),
        }),
      }),
    },
    { name: 'SourceEdge' },
  ),
  source: t.field({
    type: SourceRef,
    nullable: true,
    args: { id: t.arg.id({ required: true, description: 'A global id, or the source id itself.' }) },
    resolve: (_root, args, ctx, info) => readSourcePage(localKey(String(args.id), 'Source'), Lookahead.of(info), ctx),
  }),
}));

/** The position a cursor stands for; a cursor of a search used without one (or the reverse) is the caller's error. */
function sourcePositionIn(key: string | null, searching: boolean): SourcePosition | null {
  if (key === null) return null;
  const [score, id] = cursorValues(
    key,
    (v) => typeof v[1] === 'string' && (searching ? typeof v[0] === 'number' : v[0] === null),
  );
  return { score: score as number | null, id: id as string };
}
