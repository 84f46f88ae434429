import { Link } from 'react-router-dom';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { GRADE_INFO, STANCE_INFO } from '../lib/evidence';
import { assertionPath } from '../lib/links';

export const MatrixCellFields = graphql(`
  fragment MatrixCellFields on Position {
    stance
    stances
    grade
    assertions {
      id
    }
  }
`);

/** One source's position on one claim: stance icon + word and grade letter, linking to the quote. */
export function MatrixCell(props: {
  claimSlug: string;
  sourceTitle: string;
  position?: FragmentOf<typeof MatrixCellFields>;
}) {
  const { claimSlug, sourceTitle } = props;
  const position = readFragment(MatrixCellFields, props.position);
  if (!position) {
    return (
      <td className="matrix-cell cell-none">
        <span aria-hidden="true">·</span>
        <span className="visually-hidden">not addressed</span>
      </td>
    );
  }
  const stance = STANCE_INFO[position.stance];
  const grade = GRADE_INFO[position.grade];
  const others = position.stances.filter((s) => s !== position.stance).map((s) => STANCE_INFO[s]);
  const first = position.assertions[0];
  // The accessible name starts with the visible text ("Supports A"), as speech-input users say what they see.
  const label = `${stance.label} ${grade.letter}: ${sourceTitle} ${stance.verb} this claim${others.length ? ` (and ${others.map((o) => o.verb).join(', ')})` : ''}; ${grade.label.toLowerCase()} evidence. Open the quote.`;
  const content = (
    <>
      <span aria-hidden="true" className="cell-icon">
        {stance.icon}
      </span>
      <span className="cell-stance">{stance.label}</span>{' '}
      <span className={`grade-letter letter-${position.grade.toLowerCase()}`} title={grade.label}>
        {grade.letter}
      </span>
      {others.length > 0 && (
        <span className="cell-also" aria-hidden="true" title={`also ${others.map((o) => o.verb).join(', ')}`}>
          +{others.map((o) => o.icon).join('')}
        </span>
      )}
    </>
  );
  return (
    <td className={`matrix-cell cell-${position.stance.toLowerCase()}`}>
      {first ? (
        <Link to={assertionPath(claimSlug, first.id)} aria-label={label} title={label}>
          {content}
        </Link>
      ) : (
        <span aria-label={label}>{content}</span>
      )}
    </td>
  );
}
