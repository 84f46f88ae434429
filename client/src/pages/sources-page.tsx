import { gql, useQuery } from 'urql';

const SourcesQuery = gql`
  query SourcesPage {
    sources(first: 200) {
      edges {
        node {
          id
          title
          kind
          authors
          commercialInterest
        }
      }
    }
  }
`;

interface SourceItem {
  id: string;
  title: string;
  kind: string;
  authors: string[];
  commercialInterest: boolean;
}

interface SourcesData {
  sources: { edges: { node: SourceItem }[] };
}

export function SourcesPage() {
  const [{ data, fetching, error }] = useQuery<SourcesData>({ query: SourcesQuery });
  if (fetching) return <p role="status">Loading sources…</p>;
  if (error) return <p role="alert">The sources could not be loaded: {error.message}</p>;
  const sources = data?.sources.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="sources-heading">
      <h1 id="sources-heading">Sources</h1>
      {sources.length === 0 ? (
        <p>The base holds no sources yet.</p>
      ) : (
        <ul className="source-list">
          {sources.map((s) => (
            <li key={s.id}>
              <span className="source-title">{s.title}</span>
              <span className="source-kind">{s.kind.replace(/_/g, ' ')}</span>
              {s.authors.length > 0 && <span className="source-authors">by {s.authors.join(', ')}</span>}
              {s.commercialInterest && <span className="flag-commercial">commercial interest</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
