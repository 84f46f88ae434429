import { graphql, readFragment, type FragmentOf } from '../graphql';
import { GRADE_RANK, STANCE_INFO, type Stance } from '../lib/evidence';
import { AssertionCard, AssertionCardFields } from './assertion-card';

export const StanceGroupFields = graphql(`
  fragment StanceGroupFields on Assertion {
    id
    grade
    source {
      id
    }
    ...AssertionCardFields
  }
`, [AssertionCardFields]);

/** The assertions that take one stance on the claim, strongest grade first. */
export function StanceGroup(props: { stance: Stance; assertions: readonly FragmentOf<typeof StanceGroupFields>[]; targetId: string }) {
  const { stance, targetId } = props;
  const assertions = readFragment(StanceGroupFields, props.assertions);
  const info = STANCE_INFO[stance];
  const sorted = [...assertions].sort((a, b) => GRADE_RANK[b.grade] - GRADE_RANK[a.grade]);
  const sources = new Set(assertions.map((a) => a.source.id)).size;
  const headingId = `group-${stance.toLowerCase()}`;
  return (
    <section className={`stance-group group-${stance.toLowerCase()}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span aria-hidden="true" className="stance-icon">
          {info.icon}
        </span>{' '}
        {info.label}{' '}
        <span className="group-count">
          ({assertions.length} {assertions.length === 1 ? 'passage' : 'passages'} from {sources} {sources === 1 ? 'source' : 'sources'})
        </span>
      </h2>
      {sorted.map((a) => (
        <AssertionCard key={a.id} assertion={a} targeted={targetId === a.id} />
      ))}
    </section>
  );
}
