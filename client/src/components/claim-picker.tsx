import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { STATUS_INFO } from '../lib/evidence';
import { useDebounced } from '../lib/use-debounced';
import { Combobox } from './combobox';

/** The claims whose statement or quotes match the words typed, best match first (the server's text filter). */
export const ClaimChoicesQuery = graphql(`
  query ClaimChoices($text: String!, $first: Int!) {
    claims(first: $first, filter: { text: $text, partialLastWord: true }) {
      totalCount
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

/** How many matches the list shows; a form's status line says how many there are in all. */
const SHOWN = 10;

interface Claim {
  slug: string;
  statement: string;
}

interface Props {
  /** The field's own label; leave it out when a form's <label htmlFor={id}> names it. */
  label?: string;
  id?: string;
  initialText?: string;
  onChoose: (claim: Claim) => void;
  /** Typing again after a choice: the form holds no claim until one is chosen anew. */
  onClear?: () => void;
  /** A claim not to offer (the one a proposal already names). */
  exclude?: string;
  /** For a curator's form: a claim must be chosen, and a line under the field says which and how many match. */
  inForm?: boolean;
  autoFocus?: boolean;
}

/**
 * Finds a claim among every claim of the base as one types its words, so a base of 200,000
 * claims is reached by a few words instead of a list of the first 200.
 */
export function ClaimPicker({ label, id, initialText, onChoose, onClear, exclude, inForm = false, autoFocus }: Props) {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const typed = useDebounced(text.trim());
  const [{ data, fetching, error }] = useQuery({
    query: ClaimChoicesQuery,
    variables: { text: typed, first: SHOWN + 1 },
    pause: typed === '' || chosen !== null,
  });
  const options =
    typed === ''
      ? []
      : (data?.claims.edges
          .map(({ node }) => node)
          .filter((node) => node.slug !== exclude)
          .slice(0, SHOWN)
          .map((node) => ({
            value: node.slug,
            label: node.statement,
            detail: STATUS_INFO[node.consensus.status].label,
          })) ?? []);
  const searching = fetching || typed !== text.trim();
  const total = data?.claims.totalCount ?? 0;
  const status =
    chosen !== null
      ? `Chosen: “${chosen}”.`
      : typed === ''
        ? 'Type words of the claim to search every claim.'
        : searching && !data
          ? 'Searching…'
          : error
            ? `The claims could not be searched: ${error.message}`
            : total === 0
              ? 'No claim matches these words.'
              : `${total.toLocaleString('en')} claim${total === 1 ? '' : 's'} match${total > SHOWN ? `; the best ${SHOWN} are listed` : ''}.`;
  return (
    <Combobox
      label={label}
      id={id}
      placeholder="Type words of a claim"
      initialText={initialText}
      options={options}
      searching={searching}
      onTextChange={(value) => {
        setText(value);
        if (chosen !== null) onClear?.();
        setChosen(null);
      }}
      onChoose={(option) => {
        setChosen(option.label);
        onChoose({ slug: option.value, statement: option.label });
      }}
      required={inForm ? { message: 'Choose a claim from the list.' } : undefined}
      autoFocus={autoFocus}
      status={inForm ? status : undefined}
    />
  );
}
