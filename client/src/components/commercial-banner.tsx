/** A banner over a source that sells what it writes about, quoting the passage that shows it. */
export function CommercialBanner({ evidence }: { evidence: string | null }) {
  return (
    <aside className="commercial-banner" aria-label="Commercial interest">
      <p>
        <span aria-hidden="true" className="banner-icon">
          $
        </span>{' '}
        <strong>Commercial interest:</strong> this source sells what it writes about. Weigh its claims with that in
        mind.
      </p>
      {evidence && (
        <blockquote className="banner-quote">
          <span className="visually-hidden">The passage that shows it: </span>“{evidence}”
        </blockquote>
      )}
    </aside>
  );
}
