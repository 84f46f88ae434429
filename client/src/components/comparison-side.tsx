import { graphql, readFragment, type FragmentOf } from '../graphql';
import { GradeBadge } from './grade-badge';
import { StanceLabel } from './stance-label';

export const ComparisonSideFields = graphql(`
  fragment ComparisonSideFields on Position {
    stance
    grade
    assertions {
      id
      quote {
        exact
      }
    }
  }
`);

/** One source's side of a shared claim: its stance and grade, then its quotes verbatim. */
export function ComparisonSide(props: { position: FragmentOf<typeof ComparisonSideFields>; sourceLabel: string }) {
  const position = readFragment(ComparisonSideFields, props.position);
  return (
    <td className={`compare-side stance-border-${position.stance.toLowerCase()}`}>
      <span className="visually-hidden">{props.sourceLabel}: </span>
      <span className="compare-position">
        <StanceLabel stance={position.stance} /> <GradeBadge grade={position.grade} />
      </span>
      {position.assertions.map((a) => (
        <blockquote key={a.id} className="quote compare-quote">
          “{a.quote.exact}”
        </blockquote>
      ))}
    </td>
  );
}
