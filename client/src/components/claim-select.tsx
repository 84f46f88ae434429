import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { QueryState } from './query-state';

export const ClaimChoicesQuery = graphql(`
  query ClaimChoices {
    claims(first: 200) {
      edges {
        node {
          id
          slug
          statement
        }
      }
    }
  }
`);

interface Props {
  id: string;
  /** A claim's slug, or '' for none chosen yet. */
  value: string;
  onChange: (slug: string) => void;
  /** A claim not to offer (the one a proposal already names). */
  exclude?: string;
  autoFocus?: boolean;
}

/** The base's claims to choose one from, by statement; loaded when first shown. */
export function ClaimSelect({ id, value, onChange, exclude, autoFocus = false }: Props) {
  const query = useQuery({ query: ClaimChoicesQuery });
  return (
    <QueryState query={query} loading="Loading the claims…" what="The claims">
      {(data) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required autoFocus={autoFocus}>
          <option value="">Choose a claim…</option>
          {data.claims.edges
            .filter(({ node }) => node.slug !== exclude)
            .map(({ node }) => (
              <option key={node.id} value={node.slug}>
                {node.statement}
              </option>
            ))}
        </select>
      )}
    </QueryState>
  );
}
