import { useState } from 'react';
import type { GraphLayout } from '../lib/graph-layout';
import { CONFLICT_DASH, STANCE_DASH } from './graph-legend';
import { GraphNode } from './graph-node';
import { claimPath, sourcePath } from '../lib/links';

/**
 * The graph drawn as plain SVG. No graph library: this machine has no network to fetch one, and
 * the layout is bipartite (sources | claims), so two columns and Bézier curves are all it takes —
 * a force layout would only make it harder to read and to keep stable between visits.
 * Hovering or focusing a node brings its edges forward and fades the rest.
 */
export function GraphSvg({ layout }: { layout: GraphLayout }) {
  const [active, setActive] = useState<string | null>(null);
  const touches = (...slugs: string[]) => active !== null && slugs.includes(active);
  const degree = (slug: string) => layout.edges.filter((e) => e.source === slug || e.claim === slug).length;
  return (
    <div className="graph-scroll">
      <svg
        className={`graph${active ? ' has-active' : ''}`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        aria-labelledby="graph-title"
      >
        <title id="graph-title">
          Sources on the left, claims on the right; each line is a source's stance on a claim
        </title>
        <g className="edges" aria-hidden="true">
          {layout.edges.map((e) => (
            <path
              key={`${e.source}\u0000${e.claim}`}
              d={e.path}
              className={`edge edge-${e.stance.toLowerCase()}${touches(e.source, e.claim) ? ' is-lit' : ''}`}
              strokeDasharray={STANCE_DASH[e.stance]}
            />
          ))}
          {layout.arcs.map((arc) => (
            <path
              key={`${arc.a}\u0000${arc.b}`}
              d={arc.path}
              className={`arc${touches(arc.a, arc.b) ? ' is-lit' : ''}`}
              strokeDasharray={CONFLICT_DASH}
            />
          ))}
        </g>
        <g className="nodes">
          {layout.sources.map((s) => (
            <GraphNode
              key={s.slug}
              node={s}
              kind="source"
              href={sourcePath(s.slug)}
              degree={degree(s.slug)}
              active={active === s.slug}
              onActivate={setActive}
            />
          ))}
          {layout.claims.map((c) => (
            <GraphNode
              key={c.slug}
              node={c}
              kind="claim"
              status={c.status}
              href={claimPath(c.slug)}
              degree={degree(c.slug)}
              active={active === c.slug}
              onActivate={setActive}
            />
          ))}
        </g>
      </svg>
    </div>
  );
}
