import { Link } from 'react-router-dom';
import { STANCE_INFO, STATUS_INFO } from '../lib/evidence';
import { claimNodeId, conflictPairs, sourceNodeId, type GraphData } from '../lib/graph-elements';
import { claimPath, sourcePath } from '../lib/links';

interface Props {
  data: GraphData;
  onLight: (nodeId: string | null) => void;
}

/**
 * The graph's text alternative: the same sources, claims and edges as lists of links. Focusing
 * or hovering a link lights its node in the graph, so a keyboard reader can follow both.
 */
export function GraphList({ data, onLight }: Props) {
  const statement = new Map(data.claims.map((c) => [c.slug, c.statement]));
  const title = new Map(data.sources.map((s) => [s.slug, s.title]));
  const conflicts = conflictPairs(data.claims);
  const lighting = (nodeId: string) => ({
    onFocus: () => onLight(nodeId),
    onBlur: () => onLight(null),
    onMouseEnter: () => onLight(nodeId),
    onMouseLeave: () => onLight(null),
  });
  return (
    <details className="graph-list">
      <summary>
        The graph as a list: {data.sources.length} sources, {data.claims.length} claims, {data.positions.length}{' '}
        stances, {conflicts.length} conflicts
      </summary>
      <div className="graph-list-columns">
        <section aria-labelledby="graph-list-sources">
          <h2 id="graph-list-sources">Sources and their stances</h2>
          <ul>
            {data.sources.map((s) => (
              <li key={s.slug}>
                <Link to={sourcePath(s.slug)} {...lighting(sourceNodeId(s.slug))}>
                  {s.title}
                </Link>
                <ul>
                  {data.positions
                    .filter((p) => p.source === s.slug)
                    .map((p) => (
                      <li key={p.claim}>
                        {STANCE_INFO[p.stance].label}:{' '}
                        <Link to={claimPath(p.claim)} {...lighting(claimNodeId(p.claim))}>
                          {statement.get(p.claim)}
                        </Link>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="graph-list-claims">
          <h2 id="graph-list-claims">Claims, their consensus and conflicts</h2>
          <ul>
            {data.claims.map((c) => {
              const sources = data.positions.filter((p) => p.claim === c.slug).map((p) => title.get(p.source));
              const against = conflicts.flatMap(([a, b]) => (a === c.slug ? [b] : b === c.slug ? [a] : []));
              return (
                <li key={c.slug}>
                  <Link to={claimPath(c.slug)} {...lighting(claimNodeId(c.slug))}>
                    {c.statement}
                  </Link>{' '}
                  — {STATUS_INFO[c.status].label.toLowerCase()}; {sources.length}{' '}
                  {sources.length === 1 ? 'source' : 'sources'} shown
                  {against.length > 0 && <>; conflicts with {against.map((o) => `“${statement.get(o)}”`).join(', ')}</>}
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </details>
  );
}
