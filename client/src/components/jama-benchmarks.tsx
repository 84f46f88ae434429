import { gql } from 'urql';

export const JamaFields = gql`
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
`;

interface Benchmark {
  met: boolean;
  reason: string;
}

export interface JamaData {
  authorship: Benchmark;
  attribution: Benchmark;
  disclosure: Benchmark;
  currency: Benchmark;
}

const NAMES: [keyof JamaData, string][] = [
  ['authorship', 'Authorship'],
  ['attribution', 'Attribution (references)'],
  ['disclosure', 'Disclosure'],
  ['currency', 'Currency (dates)'],
];

/** The source's four JAMA benchmarks: met or not (✓/✗ and words), each reason one click away. */
export function JamaBenchmarks({ jama }: { jama: JamaData | null }) {
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
