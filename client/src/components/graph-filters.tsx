import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { STANCE_INFO, STANCES, STATUS_INFO, STATUSES } from '../lib/evidence';

/** The graph's filters, by stance and by consensus status, kept in the URL. */
export function GraphFilters() {
  const [params, setParams] = useSearchParams();
  const id = useId();
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <form className="filters" aria-label="Filter the graph" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-stance`}>Stance</label>
        <select id={`${id}-stance`} value={params.get('stance') ?? ''} onChange={(e) => set('stance', e.target.value)}>
          <option value="">Any stance</option>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_INFO[s].label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Consensus</label>
        <select id={`${id}-status`} value={params.get('status') ?? ''} onChange={(e) => set('status', e.target.value)}>
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_INFO[s].label}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
