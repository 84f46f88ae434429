import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { FocusChooser } from '../components/focus-chooser';
import { GraphCanvas } from '../components/graph-canvas';
import { GraphLegend } from '../components/graph-legend';
import { GraphList } from '../components/graph-list';
import { QueryState } from '../components/query-state';
import { NeighbourhoodExtent } from '../components/neighbourhood-extent';
import { STATUS_FILTER, UrlFilters } from '../components/url-filters';
import { graphql } from '../graphql';
import { STANCE_INFO, STANCES, asStatus, type Stance } from '../lib/evidence';
import { filteredGraph, type GraphData } from '../lib/graph-elements';
import { chosenLabel, neighbourhoodVariables } from '../lib/neighbourhood-params';

export const GraphQuery = graphql(`
  query GraphPage($around: NeighbourhoodFocus, $claims: Int, $sources: Int) {
    neighbourhood(around: $around, claims: $claims, sources: $sources) {
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
        }
      }
      claimTotal
      hasMoreClaims
      hasMoreSources
    }
  }
`);

const asStance = (value: string | null): Stance | undefined => STANCES.find((s) => s === value);

const withoutFilters = (params: URLSearchParams) => {
  const next = new URLSearchParams(params);
  next.delete('stance');
  next.delete('status');
  return next.toString();
};

/** /graph: the sources and claims around what the reader chose, as an interactive graph and as a list. */
export function GraphPage() {
  const [params] = useSearchParams();
  const variables = neighbourhoodVariables(params);
  const query = useQuery({ query: GraphQuery, variables });
  const data = query[0].data;
  const [lit, setLit] = useState<string | null>(null);
  const stance = asStance(params.get('stance'));
  const status = asStatus(params.get('status'));

  const whole = useMemo((): GraphData | null => {
    if (!data) return null;
    const n = data.neighbourhood;
    return {
      claims: n.claims.map((c) => ({
        slug: c.slug,
        statement: c.statement,
        status: c.consensus.status,
        conflictsWith: c.conflictsWith.map((o) => o.slug),
      })),
      sources: n.sources.map((s) => ({ slug: s.slug, title: s.title })),
      positions: n.cells.map((c) => ({ claim: c.claim.slug, source: c.source.slug, stance: c.position.stance })),
    };
  }, [data]);
  const shown = useMemo(() => whole && filteredGraph(whole, { stance, status }), [whole, stance, status]);
  const n = data?.neighbourhood;

  const filters = (
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
  );

  const graph = () => {
    if (!n || !whole || !shown) return null;
    if (whole.claims.length === 0)
      return (
        <p className="notice">
          {variables.around ? 'Nothing in the base matches this choice.' : 'The base holds no graded claims yet.'}
        </p>
      );
    if (shown.claims.length === 0)
      return (
        <p className="notice">
          No claim matches these filters. <Link to={{ search: withoutFilters(params) }}>Show every claim</Link>.
        </p>
      );
    return <GraphCanvas data={shown} lit={lit} onLight={setLit} />;
  };

  return (
    <section className="graph-page" aria-labelledby="graph-heading">
      <title>Graph of sources and claims — claimgraph</title>
      <h1 id="graph-heading">Sources, claims and conflicts</h1>
      <div className="graph-layout">
        <div className="graph-side">
          <FocusChooser view="graph" chosenLabel={chosenLabel(variables.around, n)} />
          {filters}
          {n && whole && shown && (
            <NeighbourhoodExtent
              claims={whole.claims.length}
              sources={shown.sources.length}
              filteredOut={whole.claims.length - shown.claims.length}
              claimTotal={n.claimTotal}
              hasMoreClaims={n.hasMoreClaims}
              hasMoreSources={n.hasMoreSources}
              hint="Wheel or the buttons zoom, dragging pans."
            />
          )}
          <GraphLegend />
        </div>
        <div className="graph-main">
          <QueryState query={query} loading="Loading the graph…" what="The graph">
            {() => graph()}
          </QueryState>
        </div>
      </div>
      {shown && shown.claims.length > 0 && <GraphList data={shown} onLight={setLit} />}
    </section>
  );
}
