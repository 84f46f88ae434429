import type { CombinedError, UseQueryExecute } from 'urql';

/** What went wrong with a query, in words; given the query's `reexecute`, a "Try again" that asks the server anew. */
export function ErrorNotice({
  what,
  error,
  reexecute,
}: {
  what: string;
  error: CombinedError;
  reexecute?: UseQueryExecute;
}) {
  const reason = error.networkError
    ? 'the server could not be reached'
    : error.graphQLErrors.map((e) => e.message).join('; ');
  return (
    <div role="alert" className="notice notice-error">
      <p>
        <span aria-hidden="true">⚠ </span>
        {what} could not be loaded: {reason || error.message}.
      </p>
      {reexecute && (
        <button type="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
          Try again
        </button>
      )}
    </div>
  );
}
