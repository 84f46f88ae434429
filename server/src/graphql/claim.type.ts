import { GraphQLError } from 'graphql';
import {
  CLAIM_ORDERS,
  SEARCH_MATCH_LIMIT,
  type ClaimOrder,
  type ClaimPageFilter,
  type ClaimPosition,
} from '../db/claim.repository.js';
import { fullTextQuery } from '../domain/search-text.js';
import type { AssertionRow, ClaimRow } from '../db/projections.js';
import { STANCES } from '../domain/types.js';
import { ConsensusStatusEnum, EvidenceGradeEnum, StanceEnum } from './enums.js';
import { consensusOf } from '../domain/consensus.js';
import { attempt, curatorChange, CurationPayloadRef, type CurationOutcome } from './curation.js';
import { byGradeDescending } from '../domain/grading.js';
import { AssertionRef } from './assertion.type.js';
import { builder } from './builder.js';
import { ConsensusRef } from './consensus.type.js';
import { localKey } from './ids.js';
import { Lookahead } from './lookahead.js';
import { pageKeyIn, readClaimPage } from './page-reads.js';
import { cursorValues, keysetConnection } from './pagination.js';

export const ClaimRef = builder.loadableNode('Claim', {
  description: 'One proposition in plain affirmative words; sources that deny it attach to it with stance CONTRADICTS.',
  id: { resolve: (c: ClaimRow) => c.slug },
  load: (slugs: string[], ctx) => ctx.loaders.claims.loadMany(slugs),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable; usable in permalinks and in claim(id:).' }),
    statement: t.exposeString('statement'),
    topics: t.exposeStringList('topics'),
    consensus: t.field({
      type: ConsensusRef,
      description:
        'Derived from the assertions on every write and stored with the claim, so reading it costs no assertion.',
      resolve: async (c, _args, ctx) => c.consensus ?? consensusOf(await ctx.loaders.assertionsByClaim.load(c.slug)),
    }),
  }),
});

builder.objectFields(ClaimRef, (t) => ({
  assertions: t.field({
    type: [AssertionRef],
    description: 'Strongest grade first.',
    resolve: async (c, _args, ctx) => byGradeDescending(await ctx.loaders.assertionsByClaim.load(c.slug)),
  }),
  assertionsWithStance: t.connection(
    {
      type: AssertionRef,
      description:
        'A page of the assertions with one stance, strongest grade first, then by source and text order. Use it for claims with many assertions.',
      args: { stance: t.arg({ type: StanceEnum, required: true }) },
      resolve: (c, args, ctx) =>
        keysetConnection(
          args,
          (a: AssertionRow & { pageKey: string }) => JSON.stringify([args.stance, a.pageKey]),
          (after, limit) =>
            ctx.loaders
              .assertionPages(limit)
              .load({ slug: c.slug, stance: args.stance, after: pageKeyIn(after, args.stance) }),
        ).then((connection) => ({
          ...connection,
          claimSlug: c.slug,
          stance: args.stance,
          storedCount: c.assertionCounts?.[STANCES.indexOf(args.stance)] ?? null,
        })),
    },
    {
      name: 'ClaimAssertionConnection',
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many assertions of the claim have this stance.',
          resolve: (connection, _args, ctx) =>
            connection.storedCount ?? ctx.repositories.assertions.countOfClaim(connection.claimSlug, connection.stance),
        }),
      }),
    },
    { name: 'ClaimAssertionEdge' },
  ),
  conflictsWith: t.field({
    type: [ClaimRef],
    description: 'Incompatible claims that are not simple negations.',
    resolve: (c) => [...c.conflicts].sort(),
  }),
  refines: t.field({
    type: ClaimRef,
    nullable: true,
    description: 'The broader claim this one narrows.',
    resolve: (c) => c.broader,
  }),
}));

const ClaimFilter = builder.inputType('ClaimFilter', {
  fields: (t) => ({
    text: t.string({
      required: false,
      description: 'Words that must all appear in the statement or in one of its quotes.',
    }),
    partialLastWord: t.boolean({
      required: false,
      description: 'The text is being typed: its last word may be the beginning of a word (search as one types).',
    }),
    topic: t.string({ required: false }),
    status: t.field({ type: ConsensusStatusEnum, required: false }),
    bestGrade: t.field({ type: EvidenceGradeEnum, required: false }),
    gradeConflict: t.boolean({ required: false }),
    sourceId: t.id({ required: false, description: 'Only claims this source speaks to (global id or source id).' }),
  }),
});

