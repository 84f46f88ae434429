/** Accepts a Relay global id of `typename` or the plain key (an id or a slug), and returns the plain key. */
export function localKey(id: string, typename: string): string {
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  return decoded.startsWith(`${typename}:`) ? decoded.slice(typename.length + 1) : id;
}
