import { useId } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { TopicField } from './topic-field';
import {
  GRADE_INFO,
  GRADES_STRONGEST_FIRST,
  ORDER_LABELS,
  orderFor,
  STATUS_INFO,
  STATUSES,
  type ClaimOrder,
} from '../lib/evidence';
import { PAGES } from '../lib/links';

/** The filter names in the URL query string, so a filtered list is linkable. */
export const FILTER_PARAMS = ['text', 'topic', 'status', 'grade', 'conflict', 'sort'] as const;

/** Filters and sort order for the claims list; all state lives in the URL (back/forward work). */
export function ClaimFilters() {
  const [params, setParams] = useSearchParams();
  const id = useId();
  const text = params.get('text') ?? '';

  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const select = (name: string, label: string, options: [string, string][], current = params.get(name) ?? '') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={current} onChange={(e) => set(name, e.target.value)}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter claims"
      onSubmit={(e) => {
        e.preventDefault();
        set('text', String(new FormData(e.currentTarget).get('text') ?? '').trim());
      }}
    >
      <div className="field field-text">
        <label htmlFor={`${id}-text`}>Words in the claim or its quotes</label>
        <span className="search-row">
          <input
            id={`${id}-text`}
            key={text}
            name="text"
            type="search"
            defaultValue={text}
            placeholder="e.g. hair regrowth"
          />
          <button type="submit">Search</button>
        </span>
      </div>
      <TopicField value={params.get('topic') ?? ''} onChange={(topic) => set('topic', topic)} />
      {select('status', 'Consensus', [
        ['', 'Any status'],
        ...STATUSES.map((s): [string, string] => [s, STATUS_INFO[s].label]),
      ])}
      {select('grade', 'Best supporting grade', [
        ['', 'Any grade'],
        ...GRADES_STRONGEST_FIRST.map((g): [string, string] => [g, `${GRADE_INFO[g].letter} · ${GRADE_INFO[g].label}`]),
      ])}
      {select('conflict', 'Grade conflict', [
        ['', 'Either'],
        ['true', 'With a grade conflict'],
        ['false', 'Without'],
      ])}
      {select(
        'sort',
        'Order',
        (Object.keys(ORDER_LABELS) as ClaimOrder[])
          .filter((o) => o !== 'RELEVANCE' || text.trim() !== '')
          .map((o): [string, string] => [o, ORDER_LABELS[o]]),
        orderFor(params.get('sort'), text.trim() !== ''),
      )}
      {FILTER_PARAMS.some((p) => params.has(p)) && (
        <Link to={PAGES.claims} className="clear-filters">
          Clear filters
        </Link>
      )}
    </form>
  );
}
