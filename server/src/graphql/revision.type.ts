import type { RevisionRow } from '../db/revision.repository.js';
import { AssertionRef } from './assertion.type.js';
import { builder } from './builder.js';
import { ClaimRef } from './claim.type.js';
import { localKey } from './ids.js';

export const RevisionRef = builder.objectRef<RevisionRow>('Revision').implement({
  description: 'One change to the base: who, when, why, and the state before and after (JSON).',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.exposeString('action', { description: 'create, update, delete or link_conflict.' }),
    actor: t.exposeString('actor'),
    reason: t.exposeString('reason'),
    at: t.exposeString('at', { description: 'ISO 8601.' }),
    before: t.exposeString('before', { nullable: true }),
    after: t.exposeString('after', { nullable: true }),
  }),
});

builder.objectFields(ClaimRef, (t) => ({
  history: t.field({
    type: [RevisionRef],
    description: 'Oldest first.',
    resolve: (c, _args, ctx) => ctx.loaders.claimHistory.load(c.slug),
  }),
}));

builder.objectFields(AssertionRef, (t) => ({
  history: t.field({
    type: [RevisionRef],
    description: 'Oldest first.',
    resolve: (a, _args, ctx) => ctx.loaders.assertionHistory.load(a.id),
  }),
}));

builder.queryFields((t) => ({
  assertionHistory: t.field({
    type: [RevisionRef],
    description: 'The revisions of an assertion by its id, including one that has been deleted.',
    args: { id: t.arg.id({ required: true, description: 'A global id or the assertion id.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.assertionHistory.load(localKey(String(args.id), 'Assertion')),
  }),
}));