const ClaimOrderEnum = builder.enumType('ClaimOrder', {
  values: CLAIM_ORDERS,
  description:
    'ALPHABETICAL by statement; MOST_CONTESTED: sources on both sides first; MOST_SOURCES first; RELEVANCE: best full-text matches first (needs filter.text).',
});

builder.queryFields((t) => ({
  claims: t.connection(
    {
      type: ClaimRef,
      description: `Claims in the chosen order (RELEVANCE with a text filter, else ALPHABETICAL, by default); pages of 1 to 200. A text filter ranks the ${SEARCH_MATCH_LIMIT} best matches among statements and among quotes.`,
      args: {
        filter: t.arg({ type: ClaimFilter, required: false }),
        orderBy: t.arg({ type: ClaimOrderEnum, required: false }),
      },
      resolve: (_root, args, ctx) => {
        const filter = args.filter;
        const text = filter?.text
          ? fullTextQuery(filter.text, { partialLastWord: filter.partialLastWord ?? false })
          : null;
        const order = args.orderBy ?? (text === null ? 'ALPHABETICAL' : 'RELEVANCE');
        if (order === 'RELEVANCE' && text === null) {
          throw new GraphQLError('orderBy RELEVANCE ranks the matches of filter.text: give some words to search for', {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
        const pageFilter: ClaimPageFilter = {
          text,
          topic: filter?.topic ?? null,
          status: filter?.status ?? null,
          bestGrade: filter?.bestGrade ?? null,
          gradeConflict: filter?.gradeConflict ?? null,
          sourceId: filter?.sourceId ? localKey(String(filter.sourceId), 'Source') : null,
        };
        return keysetConnection(
          args,
          (c: ClaimRow & { position: ClaimPosition }) => JSON.stringify([order, c.position.sortValue, c.position.slug]),
          (after, limit) => ctx.repositories.claims.page(order, positionIn(after, order), limit, pageFilter),
        ).then((connection) => ({ ...connection, filter: pageFilter }));
      },
    },
    {
      name: 'ClaimConnection',
      fields: (t) => ({
        totalCount: t.int({
          description: `How many claims pass the filter (with words to search for: among the ${SEARCH_MATCH_LIMIT} best matches of each index). Counted only when asked for.`,
          resolve: (connection, _args, ctx) => ctx.repositories.claims.count(connection.filter),
        }),
      }),
    },
    { name: 'ClaimEdge' },
  ),
  claim: t.field({
    type: ClaimRef,
    nullable: true,
    args: { id: t.arg.id({ required: true, description: 'A global id or a slug.' }) },
    resolve: (_root, args, ctx, info) => readClaimPage(localKey(String(args.id), 'Claim'), Lookahead.of(info), ctx),
  }),
}));

const CreateClaimInput = builder.inputType('CreateClaimInput', {
  fields: (t) => ({
    statement: t.string({ required: true, description: 'One proposition in plain affirmative words.' }),
    topics: t.stringList({ required: true }),
    reason: t.string({ required: false }),
  }),
});

const LinkConflictInput = builder.inputType('LinkConflictInput', {
  fields: (t) => ({
    a: t.id({ required: true, description: 'A claim: global id or slug.' }),
    b: t.id({ required: true }),
    reason: t.string({ required: true }),
  }),
});

const claimPayload = (name: string) =>
  builder.objectRef<CurationOutcome>(name).implement({
    interfaces: [CurationPayloadRef],
    fields: (t) => ({
      claim: t.field({ type: ClaimRef, nullable: true, resolve: (p) => p.key }),
    }),
  });

/** The position a cursor of this order stands for; a cursor of another order is the caller's error. */
function positionIn(key: string | null, order: ClaimOrder): ClaimPosition | null {
  if (key === null) return null;
  const [, sortValue, slug] = cursorValues(key, (values) => values[0] === order && typeof values[2] === 'string');
  return { sortValue: sortValue as string | number, slug: slug as string };
}

builder.mutationFields((t) => ({
  createClaim: t.field({
    type: claimPayload('CreateClaimPayload'),
    args: { input: t.arg({ type: CreateClaimInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const change = curatorChange(ctx, input.reason ?? 'new claim');
      return attempt(() => ctx.services.curation.createClaim(input.statement, input.topics, change));
    },
  }),
  linkConflict: t.field({
    type: claimPayload('LinkConflictPayload'),
    description: 'Records that two claims are incompatible without being negations of each other.',
    args: { input: t.arg({ type: LinkConflictInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const change = curatorChange(ctx, input.reason);
      const a = localKey(String(input.a), 'Claim');
      return attempt(async () => {
        await ctx.services.curation.linkConflict(a, localKey(String(input.b), 'Claim'), change);
        return a;
      });
    },
  }),
}));
