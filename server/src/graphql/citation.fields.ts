import { GraphQLError } from 'graphql';
import type { AssertionRow } from '../db/projections.js';
import type { ClaimRow } from '../db/projections.js';
import type { SourceRow } from '../db/projections.js';
import { CITATION_FORMATS, claimItem, cslItem, formatCitation, gradingNote } from '../domain/citation.js';
import { consensusOf } from '../domain/consensus.js';
import { assertionPermalink, claimPermalink, sourcePermalink } from '../domain/permalinks.js';
import { AssertionRef } from './assertion.type.js';
import { builder } from './builder.js';
import { ClaimRef } from './claim.type.js';
import { SourceRef } from './source.type.js';

export const CitationFormatEnum = builder.enumType('CitationFormat', {
  values: CITATION_FORMATS,
  description:
    'AMA and Vancouver as text; CSL_JSON, BIBTEX and RIS for reference managers. All are made by citation.js.',
});

async function loaded<T>(value: Promise<T | Error | null>, what: string): Promise<T> {
  const result = await value;
  if (result === null || result instanceof Error)
    throw new GraphQLError(`the ${what} of this item is gone`, { extensions: { code: 'NOT_FOUND' } });
  return result;
}

builder.objectFields(SourceRef, (t) => ({
  permalink: t.string({ resolve: (s, _args, ctx) => sourcePermalink(ctx.publicBase, s.id) }),
  citation: t.string({
    args: { format: t.arg({ type: CitationFormatEnum, required: true }) },
    resolve: (s, args) => formatCitation(cslItem(s), args.format),
  }),
}));

builder.objectFields(AssertionRef, (t) => ({
  permalink: t.string({ resolve: (a, _args, ctx) => assertionPermalink(ctx.publicBase, a.claimSlug, a.id) }),
  citation: t.string({
    description: "The source's reference, with the quoted passage, its grade and its stance on the claim.",
    args: { format: t.arg({ type: CitationFormatEnum, required: true }) },
    resolve: async (a: AssertionRow, args, ctx) => {
      const [source, claim] = await Promise.all([
        loaded<SourceRow>(SourceRef.getDataloader(ctx).load(a.sourceId), 'source'),
        loaded<ClaimRow>(ClaimRef.getDataloader(ctx).load(a.claimSlug), 'claim'),
      ]);
      const note = gradingNote(a, claim.statement, assertionPermalink(ctx.publicBase, a.claimSlug, a.id));
      return formatCitation(cslItem(source, note), args.format);
    },
  }),
}));

builder.objectFields(ClaimRef, (t) => ({
  permalink: t.string({ resolve: (c, _args, ctx) => claimPermalink(ctx.publicBase, c.slug) }),
  citation: t.string({
    description: 'The claim as an entry of this knowledge base, with its consensus.',
    args: { format: t.arg({ type: CitationFormatEnum, required: true }) },
    resolve: async (c, args, ctx) => {
      const consensus = c.consensus ?? consensusOf(await ctx.loaders.assertionsByClaim.load(c.slug));
      return formatCitation(claimItem(c, consensus, claimPermalink(ctx.publicBase, c.slug), new Date()), args.format);
    },
  }),
}));
