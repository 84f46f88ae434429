import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { STATUS_INFO, STATUSES } from '../lib/evidence';

export interface UrlFilter {
  /** The URL search parameter it is kept in. */
  param: string;
  label: string;
  /** The first option, which clears the parameter. */
  anyLabel: string;
  options: readonly (readonly [value: string, label: string])[];
}

export const STATUS_FILTER: UrlFilter = {
  param: 'status',
  label: 'Consensus',
  anyLabel: 'Any status',
  options: STATUSES.map((s) => [s, STATUS_INFO[s].label] as const),
};

interface Props {
  /** The form's accessible name. */
  name: string;
  filters: readonly UrlFilter[];
  /** Replace the history entry rather than add one: for filters a reader toggles while looking. */
  replace?: boolean;
}

/** Select filters kept in the URL, so back, forward and a shared link restore them. */
export function UrlFilters({ name, filters, replace = false }: Props) {
  const [params, setParams] = useSearchParams();
  const id = useId();
  const set = (param: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(param, value);
    else next.delete(param);
    setParams(next, { replace });
  };
  return (
    <form className="filters" aria-label={name} onSubmit={(e) => e.preventDefault()}>
      {filters.map((filter) => (
        <div className="field" key={filter.param}>
          <label htmlFor={`${id}-${filter.param}`}>{filter.label}</label>
          <select
            id={`${id}-${filter.param}`}
            value={params.get(filter.param) ?? ''}
            onChange={(e) => set(filter.param, e.target.value)}
          >
            <option value="">{filter.anyLabel}</option>
            {filter.options.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ))}
    </form>
  );
}
