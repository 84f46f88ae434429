import { useEffect, useRef, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import type { Stance } from '../lib/evidence';
import { AssertionCard, AssertionCardFields } from './assertion-card';
import { QueryState } from './query-state';

export const AssertionPageQuery = graphql(
  `
    query AssertionPage($slug: ID!, $stance: Stance!, $first: Int!, $after: String) {
      claim(id: $slug) {
        id
        assertionsWithStance(stance: $stance, first: $first, after: $after) {
          edges {
            node {
              id
              ...AssertionCardFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  `,
  [AssertionCardFields],
);

interface Props {
  claimSlug: string;
  stance: Stance;
  after: string;
  pageSize: number;
  targetId: string;
  /** Given on the last page loaded: renders the control that loads the next one. */
  renderMore?: (endCursor: string) => ReactNode;
}

/** A further page of one stance's assertions, loaded by "Show more". */
export function AssertionPageChunk({ claimSlug, stance, after, pageSize, targetId, renderMore }: Props) {
  const query = useQuery({
    query: AssertionPageQuery,
    variables: { slug: claimSlug, stance, first: pageSize, after },
  });
  const page = query[0].data?.claim?.assertionsWithStance;
  const first = useRef<HTMLDivElement>(null);
  // The new passages take the focus, so a keyboard user carries on where they start.
  useEffect(() => {
    if (page && page.edges.length > 0) first.current?.focus();
  }, [page]);

  return (
    <QueryState
      query={query}
      loading="Loading more passages…"
      what="More passages"
      select={(data) => data.claim?.assertionsWithStance}
    >
      {({ edges, pageInfo }) => (
        <>
          <div ref={first} tabIndex={-1} className="page-start" aria-label="Further passages" />
          {edges.map(({ node }) => (
            <AssertionCard key={node.id} assertion={node} targeted={targetId === node.id} />
          ))}
          {renderMore && pageInfo.hasNextPage && pageInfo.endCursor && renderMore(pageInfo.endCursor)}
        </>
      )}
    </QueryState>
  );
}
