import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env';

/**
 * The client's one `graphql` tag: documents typed against schema/schema.graphql, through the
 * introspection in graphql-env.d.ts (`npm run client:types` regenerates it; `npm run check` does first).
 *
 * Fragment masking stays on: a component sees only the fields its own fragment selects, read
 * with `readFragment`, so a field one component drops cannot silently break another that relied
 * on it. A parent that needs a field itself (an id for a React key) selects it beside the spread.
 */
export const graphql = initGraphQLTada<{ introspection: introspection; scalars: { File: File } }>();

export { readFragment } from 'gql.tada';
export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
