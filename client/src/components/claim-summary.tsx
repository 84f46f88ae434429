import { Link } from 'react-router-dom';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { ConsensusBadge, ConsensusFields } from './consensus-badge';
import { consensusSentence } from './consensus-sentence';
import { GradeBadge } from './grade-badge';
import { claimPath } from '../lib/links';

export const ClaimSummaryFields = graphql(
  `
    fragment ClaimSummaryFields on Claim {
      id
      slug
      statement
      consensus {
        ...ConsensusFields
      }
    }
  `,
  [ConsensusFields],
);

/** A claim as a list item: its statement as a link, its consensus badge and sentence, its best grade. */
export function ClaimSummary(props: { claim: FragmentOf<typeof ClaimSummaryFields> }) {
  const claim = readFragment(ClaimSummaryFields, props.claim);
  const consensus = readFragment(ConsensusFields, claim.consensus);
  return (
    <li className="claim-summary">
      <Link to={claimPath(claim.slug)} className="claim-link">
        {claim.statement}
      </Link>
      <span className="claim-summary-meta">
        <ConsensusBadge status={consensus.status} />
        <span className="muted">Best grade:</span> <GradeBadge grade={consensus.bestGrade} />
      </span>
      <span className="claim-summary-sentence">{consensusSentence(consensus)}</span>
    </li>
  );
}
