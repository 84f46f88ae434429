import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { STATUS_FILTER, UrlFilters } from '../components/url-filters';
import { GraphLegend } from '../components/graph-legend';
import { GraphSvg } from '../components/graph-svg';
import { QueryState } from '../components/query-state';
import { graphql, type ResultOf } from '../graphql';
import { asStance, asStatus, STANCE_INFO, STANCES } from '../lib/evidence';
import { layoutGraph } from '../lib/graph-layout';
import { PAGES } from '../lib/links';

export const GraphQuery = graphql(`
  query GraphPage {
    agreementMatrix {
      claims {
        id
        slug
        statement
        consensus {
          status
        }
        conflictsWith {
          id
          slug
        }
      }
      sources {
        id
        slug
        title
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
          stance
          grade
        }
      }
    }
  }
`);

/** /graph: sources, claims and conflicts as an interactive SVG, filtered by stance and consensus. */
export function GraphPage() {
  const query = useQuery({ query: GraphQuery });
  const data = query[0].data;
  const [params] = useSearchParams();
  const stance = asStance(params.get('stance'));
  const status = asStatus(params.get('status'));

  const layout = useMemo(() => {
    if (!data) return null;
    const m = data.agreementMatrix;
    const edges = m.cells
      .filter((c) => !stance || c.position.stance === stance)
      .map((c) => ({ source: c.source.slug, claim: c.claim.slug, stance: c.position.stance }));
    const withEdge = new Set(edges.map((e) => e.claim));
    const claims = m.claims
      .filter((c) => (!status || c.consensus.status === status) && (!stance || withEdge.has(c.slug)))
      .map((c) => ({
        slug: c.slug,
        statement: c.statement,
        status: c.consensus.status,
        conflictsWith: c.conflictsWith.map((o) => o.slug),
      }));
    return layoutGraph({ claims, sources: m.sources.map((s) => ({ slug: s.slug, title: s.title })), edges });
  }, [data, stance, status]);

  const body = (data: ResultOf<typeof GraphQuery>) => {
    if (!layout) return null;
    const total = data.agreementMatrix.claims.length;
    if (total === 0 || layout.sources.length === 0)
      return <p className="notice">The base holds no graded claims yet.</p>;
    return (
      <>
        <UrlFilters
          name="Filter the graph"
          filters={[
            {
              param: 'stance',
              label: 'Stance',
              anyLabel: 'Any stance',
              options: STANCES.map((s) => [s, STANCE_INFO[s].label] as const),
            },
            STATUS_FILTER,
          ]}
          replace
        />
        <GraphLegend />
        <p className="muted" role="status">
          {layout.sources.length} sources, {layout.claims.length} of {total} claims, {layout.edges.length} stances and{' '}
          {layout.arcs.length} conflicts. Hover or focus a node to light its edges; select it to open its page.
        </p>
        {layout.claims.length === 0 ? (
          <p className="notice">
            No claim matches these filters. <Link to={PAGES.graph}>Show every claim</Link>.
          </p>
        ) : (
          <GraphSvg layout={layout} />
        )}
      </>
    );
  };

  return (
    <section className="graph-page" aria-labelledby="graph-heading">
      <title>Graph of sources and claims — claimgraph</title>
      <h1 id="graph-heading">Sources, claims and conflicts</h1>
      <QueryState query={query} loading="Loading the graph…" what="The graph">
        {body}
      </QueryState>
    </section>
  );
}
