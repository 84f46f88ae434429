import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { ConsensusBadge, ConsensusFields } from './consensus-badge';
import { GradeConflictMark } from './grade-conflict-mark';
import { GradeBadge } from './grade-badge';
import { claimPath } from '../lib/links';

export const ClaimRowFields = graphql(
  `
    fragment ClaimRowFields on Claim {
      id
      slug
      statement
      topics
      consensus {
        ...ConsensusFields
      }
    }
  `,
  [ConsensusFields],
);

/** One claim in the claims table: statement, consensus, counts by stance, best grade, grade conflict. */
export function ClaimRow({
  claim: masked,
  linkRef,
}: {
  claim: FragmentOf<typeof ClaimRowFields>;
  linkRef?: Ref<HTMLAnchorElement>;
}) {
  const claim = readFragment(ClaimRowFields, masked);
  const c = readFragment(ConsensusFields, claim.consensus);
  return (
    <tr>
      <th scope="row" className="claim-cell">
        <Link to={claimPath(claim.slug)} ref={linkRef} className="claim-link">
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
