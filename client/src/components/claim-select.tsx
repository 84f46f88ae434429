import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { useDebounced } from '../lib/use-debounced';
import { useListboxKeys } from '../lib/use-listbox-keys';

/** The claims whose statement or quotes match what the curator typed, best match first (the server's text filter). */
export const ClaimSelectSearchQuery = graphql(`
  query ClaimSelectSearch($text: String!, $first: Int!) {
    claims(first: $first, filter: { text: $text }) {
      totalCount
      edges {
        node {
          id
          slug
          statement
        }
      }
    }
  }
`);

/** How many matches the list shows; the count says how many there are. */
const SHOWN = 12;
const MIN_SEARCH_CHARACTERS = 2;

interface Props {
  /** The text box's id, for the form's <label htmlFor>. */
  id: string;
  /** A claim's slug, or '' for none chosen yet. */
  value: string;
  onChange: (slug: string) => void;
  /** A claim not to offer (the one a proposal already names). */
  exclude?: string;
  autoFocus?: boolean;
}

/**
 * A claim chosen among every claim of the base by searching as the curator types: the ARIA
 * combobox pattern (a text box with a list box of options; Down and Up move through them, Enter
 * picks one, Escape closes the list), so that a base of 200,000 claims is reached by a few words
 * instead of a list of the first 200.
 */
export function ClaimSelect({ id, value, onChange, exclude, autoFocus = false }: Props) {
  const [typed, setTyped] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const search = useDebounced(typed.trim());

  const [{ data, fetching, error }] = useQuery({
    query: ClaimSelectSearchQuery,
    variables: { text: search, first: SHOWN + 1 },
    // The statement of the claim just picked fills the field: no search for it.
    pause: search.length < MIN_SEARCH_CHARACTERS || (picked !== null && typed === picked),
  });
  const options = (data?.claims.edges.map((e) => e.node) ?? []).filter((c) => c.slug !== exclude).slice(0, SHOWN);
  const total = data?.claims.totalCount ?? 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (claim: { slug: string; statement: string }) => {
    onChange(claim.slug);
    setPicked(claim.statement);
    setTyped(claim.statement);
  };
  const { open, active, setOpen, close, reopen, onKeyDown } = useListboxKeys(options, pick);
  const expanded = open && search.length >= MIN_SEARCH_CHARACTERS && options.length > 0;

  const status =
    value && picked
      ? `Chosen: “${picked}”.`
      : search.length < MIN_SEARCH_CHARACTERS
        ? 'Type words of the claim to search every claim.'
        : fetching && !data
          ? 'Searching…'
          : error
            ? `The claims could not be searched: ${error.message}`
            : total === 0
              ? 'No claim matches these words.'
              : `${total.toLocaleString('en')} claim${total === 1 ? '' : 's'} match${total > SHOWN ? `; the best ${SHOWN} are listed` : ''}.`;

  return (
    <div className="claim-picker">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        autoFocus={autoFocus}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-status`}
        value={typed}
        required
        onChange={(e) => {
          setTyped(e.target.value);
          reopen();
          if (value) onChange('');
          e.target.setCustomValidity('');
        }}
        onInvalid={(e) => e.currentTarget.setCustomValidity(value ? '' : 'Choose a claim from the list.')}
        onKeyDown={(event) => onKeyDown(event, expanded)}
        onFocus={() => setOpen(true)}
        onBlur={close}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={`Claims matching “${search}”`} hidden={!expanded}>
        {options.map((c, i) => (
          <li
            key={c.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              close();
              pick(c);
            }}
          >
            {c.statement}
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className="muted claim-picker-status" role="status">
        {status}
      </p>
    </div>
  );
}
