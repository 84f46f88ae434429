import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../graphql';
import { QueryState } from './query-state';

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
  const query = useQuery({ query: SourceChoicesQuery });
  return (
    <QueryState query={query} loading="Loading the sources…" what="The sources">
      {(data) => <PairSelects sources={data.sources.edges.map((e) => e.node)} />}
    </QueryState>
  );
}

function PairSelects({
  sources,
}: {
  sources: ResultOf<typeof SourceChoicesQuery>['sources']['edges'][number]['node'][];
}) {
  const id = useId();
  const [params, setParams] = useSearchParams();
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
