import { STANCE_INFO, STANCES, STATUS_INFO, STATUSES } from '../lib/evidence';
import { CONFLICT_DASH, STANCE_LINES } from '../lib/graph-style';

/** What the graph's lines and node marks mean: each stance has its own colour and dash pattern. */
export function GraphLegend() {
  return (
    <dl className="matrix-legend graph-legend" aria-label="Legend">
      <div>
        <dt>Edges</dt>
        {STANCES.map((s) => (
          <dd key={s}>
            <svg width="44" height="10" aria-hidden="true">
              <line
                x1="2"
                y1="5"
                x2="42"
                y2="5"
                className={`edge edge-${s.toLowerCase()}`}
                strokeDasharray={STANCE_LINES[s].dash.join(' ')}
              />
            </svg>{' '}
            <span aria-hidden="true">{STANCE_INFO[s].icon} </span>
            {STANCE_INFO[s].label}
          </dd>
        ))}
        <dd>
          <svg width="44" height="10" aria-hidden="true">
            <line x1="2" y1="5" x2="42" y2="5" className="arc" strokeDasharray={CONFLICT_DASH.join(' ')} />
          </svg>{' '}
          <span aria-hidden="true">⚔ </span>Conflicts with (between claims)
        </dd>
      </div>
      <div>
        <dt>Claim consensus</dt>
        {STATUSES.map((s) => (
          <dd key={s} className={`legend-status status-${s.toLowerCase()}`}>
            <span aria-hidden="true">{STATUS_INFO[s].icon} </span>
            {STATUS_INFO[s].label}
          </dd>
        ))}
      </div>
    </dl>
  );
}
