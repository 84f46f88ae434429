import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { ClaimSearchForm } from '../components/claim-search-form';
import { ClaimSummary, ClaimSummaryFields } from '../components/claim-summary';
import { QueryState } from '../components/query-state';
import { graphql, type FragmentOf, type ResultOf } from '../graphql';
import { STATUS_INFO, STATUSES, type ConsensusStatus } from '../lib/evidence';
import { PAGES, claimsPath } from '../lib/links';

export const HomeQuery = graphql(
  `
    query HomePage {
      baseCounts {
        sources
        claims
        claimsByStatus {
          status
          count
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
      mostAddressed: claims(orderBy: MOST_SOURCES, first: 4) {
        edges {
          node {
            id
            ...ClaimSummaryFields
          }
        }
      }
    }
  `,
  [ClaimSummaryFields],
);

const figure = (n: number) => n.toLocaleString('en');

/** A column of claims chosen by a rule, with a link to the whole list in that order. */
function FeaturedClaims(props: {
  id: string;
  heading: string;
  claims: readonly { node: { id: string } & FragmentOf<typeof ClaimSummaryFields> }[];
  sort: string;
  more: string;
}) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      <ul className="claim-summaries">
        {props.claims.map((e) => (
          <ClaimSummary key={e.node.id} claim={e.node} />
        ))}
      </ul>
      <Link to={claimsPath({ sort: props.sort })}>{props.more}</Link>
    </section>
  );
}

/**
 * /: search, what the whole base holds (counted by the server), the most contested claims, and the
 * claims the most sources address: featured by that rule, so every corpus has its own.
 */
export function HomePage() {
  const query = useQuery({ query: HomeQuery });

  const body = (data: ResultOf<typeof HomeQuery>) => {
    const counts = data.baseCounts;
    if (counts.claims === 0)
      return <p className="notice">The base holds no claims yet: a curator adds sources and grades their passages.</p>;
    const byStatus = (s: ConsensusStatus) => counts.claimsByStatus.find((c) => c.status === s)?.count ?? 0;
    return (
      <>
        <section aria-labelledby="holds-heading">
          <h2 id="holds-heading">What the base holds</h2>
          <ul className="stats">
            <li>
              <strong>{figure(counts.claims)}</strong> <Link to={PAGES.claims}>claims</Link>
            </li>
            <li>
              <strong>{figure(counts.sources)}</strong> <Link to={PAGES.sources}>sources</Link>
            </li>
            {STATUSES.map((s) => (
              <li key={s} className={`stat-${s.toLowerCase()}`}>
                <strong>{figure(byStatus(s))}</strong>{' '}
                <Link to={claimsPath({ status: s })}>
                  <span aria-hidden="true">{STATUS_INFO[s].icon} </span>
                  {STATUS_INFO[s].label.toLowerCase()}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <div className="home-columns">
          <FeaturedClaims
            id="contested-heading"
            heading="Most contested"
            claims={data.mostContested.edges}
            sort="MOST_CONTESTED"
            more="All claims, most contested first →"
          />
          <FeaturedClaims
            id="addressed-heading"
            heading="Most widely addressed"
            claims={data.mostAddressed.edges}
            sort="MOST_SOURCES"
            more="All claims, most sources first →"
          />
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
