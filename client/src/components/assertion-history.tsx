import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { QueryState } from './query-state';
import { RevisionEntry, RevisionEntryFields } from './revision-entry';

export const AssertionHistoryQuery = graphql(
  `
    query AssertionHistory($id: ID!) {
      node(id: $id) {
        id
        ... on Assertion {
          version
          history {
            id
            ...RevisionEntryFields
          }
        }
      }
    }
  `,
  [RevisionEntryFields],
);

function HistoryList({ id }: { id: string }) {
  const query = useQuery({ query: AssertionHistoryQuery, variables: { id } });
  return (
    <QueryState query={query} loading="Loading the history…" what="The history">
      {(data) => {
        // node(id:) answers any Node; only an Assertion has a history.
        const history = data.node && 'history' in data.node ? data.node.history : [];
        if (history.length === 0)
          return <p className="muted">No change recorded: this assertion came with the corpus.</p>;
        return (
          <ol className="history-list">
            {[...history].reverse().map((r) => (
              <RevisionEntry key={r.id} revision={r} />
            ))}
          </ol>
        );
      }}
    </QueryState>
  );
}

/** Who changed this assertion, when and why, newest first, before → after; for every reader; loaded when opened. */
export function AssertionHistory({ assertionId }: { assertionId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="assertion-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>History</summary>
      {open && <HistoryList id={assertionId} />}
    </details>
  );
}
