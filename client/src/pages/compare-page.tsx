import { useSearchParams } from 'react-router-dom';
import { SourceComparison } from '../components/source-comparison';
import { SourcePairPicker } from '../components/source-pair-picker';

/** /compare?a=<slug>&b=<slug>: two sources side by side, where they agree and where they conflict. */
export function ComparePage() {
  const [params] = useSearchParams();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  return (
    <section className="compare-page" aria-labelledby="compare-heading">
      <title>Compare two sources — claimgraph</title>
      <h1 id="compare-heading">Compare two sources</h1>
      <SourcePairPicker />
      {!a || !b ? (
        <p className="notice">
          Choose two sources to see the claims they share, where they agree and where they conflict.
        </p>
      ) : a === b ? (
        <p className="notice">Choose two different sources.</p>
      ) : (
        <SourceComparison a={a} b={b} />
      )}
    </section>
  );
}
