import { CopyButton } from './copy-button';

interface Props {
  statement: string;
  feedUrl: string;
  badgeUrl: string;
  badgeHtml: string;
}

/**
 * For writers who cite the claim: its Atom feed (also announced to the browser with
 * <link rel="alternate">), and its badge with the HTML to paste into an article.
 */
export function ClaimSyndication({ statement, feedUrl, badgeUrl, badgeHtml }: Props) {
  return (
    <section className="claim-syndication" aria-labelledby="syndication-heading">
      <link rel="alternate" type="application/atom+xml" title={`Changes of “${statement}”`} href={feedUrl} />
      <h2 id="syndication-heading">Follow and embed</h2>
      <p>
        <a href={feedUrl} type="application/atom+xml">
          <span aria-hidden="true">◉ </span>Atom feed of this claim’s changes
        </a>{' '}
        <span className="muted">— each change of consensus, each passage added, changed or removed.</span>
      </p>
      <div className="badge-embed">
        <img src={badgeUrl} alt="" height={20} />
        <label htmlFor="badge-html">HTML to embed this claim’s badge, linking back here</label>
        <textarea id="badge-html" readOnly rows={3} value={badgeHtml} onFocus={(e) => e.currentTarget.select()} />
        <CopyButton text={badgeHtml} label="Copy the badge HTML" />
      </div>
    </section>
  );
}
