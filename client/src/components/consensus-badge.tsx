import { graphql, type ResultOf } from '../graphql';
import { STATUS_INFO, type ConsensusStatus } from '../lib/evidence';

export const ConsensusFields = graphql(`
  fragment ConsensusFields on Consensus {
    status
    supporting
    contradicting
    qualifying
    sourceCount
    bestGrade
    gradeConflict
  }
`);

export type ConsensusData = ResultOf<typeof ConsensusFields>;

/** The consensus status as icon + word, tinted by status (the tint is never the only carrier). */
export function ConsensusBadge({ status }: { status: ConsensusStatus }) {
  const info = STATUS_INFO[status];
  return (
    <span className={`badge status-${status.toLowerCase()}`} title={`${info.label}: ${info.explanation}`}>
      <span aria-hidden="true" className="badge-icon">
        {info.icon}
      </span>
      {info.label}
    </span>
  );
}
