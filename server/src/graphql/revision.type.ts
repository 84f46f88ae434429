import type { FeedEntryRow, FeedPosition } from '../db/feed.repository.js';
import type { RevisionRow } from '../db/revision.repository.js';
import { fieldChanges, revisionSummary, type FieldChange } from '../domain/revision-summary.js';
import { AssertionRef } from './assertion.type.js';
import { builder } from './builder.js';
import { ClaimRef } from './claim.type.js';
import { localKey } from './ids.js';
import { cursorValues, keysetConnection } from './pagination.js';

const FieldChangeRef = builder.objectRef<FieldChange>('FieldChange').implement({
  description: 'One field of a revision, before and after, in words (enums in lower case, yes/no); null where absent.',
  fields: (t) => ({
    field: t.exposeString('field'),
    before: t.exposeString('before', { nullable: true }),
    after: t.exposeString('after', { nullable: true }),
  }),
});

type RevisionLike = RevisionRow | FeedEntryRow;

export const RevisionRef = builder.objectRef<RevisionLike>('Revision').implement({
  description: 'One change to the base: who, when, why, and the state before and after (JSON). Readable by anyone.',
  fields: (t) => ({
    id: t.exposeID('id'),
    targetType: t.exposeString('targetType', { description: 'Assertion, Claim, Source or Proposal.' }),
    targetId: t.exposeString('targetId', { description: 'The assertion id, claim slug, source id or proposal id.' }),
    action: t.exposeString('action', {
      description:
        'create, update, delete, load (changed by the data files), reanchor, link_conflict, consensus (what a claim’s consensus says changed), revise_text, accept or reject.',
    }),
    actor: t.exposeString('actor', { description: 'The curator by name, "data/" for a load.' }),
    reason: t.exposeString('reason'),
    at: t.exposeString('at', { description: 'ISO 8601.' }),
    before: t.exposeString('before', { nullable: true }),
    after: t.exposeString('after', { nullable: true }),
    summary: t.string({
      description: 'What the change did, in one sentence.',
      resolve: (r) => revisionSummary(r, { sourceTitle: 'sourceTitle' in r ? r.sourceTitle : null }),
    }),
    changes: t.field({
      type: [FieldChangeRef],
      description: 'The fields that differ between before and after, most telling first.',
      resolve: (r) => fieldChanges(r),
    }),
  }),
});

builder.objectFields(ClaimRef, (t) => ({
  history: t.field({
    type: [RevisionRef],
    description: 'The claim’s own revisions (creation, conflicts, changes of consensus), oldest first.',
    resolve: (c, _args, ctx) => ctx.loaders.claimHistory.load(c.slug),
  }),
  changes: t.connection(
    {
      type: RevisionRef,
      description:
        'Everything that changed about the claim, newest first: its revisions and those of its assertions, including deleted ones (the entries of its Atom feed).',
      resolve: (c, args, ctx) =>
        keysetConnection(
          args,
          (e: FeedEntryRow) => JSON.stringify([e.at, e.rank, e.id]),
          (after, limit) => ctx.repositories.feeds.entries(`claims/${c.slug}`, feedPositionIn(after), limit),
        ),
    },
    { name: 'ClaimChangeConnection' },
    { name: 'ClaimChangeEdge' },
  ),
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

function feedPositionIn(key: string | null): FeedPosition | null {
  if (key === null) return null;
  const [at, rank, revisionId] = cursorValues(
    key,
    (v) => typeof v[0] === 'string' && typeof v[1] === 'number' && typeof v[2] === 'string',
  );
  return { at: at as string, rank: rank as number, revisionId: revisionId as string };
}
