import type { BaseCounts } from '../db/stats.repository.js';
import { CONSENSUS_STATUSES, type ConsensusStatus } from '../domain/types.js';
import { builder } from './builder.js';
import { ConsensusStatusEnum } from './enums.js';

interface StatusCount {
  status: ConsensusStatus;
  count: number;
}

const StatusCountRef = builder.objectRef<StatusCount>('StatusCount').implement({
  fields: (t) => ({
    status: t.field({ type: ConsensusStatusEnum, resolve: (s) => s.status }),
    count: t.exposeInt('count'),
  }),
});

const BaseCountsRef = builder.objectRef<BaseCounts>('BaseCounts').implement({
  description:
    'What the whole base holds, counted by the database: sources, claims and assertions from its counts store; topics and statuses each cost one query when asked for.',
  fields: (t) => ({
    sources: t.exposeInt('sources'),
    claims: t.exposeInt('claims'),
    assertions: t.exposeInt('assertions'),
    topics: t.int({ resolve: (_c, _a, ctx) => ctx.repositories.stats.topicCount() }),
    claimsByStatus: t.field({
      type: [StatusCountRef],
      description: 'Claims per consensus status, in the order SUPPORTED, CONTESTED, CONTRADICTED, UNCLEAR.',
      resolve: async (_c, _a, ctx) => {
        const rows = await ctx.repositories.stats.claimsByStatus(CONSENSUS_STATUSES);
        return CONSENSUS_STATUSES.map((status) => ({
          status,
          count: rows.find((r) => r.status === status)?.count ?? 0,
        }));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  baseCounts: t.field({
    type: BaseCountsRef,
    description: 'How many sources, claims, assertions and topics the base holds, and claims per consensus status.',
    resolve: (_root, _args, ctx) => ctx.repositories.stats.counts(),
  }),
}));
