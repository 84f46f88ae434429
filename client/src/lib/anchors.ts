/**
 * An assertion's element id on the claim page, `assertion-<key>`, the same fragment the server's
 * permalinks end with. The key is the assertion's own id inside its Relay global id
 * (base64 of "Assertion:<key>"); an id that is not a global id is used as it is.
 */
export function assertionKey(globalId: string): string {
  try {
    const decoded = atob(globalId);
    if (decoded.startsWith('Assertion:'))
      return new TextDecoder().decode(Uint8Array.from(decoded.slice(10), (c) => c.charCodeAt(0)));
  } catch {
    // not base64: a plain id
  }
  return globalId;
}

/** The Relay global id of an assertion's own id: the inverse of assertionKey. */
export function assertionGlobalId(key: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(`Assertion:${key}`)));
}

export const assertionElementId = (globalId: string): string => `assertion-${assertionKey(globalId)}`;
