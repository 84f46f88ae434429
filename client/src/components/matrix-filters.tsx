import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { STATUS_INFO, STATUSES } from '../lib/evidence';

/** Topic and consensus filters for the matrix, kept in the URL. */
export function MatrixFilters({ topics }: { topics: string[] }) {
  const [params, setParams] = useSearchParams();
  const id = useId();
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  return (
    <form className="filters" aria-label="Filter the matrix" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-topic`}>Topic</label>
        <select id={`${id}-topic`} value={params.get('topic') ?? ''} onChange={(e) => set('topic', e.target.value)}>
          <option value="">Any topic</option>
          {topics.map((t) => (
            <option key={t} value={t}>
              {t.replace(/-/g, ' ')}
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
