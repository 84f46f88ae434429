import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';

/**
 * What one GraphQL request may ask for. The heaviest query a client needs (a page of claims with
 * consensus, conflicts, and each assertion's quote, source and JAMA benchmark) has depth 8 and
 * costs 43,792 by graphql-armor's measure (object 2, scalar 1, ×1.5 per level); the cost does not
 * count page sizes, which `first` caps at 200 and dataloaders keep to one round trip per level.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 3_000,
  maxCost: 60_000,
  maxBodyBytes: 1024 * 1024,
  maxSourceTextChars: 500_000,
} as const;

export function armorPlugin() {
  return EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  });
}
