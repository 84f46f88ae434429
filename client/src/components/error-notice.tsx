import type { CombinedError } from 'urql';

/** What went wrong with a query, in words, with a way to try again. */
export function ErrorNotice({ what, error, onRetry }: { what: string; error: CombinedError; onRetry?: () => void }) {
  const reason = error.networkError
    ? 'the server could not be reached'
    : error.graphQLErrors.map((e) => e.message).join('; ');
  return (
    <div role="alert" className="notice notice-error">
      <p>
        <span aria-hidden="true">⚠ </span>
        {what} could not be loaded: {reason || error.message}.
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
