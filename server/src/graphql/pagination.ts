import { GraphQLError } from 'graphql';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/** `first` must be 1..200: more, zero or negative is the caller's error, never a silent clamp. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`"first" must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return first;
}

/**
 * The values a cursor's key holds (keys of ordered lists are JSON arrays), or the caller's error
 * when the key is not one, or `valid` refuses it: a cursor of another list or order.
 */
export function cursorValues(key: string, valid: (values: unknown[]) => boolean): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(key);
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || !valid(values)) {
    throw new GraphQLError('"after" is a cursor of another list or order', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return values;
}

export function encodeCursor(key: string): string {
  return Buffer.from(`v1:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('v1:')) {
    throw new GraphQLError('"after" is not a cursor this API gave out', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return decoded.slice(3);
}

/** Builds a Relay connection from a keyset query that fetched one row more than the page. */
export async function keysetConnection<T>(
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  keyOf: (item: T) => string,
  fetch: (afterKey: string | null, limit: number) => Promise<T[]>,
) {
  if ((args.last ?? null) !== null || (args.before ?? null) !== null) {
    throw new GraphQLError('pages are read forwards only: use "first" and "after"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const size = pageSize(args.first);
  const rows = await fetch(decodeCursor(args.after), size + 1);
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: args.after !== null && args.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
