import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../graphql';
import { QueryState } from './query-state';
import { RevisionEntry, RevisionEntryFields } from './revision-entry';

const CHANGES_PAGE_SIZE = 20;

export const ClaimChangesQuery = graphql(
  `
    query ClaimChanges($slug: ID!, $first: Int!, $after: String) {
      claim(id: $slug) {
        id
        changes(first: $first, after: $after) {
          edges {
            node {
              id
              ...RevisionEntryFields
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
  [RevisionEntryFields],
);

function ChangesPage({
  slug,
  after,
  isLast,
  onMore,
}: {
  slug: string;
  after: string | null;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  const query = useQuery({ query: ClaimChangesQuery, variables: { slug, first: CHANGES_PAGE_SIZE, after } });
  return (
    <QueryState
      query={query}
      loading="Loading the history…"
      what="The history"
      select={(data) => data.claim?.changes}
      frame={(notice) => <li>{notice}</li>}
    >
      {(changes) => <ChangesList changes={changes} first={after === null} isLast={isLast} onMore={onMore} />}
    </QueryState>
  );
}

function ChangesList({
  changes,
  first,
  isLast,
  onMore,
}: {
  changes: NonNullable<ResultOf<typeof ClaimChangesQuery>['claim']>['changes'];
  first: boolean;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  if (changes.edges.length === 0 && first)
    return <li className="muted">No change recorded since the claim came into the base.</li>;
  return (
    <>
      {changes.edges.map((e) => (
        <RevisionEntry key={e.node.id} revision={e.node} />
      ))}
      {isLast && changes.pageInfo.hasNextPage && changes.pageInfo.endCursor && (
        <li className="load-more-item">
          <button type="button" onClick={() => onMore(changes.pageInfo.endCursor!)}>
            Show older changes
          </button>
        </li>
      )}
    </>
  );
}

/**
 * Everything that changed about a claim, newest first: changes of its consensus and of its
 * passages (added, changed, removed), each with when, who, why and before → after. For every
 * reader; loaded when opened.
 */
export function ClaimHistory({ slug }: { slug: string }) {
  const [open, setOpen] = useState(false);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <details className="claim-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>History of this claim: changes of consensus and of its passages</summary>
      {open && (
        <ol className="history-list">
          {cursors.map((after, i) => (
            <ChangesPage
              key={after ?? 'first'}
              slug={slug}
              after={after}
              isLast={i === cursors.length - 1}
              onMore={(cursor) => setCursors((list) => [...list, cursor])}
            />
          ))}
        </ol>
      )}
    </details>
  );
}
