/** A polite "loading" line screen readers announce. */
export function LoadingNotice({ children }: { children: string }) {
  return (
    <p role="status" className="notice notice-loading">
      <span aria-hidden="true" className="spinner" /> {children}
    </p>
  );
}
