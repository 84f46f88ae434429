import { CONSENSUS_STATUSES, GRADES, STANCES } from '../domain/types.js';
import { builder } from './builder.js';

export const StanceEnum = builder.enumType('Stance', {
  values: STANCES,
  description:
    'What a passage says of a claim: it is true (SUPPORTS), false (CONTRADICTS), or true only within limits (QUALIFIES).',
});

export const EvidenceGradeEnum = builder.enumType('EvidenceGrade', {
  values: GRADES,
  description: 'The kind of evidence a passage invokes, weakest first: ANECDOTAL < PRECLINICAL < CLINICAL.',
});

export const ConsensusStatusEnum = builder.enumType('ConsensusStatus', { values: CONSENSUS_STATUSES });
