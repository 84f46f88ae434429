import { graphql, readFragment, type FragmentOf } from '../graphql';

export const RevisionEntryFields = graphql(`
  fragment RevisionEntryFields on Revision {
    id
    actor
    reason
    at
    summary
    changes {
      field
      before
      after
    }
  }
`);

const when = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

/** Fields whose text is long: shown whole, each on its own lines, rather than squeezed into "before → after". */
const LONG_FIELDS = new Set(['rationale', 'exact', 'statement']);

/** One revision: when, what it did, who by name and why, and each field before → after. */
export function RevisionEntry({ revision }: { revision: FragmentOf<typeof RevisionEntryFields> }) {
  const r = readFragment(RevisionEntryFields, revision);
  return (
    <li className="revision">
      <p className="revision-line">
        <time dateTime={r.at}>{when(r.at)}</time> — <strong>{r.summary}</strong>
        <br />
        by {r.actor}: “{r.reason}”
      </p>
      {r.changes.length > 0 && (
        <dl className="revision-changes">
          {r.changes.map((c) => (
            <div key={c.field} className={LONG_FIELDS.has(c.field) ? 'is-long' : undefined}>
              <dt>{c.field}</dt>
              <dd>
                <span className="before">{c.before ?? '—'}</span>
                <span aria-label="became"> → </span>
                <span className="after">{c.after ?? '—'}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
