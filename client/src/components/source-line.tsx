import { graphql, readFragment, type FragmentOf } from '../graphql';
import { humanize } from '../lib/evidence';
import { JamaBenchmarks, JamaFields } from './jama-benchmarks';

export const SourceLineFields = graphql(
  `
    fragment SourceLineFields on Source {
      id
      slug
      title
      kind
      publisher
      publishedAt
      commercialInterest
      jama {
        ...JamaFields
      }
    }
  `,
  [JamaFields],
);

/** Where a quote comes from: title, kind, publisher and date, commercial interest, JAMA benchmarks. */
export function SourceLine(props: { source: FragmentOf<typeof SourceLineFields> }) {
  const source = readFragment(SourceLineFields, props.source);
  return (
    <div className="source-line">
      <p>
        <span className="visually-hidden">Source: </span>
        <cite className="source-title">{source.title}</cite>{' '}
        <span className="source-kind">{humanize(source.kind)}</span>
        {source.publisher && <span className="muted"> · {source.publisher}</span>}
        {source.publishedAt && <span className="muted"> · {source.publishedAt}</span>}{' '}
        {source.commercialInterest && (
          <span
            className="flag-commercial"
            title="The source sells what it writes about (a booking call-to-action, a hotline)"
          >
            <span aria-hidden="true">$ </span>commercial interest
          </span>
        )}
      </p>
      <JamaBenchmarks jama={source.jama} />
    </div>
  );
}
