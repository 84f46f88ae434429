import { STANCE_INFO, stanceCount, type Stance } from '../lib/evidence';

/** A stance as icon + word, with the stance's colour as a border, never alone. */
export function StanceLabel({ stance, count }: { stance: Stance; count?: number }) {
  const info = STANCE_INFO[stance];
  return (
    <span className={`stance stance-${stance.toLowerCase()}`}>
      <span aria-hidden="true" className="stance-icon">
        {info.icon}
      </span>
      {count === undefined ? info.label : stanceCount(stance, count)}
    </span>
  );
}
