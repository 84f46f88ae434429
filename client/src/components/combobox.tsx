import { useId, useState } from 'react';
import { useListboxKeys } from '../lib/use-listbox-keys';

export interface ComboboxOption {
  value: string;
  label: string;
  /** A second line: a claim's consensus, a source's kind. */
  detail?: string;
}

interface Props {
  label: string;
  placeholder?: string;
  /** What the field shows before anything is typed: the current choice's label. */
  initialText?: string;
  options: readonly ComboboxOption[];
  /** The options are being fetched for the text typed. */
  searching: boolean;
  onTextChange: (text: string) => void;
  onChoose: (option: ComboboxOption) => void;
}

/**
 * A text field that suggests as one types (the ARIA 1.2 combobox with a list popup): arrows move
 * through the suggestions, Enter chooses one, Escape closes them. The options come from the
 * caller, which asks the server for the text typed.
 */
export function Combobox({ label, placeholder, initialText = '', options, searching, onTextChange, onChoose }: Props) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const choose = (option: ComboboxOption) => {
    setText(option.label);
    onChoose(option);
  };
  const { open, active, close, reopen, onKeyDown } = useListboxKeys(options, choose);
  const expanded = open && text.trim() !== '';

  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          reopen();
          onTextChange(e.target.value);
        }}
        onKeyDown={(event) => onKeyDown(event, expanded)}
        onBlur={close}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: suggestions`}
        className="combobox-options"
        hidden={!expanded}
      >
        {options.map((option, i) => (
          <li
            key={option.value}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            // mousedown, not click: the field's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              close();
              choose(option);
            }}
          >
            <span className="combobox-label">{option.label}</span>
            {option.detail && <span className="combobox-detail">{option.detail}</span>}
          </li>
        ))}
      </ul>
      <span role="status" className="visually-hidden">
        {expanded && !searching ? `${options.length} ${options.length === 1 ? 'suggestion' : 'suggestions'}` : ''}
      </span>
      {expanded && !searching && options.length === 0 && <span className="combobox-empty muted">No match.</span>}
    </div>
  );
}
