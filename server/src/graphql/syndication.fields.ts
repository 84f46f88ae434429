import { badgeSnippet } from '../domain/badge.js';
import { consensusOf } from '../domain/consensus.js';
import { claimBadgeUrl, claimFeedUrl, claimPermalink } from '../domain/permalinks.js';
import { builder } from './builder.js';
import { ClaimRef } from './claim.type.js';

/** What a writer who cites a claim follows and embeds: its Atom feed and its badge. */
builder.objectFields(ClaimRef, (t) => ({
  feedUrl: t.string({
    description: 'The Atom feed of the claim’s changes: consensus, and passages added, changed or removed.',
    resolve: (c, _args, ctx) => claimFeedUrl(ctx.publicBase, c.slug),
  }),
  badgeUrl: t.string({
    description: 'An SVG badge of the claim’s consensus and best grade, in words and colour.',
    resolve: (c, _args, ctx) => claimBadgeUrl(ctx.publicBase, c.slug),
  }),
  badgeHtml: t.string({
    description: 'HTML to paste into an article: the badge, linking to the claim’s permalink.',
    resolve: (c, _args, ctx) => {
      const consensus = c.consensus ?? consensusOf([]);
      return badgeSnippet({
        statement: c.statement,
        status: consensus.status,
        bestGrade: consensus.bestGrade,
        permalink: claimPermalink(ctx.publicBase, c.slug),
        badgeUrl: claimBadgeUrl(ctx.publicBase, c.slug),
      });
    },
  }),
}));
