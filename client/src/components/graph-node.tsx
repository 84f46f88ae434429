import type { KeyboardEvent, MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { STATUS_INFO, type ConsensusStatus } from '../lib/evidence';
import { wrapLabel, type PlacedNode } from '../lib/graph-layout';

interface Props {
  node: PlacedNode;
  kind: 'source' | 'claim';
  status?: ConsensusStatus;
  href: string;
  degree: number;
  active: boolean;
  onActivate: (slug: string | null) => void;
}

/** A focusable SVG link: a source (square, label on the left) or a claim (status icon, label on the right). */
export function GraphNode({ node, kind, status, href, degree, active, onActivate }: Props) {
  const navigate = useNavigate();
  const open = (event: MouseEvent | KeyboardEvent) => {
    event.preventDefault();
    navigate(href);
  };
  const isSource = kind === 'source';
  const lines = isSource ? wrapLabel(node.label, 28, 3) : wrapLabel(node.label, 62, 1);
  const described = isSource
    ? `Source: ${node.label}; speaks to ${degree} ${degree === 1 ? 'claim' : 'claims'}`
    : `Claim: ${node.label}; ${status ? STATUS_INFO[status].label.toLowerCase() : ''}; ${degree} ${degree === 1 ? 'source' : 'sources'}`;
  return (
    <a
      href={href}
      className={`graph-node graph-node-${kind}${status ? ` node-${status.toLowerCase()}` : ''}${active ? ' is-active' : ''}`}
      aria-label={`${lines.join(' ')} — ${described}`}
      onClick={open}
      onKeyDown={(e) => e.key === 'Enter' && open(e)}
      onMouseEnter={() => onActivate(node.slug)}
      onMouseLeave={() => onActivate(null)}
      onFocus={() => onActivate(node.slug)}
      onBlur={() => onActivate(null)}
    >
      <title>{described}</title>
      {isSource ? (
        <>
          <rect x={node.x - 9} y={node.y - 9} width={18} height={18} rx={3} className="node-shape" />
          <text
            x={node.x - 16}
            y={node.y - (lines.length - 1) * 8}
            textAnchor="end"
            dominantBaseline="middle"
            className="node-label"
          >
            {lines.map((line, i) => (
              <tspan key={i} x={node.x - 16} dy={i === 0 ? 0 : 16}>
                {i < lines.length - 1 ? `${line} ` : line}
              </tspan>
            ))}
          </text>
        </>
      ) : (
        <>
          <circle cx={node.x} cy={node.y} r={9} className="node-shape" />
          <text
            x={node.x}
            y={node.y + 1}
            textAnchor="middle"
            dominantBaseline="middle"
            className="node-icon"
            aria-hidden="true"
          >
            {status ? STATUS_INFO[status].icon : ''}
          </text>
          <text x={node.x + 15} y={node.y + 1} dominantBaseline="middle" className="node-label">
            {lines[0]}
          </text>
        </>
      )}
    </a>
  );
}
