import { useId, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { CombinedError, UseQueryExecute } from 'urql';
import { ErrorNotice } from './error-notice';
import { LoadingNotice } from './loading-notice';

/** What useQuery returns, as far as the states before the data go. */
export type QueryResponse<Data> = readonly [{ data?: Data; fetching: boolean; error?: CombinedError }, UseQueryExecute];

interface Props<Data, Found> {
  /** The `useQuery(...)` pair. */
  query: QueryResponse<Data>;
  /** Said while the first answer is awaited: "Loading the claim…". */
  loading: string;
  /** What failed to load, for "… could not be loaded": "The claim". */
  what: string;
  /** The part of the data the view shows; null or undefined where the data names no such thing. */
  select?: (data: Data) => Found | null | undefined;
  /** Shown where `select` finds nothing (a NotFoundNotice); nothing by default. */
  notFound?: ReactNode;
  /** Puts the loading and error notices where the view would stand (a table row, say). */
  frame?: (notice: ReactNode) => ReactNode;
  /**
   * Keep the view on a failed reload when it has data from before, and let it say so itself
   * (with its own ErrorNotice): for a page that reloads after each change made on it.
   */
  keepDataOnError?: boolean;
  children: (found: Found) => ReactNode;
}

/**
 * A query's states before its view, the same on every page: a loading notice until the first
 * answer, an error with "Try again" (asking the server, not the cache), and "no such thing".
 */
export function QueryState<Data, Found = Data>({
  query: [result, reexecute],
  loading,
  what,
  select,
  notFound = null,
  frame = (notice) => notice,
  keepDataOnError = false,
  children,
}: Props<Data, Found>) {
  const { data, fetching, error } = result;
  if (fetching && data === undefined) return frame(<LoadingNotice>{loading}</LoadingNotice>);
  if (error && (data === undefined || !keepDataOnError))
    return frame(<ErrorNotice what={what} error={error} reexecute={reexecute} />);
  if (data === undefined) return null;
  const found = select ? select(data) : (data as unknown as Found);
  return found === null || found === undefined ? notFound : children(found);
}

/** A page whose address names nothing in the base: "No such claim", and where to go instead. */
export function NotFoundNotice({ what, back }: { what: string; back: { to: string; label: string } }) {
  const headingId = useId();
  const { pathname } = useLocation();
  return (
    <section aria-labelledby={headingId}>
      <title>{`No such ${what} — claimgraph`}</title>
      <h1 id={headingId}>No such {what}</h1>
      <p>
        The base holds no {what} at <code>{decodeURIComponent(pathname)}</code>. <Link to={back.to}>{back.label}</Link>.
      </p>
    </section>
  );
}
