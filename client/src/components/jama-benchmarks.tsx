import { graphql, readFragment, type FragmentOf, type ResultOf } from '../graphql';

export const JamaFields = graphql(`
  fragment JamaFields on JamaBenchmarks {
    authorship {
      met
      reason
    }
    attribution {
      met
      reason
    }
    disclosure {
      met
      reason
    }
    currency {
      met
      reason
    }
  }
`);

const NAMES: [keyof ResultOf<typeof JamaFields>, string][] = [
  ['authorship', 'Authorship'],
  ['attribution', 'Attribution (references)'],
  ['disclosure', 'Disclosure'],
  ['currency', 'Currency (dates)'],
];

/** The source's four JAMA benchmarks: met or not (✓/✗ and words), each reason one click away. */
export function JamaBenchmarks(props: { jama: FragmentOf<typeof JamaFields> | null }) {
  const jama = readFragment(JamaFields, props.jama);
  if (!jama) return <p className="jama muted">JAMA benchmarks: not assessed yet.</p>;
  const met = NAMES.filter(([key]) => jama[key].met).length;
  return (
    <details className="jama">
      <summary>
        JAMA benchmarks: {met} of 4 met
        <span className="jama-marks">
          {NAMES.map(([key, name]) => (
            <span key={key} className={jama[key].met ? 'jama-met' : 'jama-unmet'}>
              <span aria-hidden="true">{jama[key].met ? '✓' : '✗'}</span> {name.split(' ')[0]}
              <span className="visually-hidden">{jama[key].met ? ' met' : ' not met'}</span>
            </span>
          ))}
        </span>
      </summary>
      <dl>
        {NAMES.map(([key, name]) => (
          <div key={key}>
            <dt>
              {name}: {jama[key].met ? 'met' : 'not met'}
            </dt>
            <dd>{jama[key].reason}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
