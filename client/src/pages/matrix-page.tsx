import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { ConsensusBadge } from '../components/consensus-badge';
import { FocusChooser } from '../components/focus-chooser';
import { QueryState } from '../components/query-state';
import { MatrixCell, MatrixCellFields } from '../components/matrix-cell';
import { MatrixLegend } from '../components/matrix-legend';
import { NeighbourhoodExtent } from '../components/neighbourhood-extent';
import { STATUS_FILTER, UrlFilters } from '../components/url-filters';
import { graphql, type ResultOf } from '../graphql';
import { asStatus, humanize } from '../lib/evidence';
import { claimPath } from '../lib/links';
import { chosenLabel, neighbourhoodVariables } from '../lib/neighbourhood-params';

export const MatrixQuery = graphql(
  `
    query MatrixPage($around: NeighbourhoodFocus, $claims: Int, $sources: Int) {
      neighbourhood(around: $around, claims: $claims, sources: $sources) {
        claims {
          id
          slug
          statement
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
        claimTotal
        hasMoreClaims
        hasMoreSources
      }
    }
  `,
  [MatrixCellFields],
);

/**
 * /matrix: claims × sources around what the reader chose (a topic, words, a claim, a source; at
 * first the claims most sources address), the sources that address most of them as columns. Each
 * cell is the source's stance (icon + word) and grade letter, linking to the quote.
 */
export function MatrixPage() {
  const [params] = useSearchParams();
  const variables = neighbourhoodVariables(params);
  const query = useQuery({ query: MatrixQuery, variables });
  const status = asStatus(params.get('status'));
  const n = query[0].data?.neighbourhood;

  const body = (n: ResultOf<typeof MatrixQuery>['neighbourhood']) => {
    const { claims, sources, cells } = n;
    if (claims.length === 0 || sources.length === 0)
      return (
        <p className="notice">
          {variables.around ? 'Nothing in the base matches this choice.' : 'The base holds no graded claims yet.'}
        </p>
      );
    const byPair = new Map(cells.map((cell) => [`${cell.claim.slug}\u0000${cell.source.slug}`, cell.position]));
    const rows = claims.filter((c) => !status || c.consensus.status === status);
    return (
      <>
        <UrlFilters name="Filter the matrix" filters={[STATUS_FILTER]} />
        <MatrixLegend />
        <NeighbourhoodExtent
          claims={claims.length}
          sources={sources.length}
          filteredOut={claims.length - rows.length}
          claimTotal={n.claimTotal}
          hasMoreClaims={n.hasMoreClaims}
          hasMoreSources={n.hasMoreSources}
          hint="Select a cell to read the quote."
        />
        {rows.length === 0 ? (
          <p className="notice">No claim matches these filters.</p>
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
      <FocusChooser view="matrix" chosenLabel={chosenLabel(variables.around, n)} />
      <QueryState query={query} loading="Loading the matrix…" what="The matrix">
        {(data) => body(data.neighbourhood)}
      </QueryState>
    </section>
  );
}
