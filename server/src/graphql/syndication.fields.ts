import { badgeSnippet, claimBadgeInputOf, claimBadgeSvg } from '../domain/badge.js';
import { claimBadgeImageUrl, claimBadgeUrl, claimFeedUrl, claimPermalink } from '../domain/permalinks.js';
import { etagOf } from '../http/http-cache.js';
import { builder } from './builder.js';
import { ClaimRef } from './claim.type.js';

/** The badge's ETag without its quotes: it changes exactly when the drawing does. */
const badgeVersion = (svg: string) => etagOf(svg).slice(1, -1);

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
  badgeImageUrl: t.string({
    description:
      'The badge as the claim page shows it: badgeUrl with a query naming its current drawing, so a browser ' +
      'that cached the old badge loads the new one once the consensus changes. Embed badgeUrl, which stays the same.',
    resolve: (c, _args, ctx) =>
      claimBadgeImageUrl(ctx.publicBase, c.slug, badgeVersion(claimBadgeSvg(claimBadgeInputOf(c)))),
  }),
  badgeHtml: t.string({
    description: 'HTML to paste into an article: the badge, linking to the claim’s permalink.',
    resolve: (c, _args, ctx) =>
      badgeSnippet({
        ...claimBadgeInputOf(c),
        permalink: claimPermalink(ctx.publicBase, c.slug),
        badgeUrl: claimBadgeUrl(ctx.publicBase, c.slug),
      }),
  }),
}));
