import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { humanize } from '../lib/evidence';
import { useDebounced } from '../lib/use-debounced';
import { Combobox } from './combobox';

export const SourceChoicesQuery = graphql(`
  query SourceChoices($text: String!) {
    sources(first: 8, filter: { text: $text, partialLastWord: true }) {
      edges {
        node {
          id
          slug
          title
          kind
        }
      }
    }
  }
`);

interface Props {
  label: string;
  initialText?: string;
  onChoose: (source: { slug: string; title: string }) => void;
}

/** Finds a source as one types words of its title or publisher. */
export function SourcePicker({ label, initialText, onChoose }: Props) {
  const [text, setText] = useState('');
  const typed = useDebounced(text.trim());
  const [{ data, fetching }] = useQuery({ query: SourceChoicesQuery, variables: { text: typed }, pause: typed === '' });
  const options =
    typed === ''
      ? []
      : (data?.sources.edges.map(({ node }) => ({
          value: node.slug,
          label: node.title,
          detail: humanize(node.kind),
        })) ?? []);
  return (
    <Combobox
      label={label}
      placeholder="Type words of its title"
      initialText={initialText}
      options={options}
      searching={fetching || typed !== text.trim()}
      onTextChange={setText}
      onChoose={(option) => onChoose({ slug: option.value, title: option.label })}
    />
  );
}
