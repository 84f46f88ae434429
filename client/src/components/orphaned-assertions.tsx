import { Link } from 'react-router-dom';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { StanceLabel } from './stance-label';
import { GradeBadge } from './grade-badge';
import { assertionPath } from '../lib/links';

export const OrphanedAssertionFields = graphql(`
  fragment OrphanedAssertionFields on Assertion {
    id
    stance
    grade
    quote {
      exact
    }
    claim {
      slug
      statement
    }
  }
`);

/** Assertions whose passage is no longer in the current text: listed, never highlighted somewhere else. */
export function OrphanedAssertions(props: { assertions: readonly FragmentOf<typeof OrphanedAssertionFields>[] }) {
  const assertions = readFragment(OrphanedAssertionFields, props.assertions);
  if (assertions.length === 0) return null;
  return (
    <section aria-labelledby="orphaned-heading" className="orphaned">
      <h2 id="orphaned-heading">
        <span aria-hidden="true">⚓ </span>Not found in the current text ({assertions.length})
      </h2>
      <p className="muted">
        The text was revised and these quotes could not be found again; they stand on an earlier version.
      </p>
      <ul>
        {assertions.map((a) => (
          <li key={a.id}>
            <StanceLabel stance={a.stance} /> <GradeBadge grade={a.grade} compact /> “{a.quote.exact}” —{' '}
            <Link to={assertionPath(a.claim.slug, a.id)}>{a.claim.statement}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
