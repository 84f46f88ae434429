import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { STATUS_INFO } from '../lib/evidence';
import { useDebounced } from '../lib/use-debounced';
import { Combobox } from './combobox';

export const ClaimChoicesQuery = graphql(`
  query ClaimChoices($text: String!) {
    claims(first: 8, filter: { text: $text, partialLastWord: true }) {
      edges {
        node {
          id
          slug
          statement
          consensus {
            status
          }
        }
      }
    }
  }
`);

interface Props {
  label: string;
  initialText?: string;
  onChoose: (claim: { slug: string; statement: string }) => void;
}

/** Finds a claim as one types its words: the best matches among statements and quotes. */
export function ClaimPicker({ label, initialText, onChoose }: Props) {
  const [text, setText] = useState('');
  const typed = useDebounced(text.trim());
  const [{ data, fetching }] = useQuery({ query: ClaimChoicesQuery, variables: { text: typed }, pause: typed === '' });
  const options =
    typed === ''
      ? []
      : (data?.claims.edges.map(({ node }) => ({
          value: node.slug,
          label: node.statement,
          detail: STATUS_INFO[node.consensus.status].label,
        })) ?? []);
  return (
    <Combobox
      label={label}
      placeholder="Type words of a claim"
      initialText={initialText}
      options={options}
      searching={fetching || typed !== text.trim()}
      onTextChange={setText}
      onChoose={(option) => onChoose({ slug: option.value, statement: option.label })}
    />
  );
}
