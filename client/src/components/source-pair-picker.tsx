import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { ErrorNotice } from './error-notice';
import { LoadingNotice } from './loading-notice';

export const SourceChoicesQuery = graphql(`
  query SourceChoices {
    sources(first: 200) {
      edges {
        node {
          id
          slug
          title
        }
      }
    }
  }
`);

/** Two selects of sources, A and B, kept in the URL (?a=…&b=…). */
export function SourcePairPicker() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SourceChoicesQuery });
  if (fetching && !data) return <LoadingNotice>Loading the sources…</LoadingNotice>;
  if (error)
    return (
      <ErrorNotice what="The sources" error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  const sources = data?.sources.edges.map((e) => e.node) ?? [];
  if (sources.length < 2)
    return <p className="notice">The base needs at least two sources to compare; it holds {sources.length}.</p>;
  const set = (name: 'a' | 'b', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const select = (name: 'a' | 'b', label: string) => (
    <div className="field field-text">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={params.get(name) ?? ''} onChange={(e) => set(name, e.target.value)}>
        <option value="">Choose a source…</option>
        {sources.map((s) => (
          <option key={s.id} value={s.slug}>
            {s.title}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="filters" aria-label="Sources to compare" onSubmit={(e) => e.preventDefault()}>
      {select('a', 'Source A')}
      {select('b', 'Source B')}
    </form>
  );
}
