import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
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
  const [{ data, fetching, error }] = useQuery({ query: AssertionHistoryQuery, variables: { id } });
  if (fetching && !data) return <p role="status">Loading the history…</p>;
  if (error) return <p role="alert">The history could not be loaded: {error.message}</p>;
  // node(id:) answers any Node; only an Assertion has a history.
  const node = data?.node;
  const history = node && 'history' in node ? node.history : [];
  if (history.length === 0) return <p className="muted">No change recorded: this assertion came with the corpus.</p>;
  return (
    <ol className="history-list">
      {[...history].reverse().map((r) => (
        <RevisionEntry key={r.id} revision={r} />
      ))}
    </ol>
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
