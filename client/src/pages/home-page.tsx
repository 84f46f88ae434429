import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { ClaimSearchForm } from '../components/claim-search-form';
import { ClaimSummary, ClaimSummaryFields } from '../components/claim-summary';
import { QueryState } from '../components/query-state';
import { graphql, type ResultOf } from '../graphql';
import { STATUS_INFO, STATUSES, type ConsensusStatus } from '../lib/evidence';
import { PAGES, claimsPath } from '../lib/links';

// The claims users ask about first are named by slug in the query: collagen, pigmentation, PRP for hair, hair regrowth.
export const HomeQuery = graphql(
  `
    query HomePage {
      everyClaim: claims(first: 200) {
        edges {
          node {
            id
            consensus {
              status
            }
          }
        }
        pageInfo {
          hasNextPage
        }
      }
      sources(first: 200) {
        edges {
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
        }
      }
      mostContested: claims(orderBy: MOST_CONTESTED, first: 5) {
        edges {
          node {
            id
            ...ClaimSummaryFields
          }
        }
      }
      collagen: claim(id: "exosome-therapy-increases-collagen-and-elastin") {
        id
        ...ClaimSummaryFields
      }
      pigmentation: claim(id: "exosome-therapy-reduces-hyperpigmentation") {
        id
        ...ClaimSummaryFields
      }
      prpForHair: claim(id: "exosome-therapy-beats-prp-for-hair-loss") {
        id
        ...ClaimSummaryFields
      }
      hairRegrowth: claim(id: "exosome-therapy-regrows-hair") {
        id
        ...ClaimSummaryFields
      }
    }
  `,
  [ClaimSummaryFields],
);

const atLeast = (n: number, more: boolean) => `${n}${more ? '+' : ''}`;

/** /: search, what the base holds, the most contested claims and the ones users ask about first. */
export function HomePage() {
  const query = useQuery({ query: HomeQuery });

  const body = (data: ResultOf<typeof HomeQuery>) => {
    const claims = data.everyClaim.edges.map((e) => e.node);
    if (claims.length === 0)
      return <p className="notice">The base holds no claims yet: a curator adds sources and grades their passages.</p>;
    const byStatus = (s: ConsensusStatus) => claims.filter((c) => c.consensus.status === s).length;
    const askedFirst = [data.collagen, data.pigmentation, data.prpForHair, data.hairRegrowth].filter((c) => c !== null);
    return (
      <>
        <section aria-labelledby="holds-heading">
          <h2 id="holds-heading">What the base holds</h2>
          <ul className="stats">
            <li>
              <strong>{atLeast(claims.length, data.everyClaim.pageInfo.hasNextPage)}</strong>{' '}
              <Link to={PAGES.claims}>claims</Link>
            </li>
            <li>
              <strong>{atLeast(data.sources.edges.length, data.sources.pageInfo.hasNextPage)}</strong>{' '}
              <Link to={PAGES.sources}>sources</Link>
            </li>
            {STATUSES.map((s) => (
              <li key={s} className={`stat-${s.toLowerCase()}`}>
                <strong>{byStatus(s)}</strong>{' '}
                <Link to={claimsPath({ status: s })}>
                  <span aria-hidden="true">{STATUS_INFO[s].icon} </span>
                  {STATUS_INFO[s].label.toLowerCase()}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <div className="home-columns">
          <section aria-labelledby="contested-heading">
            <h2 id="contested-heading">Most contested</h2>
            <ul className="claim-summaries">
              {data.mostContested.edges.map((e) => (
                <ClaimSummary key={e.node.id} claim={e.node} />
              ))}
            </ul>
            <Link to={claimsPath({ sort: 'MOST_CONTESTED' })}>All claims, most contested first →</Link>
          </section>
          <section aria-labelledby="asked-heading">
            <h2 id="asked-heading">Asked about first</h2>
            {askedFirst.length === 0 ? (
              <p className="muted">None of these claims is in the base.</p>
            ) : (
              <ul className="claim-summaries">
                {askedFirst.map((c) => (
                  <ClaimSummary key={c.id} claim={c} />
                ))}
              </ul>
            )}
          </section>
        </div>
      </>
    );
  };

  return (
    <div className="home-page">
      <title>claimgraph — where medical sources agree and conflict</title>
      <h1>Where medical sources agree and conflict</h1>
      <p className="lede">
        Every claim a source makes, linked to its verbatim passage, graded by the evidence it invokes (anecdotal,
        preclinical, clinical) and compared across sources.
      </p>
      <ClaimSearchForm />
      <QueryState query={query} loading="Loading what the base holds…" what="The overview">
        {body}
      </QueryState>
    </div>
  );
}
