/** Dataloader contract: one result per key, in key order; `null` where no item has that key. */
export function inKeyOrder<T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): (T | null)[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Dataloader contract for lists: one (possibly empty) list per key, in key order. */
export function groupBy<T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return keys.map((k) => groups.get(k)!);
}
