import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import { gql } from 'urql';
import { ConsensusBadge, ConsensusFields, type ConsensusData } from './consensus-badge';
import { GradeConflictMark } from './grade-conflict-mark';
import { GradeBadge } from './grade-badge';

export const ClaimRowFields = gql`
  fragment ClaimRowFields on Claim {
    id
    slug
    statement
    topics
    consensus {
      ...ConsensusFields
    }
  }
  ${ConsensusFields}
`;

export interface ClaimRowData {
  id: string;
  slug: string;
  statement: string;
  topics: string[];
  consensus: ConsensusData;
}

/** One claim in the claims table: statement, consensus, counts by stance, best grade, grade conflict. */
export function ClaimRow({ claim, linkRef }: { claim: ClaimRowData; linkRef?: Ref<HTMLAnchorElement> }) {
  const c = claim.consensus;
  return (
    <tr>
      <th scope="row" className="claim-cell">
        <Link to={`/claims/${encodeURIComponent(claim.slug)}`} ref={linkRef} className="claim-link">
          {claim.statement}
        </Link>
        {claim.topics.length > 0 && <span className="topics">{claim.topics.join(' · ')}</span>}
      </th>
      <td>
        <ConsensusBadge status={c.status} />
      </td>
      <td className="num count-supports">{c.supporting}</td>
      <td className="num count-contradicts">{c.contradicting}</td>
      <td className="num count-qualifies">{c.qualifying}</td>
      <td>
        <GradeBadge grade={c.bestGrade} />
      </td>
      <td>
        <GradeConflictMark conflict={c.gradeConflict} />
      </td>
    </tr>
  );
}
