import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { ConsensusBadge } from '../components/consensus-badge';
import { QueryState } from '../components/query-state';
import { MatrixCell, MatrixCellFields } from '../components/matrix-cell';
import { STATUS_FILTER, UrlFilters } from '../components/url-filters';
import { MatrixLegend } from '../components/matrix-legend';
import { graphql, type ResultOf } from '../graphql';
import { asStatus, humanize } from '../lib/evidence';
import { PAGES, claimPath } from '../lib/links';

export const MatrixQuery = graphql(
  `
    query MatrixPage {
      agreementMatrix {
        claims {
          id
          slug
          statement
          topics
          consensus {
            status
          }
        }
        sources {
          id
          slug
          title
          kind
        }
        cells {
          claim {
            id
            slug
          }
          source {
            id
            slug
          }
          position {
            ...MatrixCellFields
          }
        }
      }
    }
  `,
  [MatrixCellFields],
);

/** /matrix: claims × sources, each cell the source's stance (icon + word) and grade letter, linking to the quote. */
export function MatrixPage() {
  const query = useQuery({ query: MatrixQuery });
  const [params] = useSearchParams();
  const status = asStatus(params.get('status'));
  const topic = params.get('topic') ?? '';

  const body = (data: ResultOf<typeof MatrixQuery>) => {
    const { claims, sources, cells } = data.agreementMatrix;
    if (claims.length === 0 || sources.length === 0)
      return <p className="notice">The base holds no graded claims yet.</p>;
    const byPair = new Map(cells.map((cell) => [`${cell.claim.slug}\u0000${cell.source.slug}`, cell.position]));
    const topics = [...new Set(claims.flatMap((c) => c.topics))].sort();
    const rows = claims.filter(
      (c) => (!status || c.consensus.status === status) && (!topic || c.topics.includes(topic)),
    );
    return (
      <>
        <UrlFilters
          name="Filter the matrix"
          filters={[
            {
              param: 'topic',
              label: 'Topic',
              anyLabel: 'Any topic',
              options: topics.map((t) => [t, t.replace(/-/g, ' ')] as const),
            },
            STATUS_FILTER,
          ]}
        />
        <MatrixLegend />
        <p className="muted" role="status">
          {rows.length} of {claims.length} claims × {sources.length} sources. Select a cell to read the quote.
        </p>
        {rows.length === 0 ? (
          <p className="notice">
            No claim matches these filters. <Link to={PAGES.matrix}>Show every claim</Link>.
          </p>
        ) : (
          <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Claims by sources (scrolls)">
            <table className="matrix">
              <caption className="visually-hidden">
                Each source's stance on each claim, with the grade of evidence it invokes
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="matrix-corner">
                    Claim
                  </th>
                  {sources.map((s) => (
                    <th scope="col" key={s.id} className="matrix-source">
                      <span className="matrix-source-title">{s.title}</span>
                      <span className="source-kind">{humanize(s.kind)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className="matrix-claim">
                      <Link to={claimPath(c.slug)}>{c.statement}</Link>
                      <ConsensusBadge status={c.consensus.status} />
                    </th>
                    {sources.map((s) => (
                      <MatrixCell
                        key={s.id}
                        claimSlug={c.slug}
                        sourceTitle={s.title}
                        position={byPair.get(`${c.slug}\u0000${s.slug}`)}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </>
    );
  };

  return (
    <section className="matrix-page" aria-labelledby="matrix-heading">
      <title>Agreement matrix — claimgraph</title>
      <h1 id="matrix-heading">Where the sources agree and conflict</h1>
      <QueryState query={query} loading="Loading the matrix…" what="The matrix">
        {body}
      </QueryState>
    </section>
  );
}
