import { useState, type KeyboardEvent } from 'react';

/**
 * The keyboard of a text field with a list of suggestions (the ARIA 1.2 combobox): Down and Up
 * open the list and move through its options, Enter picks the one marked, Escape closes the list.
 * `open` is the reader's wish; the field shows the list only when there is something to show.
 */
export function useListboxKeys<T>(options: readonly T[], pick: (option: T) => void) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  /** The text changed: the list opens again, nothing marked. */
  const reopen = () => {
    setOpen(true);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, expanded: boolean) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // From no mark, Up goes to the last option, Down to the first.
      setActive((current) =>
        current === -1 ? (step === 1 ? 0 : options.length - 1) : (current + step + options.length) % options.length,
      );
    } else if (event.key === 'Enter' && expanded && options[active] !== undefined) {
      event.preventDefault();
      close();
      pick(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };
  return { open, active, setOpen, close, reopen, onKeyDown };
}
