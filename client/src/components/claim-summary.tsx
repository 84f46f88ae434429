import { Link } from 'react-router-dom';
import { gql } from 'urql';
import { ConsensusBadge, ConsensusFields, type ConsensusData } from './consensus-badge';
import { consensusSentence } from './consensus-sentence';
import { GradeBadge } from './grade-badge';

export const ClaimSummaryFields = gql`
  fragment ClaimSummaryFields on Claim {
    id
    slug
    statement
    consensus {
      ...ConsensusFields
    }
  }
  ${ConsensusFields}
`;

export interface ClaimSummaryData {
  id: string;
  slug: string;
  statement: string;
  consensus: ConsensusData;
}

/** A claim as a list item: its statement as a link, its consensus badge and sentence, its best grade. */
export function ClaimSummary({ claim }: { claim: ClaimSummaryData }) {
  return (
    <li className="claim-summary">
      <Link to={`/claims/${encodeURIComponent(claim.slug)}`} className="claim-link">
        {claim.statement}
      </Link>
      <span className="claim-summary-meta">
        <ConsensusBadge status={claim.consensus.status} />
        <span className="muted">Best grade:</span> <GradeBadge grade={claim.consensus.bestGrade} />
      </span>
      <span className="claim-summary-sentence">{consensusSentence(claim.consensus)}</span>
    </li>
  );
}
