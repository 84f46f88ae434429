import type { SourceRow } from '../db/source.repository.js';
import { builder } from './builder.js';
import { keysetConnection } from './pagination.js';

export const SourceRef = builder.loadableNode('Source', {
  description: 'A document that makes claims; its text is the ground every quote stands on.',
  id: { resolve: (source: SourceRow) => source.id },
  load: (ids: string[], ctx) => ctx.repositories.sources.getByIds(ids),
  sort: (source) => source.id,
  fields: (t) => ({
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
  }),
});

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
    resolve: (_root, args) => localId(String(args.id), 'Source'),
  }),
}));

/** Accepts a Relay global id of `typename` or the plain id, and returns the plain id. */
export function localId(id: string, typename: string): string {
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  return decoded.startsWith(`${typename}:`) ? decoded.slice(typename.length + 1) : id;
}
