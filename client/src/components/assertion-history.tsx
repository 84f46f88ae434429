import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { QueryState } from './query-state';

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
            {history.map((r) => (
              <li key={r.id}>
                <strong>{r.action}</strong> by {r.actor}, <time dateTime={r.at}>{when(r.at)}</time>: “{r.reason}”
              </li>
            ))}
          </ol>
        );
      }}
    </QueryState>
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
