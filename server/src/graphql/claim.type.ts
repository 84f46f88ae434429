import type { ClaimRow } from '../db/claim.repository.js';
import { consensusOf } from '../domain/consensus.js';
import { byGradeDescending } from '../domain/grading.js';
import { AssertionRef } from './assertion.type.js';
import { builder } from './builder.js';
import { ConsensusRef } from './consensus.type.js';
import { localKey } from './ids.js';
import { keysetConnection } from './pagination.js';

export const ClaimRef = builder.loadableNode('Claim', {
  description: 'One proposition in plain affirmative words; sources that deny it attach to it with stance CONTRADICTS.',
  id: { resolve: (c: ClaimRow) => c.slug },
  load: (slugs: string[], ctx) => ctx.repositories.claims.getBySlugs(slugs),
  sort: (c) => c.slug,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable; usable in permalinks and in claim(id:).' }),
    statement: t.exposeString('statement'),
    topics: t.exposeStringList('topics'),
    consensus: t.field({
      type: ConsensusRef,
      resolve: async (c, _args, ctx) => consensusOf(await ctx.loaders.assertionsByClaim.load(c.slug)),
    }),
  }),
});

builder.objectFields(ClaimRef, (t) => ({
  assertions: t.field({
    type: [AssertionRef],
    description: 'Strongest grade first.',
    resolve: async (c, _args, ctx) => byGradeDescending(await ctx.loaders.assertionsByClaim.load(c.slug)),
  }),
  conflictsWith: t.field({
    type: [ClaimRef],
    description: 'Incompatible claims that are not simple negations.',
    resolve: (c, _args, ctx) => ctx.loaders.conflictsByClaim.load(c.slug),
  }),
  refines: t.field({
    type: ClaimRef,
    nullable: true,
    description: 'The broader claim this one narrows.',
    resolve: (c, _args, ctx) => ctx.loaders.broaderByClaim.load(c.slug),
  }),
}));

const ClaimFilter = builder.inputType('ClaimFilter', {
  fields: (t) => ({
    topic: t.string({ required: false }),
    sourceId: t.id({ required: false, description: 'Only claims this source speaks to (global id or source id).' }),
  }),
});

builder.queryFields((t) => ({
  claims: t.connection(
    {
      type: ClaimRef,
      description: 'Claims by slug; pages of 1 to 200.',
      args: { filter: t.arg({ type: ClaimFilter, required: false }) },
      resolve: (_root, args, ctx) =>
        keysetConnection(args, (c: ClaimRow) => c.slug, (after, limit) =>
          ctx.repositories.claims.page(after, limit, {
            topic: args.filter?.topic ?? null,
            sourceId: args.filter?.sourceId ? localKey(String(args.filter.sourceId), 'Source') : null,
          }),
        ),
    },
    { name: 'ClaimConnection' },
    { name: 'ClaimEdge' },
  ),
  claim: t.field({
    type: ClaimRef,
    nullable: true,
    args: { id: t.arg.id({ required: true, description: 'A global id or a slug.' }) },
    resolve: (_root, args) => localKey(String(args.id), 'Claim'),
  }),
}));
