import { consensusOf } from '../domain/consensus.js';
import {
  citoRelation,
  claimReview,
  ecoAssertionMethodCode,
  ecoEvidenceCode,
  JSON_LD_CONTEXT,
  webAnnotation,
} from '../domain/interchange.js';
import { assertionPermalink, claimPermalink, sourcePermalink } from '../domain/permalinks.js';
import { AssertionRef } from './assertion.type.js';
import { builder } from './builder.js';
import { ClaimRef } from './claim.type.js';

builder.objectFields(AssertionRef, (t) => ({
  ecoCode: t.string({
    description: 'The evidence basis as an Evidence & Conclusion Ontology code.',
    resolve: (a) => ecoEvidenceCode(a.basis, a.cited),
  }),
  ecoAssertionMethod: t.string({
    description: 'ECO:0000352 (curated) or ECO:0000501 (grading assistant).',
    resolve: (a) => ecoAssertionMethodCode(a.gradedBy),
  }),
  citoRelation: t.string({
    description: 'The stance as a CiTO term: cito:supports, cito:disputes or cito:qualifies.',
    resolve: (a) => citoRelation(a.stance),
  }),
  webAnnotation: t.string({
    description:
      'The assertion as a W3C Web Annotation (JSON-LD text): TextQuote and TextPosition selectors, motivation assessing.',
    resolve: (a, _args, ctx) =>
      JSON.stringify({
        '@context': JSON_LD_CONTEXT,
        ...webAnnotation(a, {
          self: assertionPermalink(ctx.publicBase, a.claimSlug, a.id),
          source: sourcePermalink(ctx.publicBase, a.sourceId),
          claim: claimPermalink(ctx.publicBase, a.claimSlug),
        }),
      }),
  }),
}));

builder.objectFields(ClaimRef, (t) => ({
  claimReview: t.string({
    description: 'The claim and its consensus as schema.org ClaimReview (JSON-LD text).',
    resolve: async (c, _args, ctx) => {
      const assertions = await ctx.loaders.assertionsByClaim.load(c.slug);
      const sources = [...new Set(assertions.map((a) => a.sourceId))].map((id) => ({
        url: sourcePermalink(ctx.publicBase, id),
        title: id,
      }));
      return JSON.stringify({
        '@context': JSON_LD_CONTEXT,
        ...claimReview(c, consensusOf(assertions), { self: claimPermalink(ctx.publicBase, c.slug), sources }),
      });
    },
  }),
}));
