import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { SourcePicker } from './source-picker';

export const ChosenSourcesQuery = graphql(`
  query ChosenSources($a: ID!, $b: ID!) {
    a: source(id: $a) {
      id
      title
    }
    b: source(id: $b) {
      id
      title
    }
  }
`);

/** Two sources, A and B, each found as one types its title, kept in the URL (?a=…&b=…). */
export function SourcePairPicker() {
  const [params, setParams] = useSearchParams();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const [{ data }] = useQuery({ query: ChosenSourcesQuery, variables: { a, b }, pause: !a && !b });
  const set = (name: 'a' | 'b', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  // Keyed by the chosen source, so a field shows the title of what the URL names once it is known.
  return (
    <form className="filters" aria-label="Sources to compare" onSubmit={(e) => e.preventDefault()}>
      <SourcePicker
        key={`a-${data?.a?.title ?? a}`}
        label="Source A"
        initialText={data?.a?.title ?? ''}
        onChoose={(source) => set('a', source.slug)}
      />
      <SourcePicker
        key={`b-${data?.b?.title ?? b}`}
        label="Source B"
        initialText={data?.b?.title ?? ''}
        onChoose={(source) => set('b', source.slug)}
      />
    </form>
  );
}
