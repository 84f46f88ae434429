import { useEffect, useState } from 'react';

/** Search as one types: a query per pause, not per keystroke. */
export const TYPING_PAUSE_MS = 200;

/** `value`, once it has stopped changing for `delay` ms. */
export function useDebounced<T>(value: T, delay = TYPING_PAUSE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
