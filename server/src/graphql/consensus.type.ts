import type { Consensus } from '../domain/consensus.js';
import { builder } from './builder.js';
import { ConsensusStatusEnum, EvidenceGradeEnum } from './enums.js';

export const ConsensusRef = builder.objectRef<Consensus>('Consensus').implement({
  description:
    'Derived from the assertions, never typed in (DESIGN.md, consensus rules). Counts are of distinct sources.',
  fields: (t) => ({
    status: t.field({ type: ConsensusStatusEnum, resolve: (c) => c.status }),
    supporting: t.exposeInt('supporting'),
    contradicting: t.exposeInt('contradicting'),
    qualifying: t.exposeInt('qualifying'),
    sourceCount: t.exposeInt('sourceCount'),
    bestGrade: t.field({
      type: EvidenceGradeEnum,
      nullable: true,
      description: 'The highest grade among supporting assertions.',
      resolve: (c) => c.bestGrade,
    }),
    gradeConflict: t.exposeBoolean('gradeConflict', {
      description:
        'Sources that do not contradict the claim invoke different grades for it: they agree on direction, not on strength.',
    }),
  }),
});
