import { GRADE_INFO, GRADES_STRONGEST_FIRST, STANCE_INFO, STANCES } from '../lib/evidence';

/** What the matrix's icons and letters mean. */
export function MatrixLegend() {
  return (
    <dl className="matrix-legend" aria-label="Legend">
      <div>
        <dt>Stance</dt>
        {STANCES.map((s) => (
          <dd key={s} className={`legend-item cell-${s.toLowerCase()}`}>
            <span aria-hidden="true" className="cell-icon">
              {STANCE_INFO[s].icon}
            </span>{' '}
            {STANCE_INFO[s].label}
          </dd>
        ))}
        <dd className="legend-item cell-none">
          <span aria-hidden="true">·</span> Not addressed
        </dd>
      </div>
      <div>
        <dt>Strongest grade the source invokes</dt>
        {GRADES_STRONGEST_FIRST.map((g) => (
          <dd key={g} className="legend-item">
            <span className={`grade-letter letter-${g.toLowerCase()}`} aria-hidden="true">
              {GRADE_INFO[g].letter}
            </span>{' '}
            {GRADE_INFO[g].label} <span className="muted">({GRADE_INFO[g].explanation})</span>
          </dd>
        ))}
      </div>
    </dl>
  );
}
