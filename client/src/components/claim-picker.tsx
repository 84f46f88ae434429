import { useEffect, useId, useState, type KeyboardEvent, type Ref } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';

/** The claims whose statement or quotes match what the curator typed, best match first (the server's text filter). */
export const ClaimPickerSearchQuery = graphql(`
  query ClaimPickerSearch($text: String!, $first: Int!) {
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

export interface PickedClaim {
  slug: string;
  statement: string;
}

/** How many matches the list shows; the count says how many more there are. */
const SHOWN = 12;
/** Typing pauses this long before the search is sent, so that one word costs one query, not one per key. */
const TYPING_PAUSE_MS = 250;
const MIN_SEARCH_CHARACTERS = 2;

interface Props {
  label: string;
  value: PickedClaim | null;
  onChange: (claim: PickedClaim | null) => void;
  /** A claim not to offer (the one already proposed). */
  exclude?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  describedBy?: string;
}

/**
 * A claim chosen among every claim of the base by searching as the curator types: the ARIA
 * combobox pattern (a text box with a list box of options; Down and Up move through them, Enter
 * picks one, Escape closes the list), so that a base of 200,000 claims is reached by a few words
 * instead of a list of the first 200.
 */
export function ClaimPicker({ label, value, onChange, exclude, inputRef, describedBy }: Props) {
  const id = useId();
  const [typed, setTyped] = useState(value?.statement ?? '');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const words = typed.trim();
    if (value && words === value.statement) return;
    const timer = setTimeout(() => setSearch(words), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, value]);

  const [{ data, fetching, error }] = useQuery({
    query: ClaimPickerSearchQuery,
    variables: { text: search, first: SHOWN + 1 },
    pause: search.length < MIN_SEARCH_CHARACTERS,
  });
  const options = (data?.claims.edges.map((e) => e.node) ?? []).filter((c) => c.slug !== exclude).slice(0, SHOWN);
  const total = data?.claims.totalCount ?? 0;
  const expanded = open && search.length >= MIN_SEARCH_CHARACTERS && options.length > 0;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (claim: PickedClaim) => {
    onChange({ slug: claim.slug, statement: claim.statement });
    setTyped(claim.statement);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      pick(options[active]!);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const status =
    search.length < MIN_SEARCH_CHARACTERS
      ? value
        ? ''
        : 'Type words of the claim to search every claim.'
      : fetching && !data
        ? 'Searching…'
        : error
          ? `The claims could not be searched: ${error.message}`
          : total === 0
            ? 'No claim matches these words.'
            : `${total.toLocaleString('en')} claim${total === 1 ? '' : 's'} match${total > SHOWN ? `; the best ${SHOWN} are listed` : ''}.`;

  return (
    <div className="field claim-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={[`${id}-status`, describedBy].filter(Boolean).join(' ')}
        value={typed}
        required
        onChange={(e) => {
          setTyped(e.target.value);
          setOpen(true);
          setActive(-1);
          if (value) onChange(null);
          e.target.setCustomValidity('');
        }}
        onInvalid={(e) => e.currentTarget.setCustomValidity(value ? '' : 'Choose a claim from the list.')}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={`Claims matching “${search}”`} hidden={!expanded}>
        {options.map((c, i) => (
          <li
            key={c.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(c)}
          >
            {c.statement}
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className="muted claim-picker-status" role="status">
        {value ? `Chosen: “${value.statement}”.` : status}
      </p>
    </div>
  );
}
