import { useSyncExternalStore } from 'react';

/**
 * The curator's bearer token for this browser tab (sessionStorage: it goes when the tab does),
 * and the one refusal notice a rejected token leaves behind. A tiny external store, so the
 * header, the pages and the urql client read the same state.
 */
const KEY = 'claimgraph.curatorToken';

interface CuratorState {
  token: string | null;
  refused: boolean;
}

const read = (): string | null => {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
};

let state: CuratorState = { token: read(), refused: false };
const listeners = new Set<() => void>();

function update(next: CuratorState) {
  state = next;
  try {
    if (next.token) sessionStorage.setItem(KEY, next.token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage refused (private mode): the token lives in memory for this page only
  }
  listeners.forEach((listener) => listener());
}

export const curatorToken = (): string | null => state.token;

export const signIn = (token: string) => update({ token: token.trim(), refused: false });

export const signOut = () => update({ token: null, refused: false });

/** The server refused the token: sign out and say so. */
export const refuseToken = () => {
  if (state.token) update({ token: null, refused: true });
};

export const dismissRefusal = () => update({ ...state, refused: false });

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useCuratorSession = (): CuratorState => useSyncExternalStore(subscribe, () => state);
