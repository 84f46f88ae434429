import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useListboxKeys } from '../lib/use-listbox-keys';

export interface ComboboxOption {
  value: string;
  label: string;
  /** A second line: a claim's consensus, a source's kind. */
  detail?: string;
}

interface Props {
  /** The field's own label; leave it out when a form's <label htmlFor={id}> names the field. */
  label?: string;
  /** The text box's id, for a label outside the component; one is made up when left out. */
  id?: string;
  placeholder?: string;
  /** What the field shows before anything is typed: the current choice's label. */
  initialText?: string;
  options: readonly ComboboxOption[];
  /** The options are being fetched for the text typed. */
  searching: boolean;
  onTextChange: (text: string) => void;
  onChoose: (option: ComboboxOption) => void;
  /** A form cannot be sent until an option is chosen (words typed are not enough); the browser says this message at the field. */
  required?: { message: string };
  autoFocus?: boolean;
  /**
   * A visible line under the field (what was chosen, how many match), announced as it changes; in
   * its place a hidden count of the suggestions is announced.
   */
  status?: ReactNode;
}

/**
 * A text field that suggests as one types (the ARIA 1.2 combobox with a list popup): arrows move
 * through the suggestions, Enter chooses one, Escape closes them. The options come from the
 * caller, which asks the server for the text typed. Typing again after a choice undoes it, so a
 * required field holds a chosen option, never free text.
 */
export function Combobox({
  label,
  id: givenId,
  placeholder,
  initialText = '',
  options,
  searching,
  onTextChange,
  onChoose,
  required,
  autoFocus = false,
  status,
}: Props) {
  const madeId = useId();
  const id = givenId ?? madeId;
  const [text, setText] = useState(initialText);
  const [chosen, setChosen] = useState(initialText !== '');
  const input = useRef<HTMLInputElement>(null);
  const requiredMessage = required?.message;
  // Words typed but no option chosen leave the field invalid too, not only an empty one.
  useEffect(() => {
    input.current?.setCustomValidity(requiredMessage && !chosen ? requiredMessage : '');
  }, [requiredMessage, chosen]);
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const choose = (option: ComboboxOption) => {
    setText(option.label);
    setChosen(true);
    onChoose(option);
  };
  const { open, active, close, reopen, onKeyDown } = useListboxKeys(options, choose);
  const expanded = open && text.trim() !== '';

  return (
    <div className="field combobox">
      {label && <label htmlFor={id}>{label}</label>}
      <input
        ref={input}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        autoFocus={autoFocus}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={status === undefined ? undefined : statusId}
        placeholder={placeholder}
        value={text}
        required={required !== undefined}
        onChange={(e) => {
          setText(e.target.value);
          setChosen(false);
          reopen();
          onTextChange(e.target.value);
        }}
        onKeyDown={(event) => onKeyDown(event, expanded)}
        onBlur={close}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={label ? `${label}: suggestions` : 'Suggestions'}
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
      {status === undefined ? (
        <span role="status" className="visually-hidden">
          {expanded && !searching ? `${options.length} ${options.length === 1 ? 'suggestion' : 'suggestions'}` : ''}
        </span>
      ) : (
        <p id={statusId} role="status" className="muted combobox-status">
          {status}
        </p>
      )}
      {status === undefined && expanded && !searching && options.length === 0 && (
        <span className="combobox-empty muted">No match.</span>
      )}
    </div>
  );
}
