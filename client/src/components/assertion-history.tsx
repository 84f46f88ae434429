import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';

export const AssertionHistoryQuery = graphql(`
  query AssertionHistory($id: ID!) {
    node(id: $id) {
      id
      ... on Assertion {
        version
        history {
          id
          action
          actor
          reason
          at
        }
      }
    }
  }
`);

const when = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

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
      {history.map((r) => (
        <li key={r.id}>
          <strong>{r.action}</strong> by {r.actor}, <time dateTime={r.at}>{when(r.at)}</time>: “{r.reason}”
        </li>
      ))}
    </ol>
  );
}

/** Who changed this assertion, when and why, oldest first; loaded when opened (and again after each change). */
export function AssertionHistory({ assertionId }: { assertionId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="assertion-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>History</summary>
      {open && <HistoryList id={assertionId} />}
    </details>
  );
}
