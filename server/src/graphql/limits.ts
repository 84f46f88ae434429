import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/**
 * What one GraphQL request may ask for. Cost counts one per field, multiplied along every list by
 * how many items it may hold: a connection by its `first`, a plain list by its expected length
 * (LIST_SIZES). The heaviest query the client sends (the claims list at 200 rows, each with every
 * assertion's quote and source) costs 68,801, the claim page 8,772; three lists nested in a page cost 4,968,601.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 3_000,
  maxCost: 250_000,
  maxBodyBytes: 1024 * 1024,
  /** A multipart request carries a document file: the assistant's own limit on documents (5 MB) and room for the rest. */
  maxUploadBodyBytes: 5 * 1024 * 1024 + 64 * 1024,
  maxSourceTextChars: 500_000,
} as const;

// Its ESM build imports graphql's .mjs files by name, a second copy of graphql beside the one
// Pothos builds the schema with; its CommonJS build shares that copy.
const { getComplexity } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

/** Expected lengths of the lists that are not pages: generous for the curated base, bounded by its shape. */
const LIST_SIZES: Record<string, number> = {
  'Claim.assertions': 20,
  'Source.assertions': 20,
  'Source.proposals': 20,
  'AgreementMatrix.cells': 1000,
  'AgreementMatrix.claims': 200,
  'AgreementMatrix.sources': 50,
  'Neighbourhood.cells': 1000,
  'Neighbourhood.claims': 200,
  'Neighbourhood.sources': 50,
  'BaseCounts.claimsByStatus': 4,
};
const DEFAULT_LIST_SIZE = 10;

const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const fieldType = getNullableType(field.type);
  const ofObjects = isObjectType(getNamedType(fieldType)) || isInterfaceType(getNamedType(fieldType));
  if (getNamedType(fieldType).name.endsWith('Connection') && !isListType(fieldType)) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * first;
  }
  // A connection's edges are counted by its `first` already.
  if (type.name.endsWith('Connection') && field.name === 'edges') return 1 + childComplexity;
  if (isListType(fieldType) && ofObjects)
    return 1 + childComplexity * (LIST_SIZES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE);
  return 1 + childComplexity;
};

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listSizeEstimator] });
}

/**
 * A document's cost depends on its variables only through the page sizes they give (`first:
 * $n`), so it is counted once per document, operation and page sizes: counting walks the whole
 * query (150 µs for the claim page, as much as executing it), and the browser asks the same
 * documents with other ids. At most COSTS_PER_DOCUMENT sets of page sizes are kept per document.
 */
const COSTS_PER_DOCUMENT = 64;
const pageSizeVariables = new WeakMap<DocumentNode, string[]>();
const costs = new WeakMap<DocumentNode, Map<string, number>>();

function variablesGivingFirst(document: DocumentNode): string[] {
  let names = pageSizeVariables.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Argument: (node) => {
        if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) found.add(node.value.name.value);
      },
    });
    names = [...found];
    pageSizeVariables.set(document, names);
  }
  return names;
}

function cachedQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  const key = JSON.stringify([operationName ?? null, ...variablesGivingFirst(document).map((name) => variables[name])]);
  const known = costs.get(document) ?? new Map<string, number>();
  costs.set(document, known);
  let cost = known.get(key);
  if (cost === undefined) {
    cost = queryCost(schema, document, variables, operationName);
    if (known.size < COSTS_PER_DOCUMENT) known.set(key, cost);
  }
  return cost;
}

/** Refuses a query whose cost is over the limit before any resolver runs, so the database never sees it. */
export function costLimitPlugin(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost = cachedQueryCost(
          args.schema,
          args.document,
          (args.variableValues ?? {}) as Record<string, unknown>,
          args.operationName ?? undefined,
        );
      } catch (error) {
        // Bad variables are reported by execution itself, in its own words.
        if (error instanceof GraphQLError) return;
        throw error;
      }
      if (cost > QUERY_LIMITS.maxCost) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `This query's cost is ${Math.round(cost)}, over the limit of ${QUERY_LIMITS.maxCost}: ask for smaller pages or fewer nested lists`,
              { extensions: { code: 'QUERY_TOO_COSTLY' } },
            ),
          ],
        });
      }
    },
  };
}

export function armorPlugin() {
  return EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
}
