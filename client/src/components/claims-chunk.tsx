import { useEffect, useRef, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql, type VariablesOf } from '../graphql';
import type { ClaimOrder } from '../lib/evidence';
import { ClaimRow, ClaimRowFields } from './claim-row';
import { QueryState } from './query-state';

export const CLAIMS_PAGE_SIZE = 25;
const COLUMNS = 7;

export const ClaimsChunkQuery = graphql(
  `
    query ClaimsChunk($filter: ClaimFilter, $orderBy: ClaimOrder, $first: Int!, $after: String) {
      claims(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            ...ClaimRowFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [ClaimRowFields],
);

export type ClaimFilterInput = NonNullable<VariablesOf<typeof ClaimsChunkQuery>['filter']>;

interface Props {
  filter: ClaimFilterInput;
  orderBy: ClaimOrder;
  after: string | null;
  isLast: boolean;
  onLoadMore: (cursor: string) => void;
}

/** One page of the claims table as a <tbody>; the last page offers "Load more". */
export function ClaimsChunk({ filter, orderBy, after, isLast, onLoadMore }: Props) {
  const query = useQuery({
    query: ClaimsChunkQuery,
    variables: { filter, orderBy, first: CLAIMS_PAGE_SIZE, after },
  });
  const firstLink = useRef<HTMLAnchorElement>(null);
  const edges = query[0].data?.claims.edges;
  // A page loaded by "Load more" takes the focus, so a keyboard user carries on where the new rows start.
  useEffect(() => {
    if (after !== null && edges && edges.length > 0) firstLink.current?.focus();
  }, [after, edges]);

  return (
    <QueryState
      query={query}
      loading="Loading claims…"
      what="The claims"
      frame={(notice) => <MessageRow>{notice}</MessageRow>}
    >
      {({ claims }) => {
        if (claims.edges.length === 0 && after === null) {
          return <MessageRow>No claim matches these filters. Try fewer words or clear a filter.</MessageRow>;
        }
        const { hasNextPage, endCursor } = claims.pageInfo;
        return (
          <tbody>
            {claims.edges.map((edge, i) => (
              <ClaimRow key={edge.node.id} claim={edge.node} linkRef={i === 0 ? firstLink : undefined} />
            ))}
            {isLast && hasNextPage && endCursor && (
              <tr className="load-more-row">
                <td colSpan={COLUMNS}>
                  <button type="button" onClick={() => onLoadMore(endCursor)}>
                    Load more claims
                  </button>
                </td>
              </tr>
            )}
          </tbody>
        );
      }}
    </QueryState>
  );
}

function MessageRow({ children }: { children: ReactNode }) {
  return (
    <tbody>
      <tr className="message-row">
        <td colSpan={COLUMNS} role={typeof children === 'string' ? 'status' : undefined}>
          {children}
        </td>
      </tr>
    </tbody>
  );
}
