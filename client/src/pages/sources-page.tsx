import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { QueryState } from '../components/query-state';
import { graphql, type ResultOf } from '../graphql';
import { humanize } from '../lib/evidence';
import { sourcePath } from '../lib/links';

export const SourcesQuery = graphql(`
  query SourcesPage {
    sources(first: 200) {
      edges {
        node {
          id
          slug
          title
          kind
          authors
          commercialInterest
        }
      }
    }
  }
`);

/** /sources: every source, each linking to its full text with its assertions highlighted. */
export function SourcesPage() {
  const query = useQuery({ query: SourcesQuery });
  return (
    <section aria-labelledby="sources-heading">
      <title>Sources — claimgraph</title>
      <h1 id="sources-heading">Sources</h1>
      <QueryState query={query} loading="Loading sources…" what="The sources" select={(data) => data.sources.edges}>
        {(edges) => <SourceList sources={edges.map((e) => e.node)} />}
      </QueryState>
    </section>
  );
}

type SourceItem = ResultOf<typeof SourcesQuery>['sources']['edges'][number]['node'];

function SourceList({ sources }: { sources: SourceItem[] }) {
  return sources.length === 0 ? (
    <p>The base holds no sources yet.</p>
  ) : (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.id}>
          <span className="source-title">
            <Link to={sourcePath(s.slug)}>{s.title}</Link>
          </span>
          <span className="source-kind">{humanize(s.kind)}</span>
          {s.authors.length > 0 && <span className="source-authors">by {s.authors.join(', ')}</span>}
          {s.commercialInterest && (
            <span className="flag-commercial">
              <span aria-hidden="true">$ </span>commercial interest
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
