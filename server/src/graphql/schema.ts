import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './assertion.mutations.js';
import './assertion.type.js';
import './base-counts.type.js';
import './citation.fields.js';
import './claim.type.js';
import './comparison.type.js';
import './enums.js';
import './interchange.fields.js';
import './neighbourhood.type.js';
import './proposal.type.js';
import './revision.type.js';
import './syndication.fields.js';
import './topic.type.js';
import './source.mutations.js';
import './source.type.js';

/** `sorted: false` keeps the order types and values are declared in (schema.graphql and the server sort them). */
export function buildSchema({ sorted = true }: { sorted?: boolean } = {}): GraphQLSchema {
  return builder.toSchema({ sortSchema: sorted });
}

/** The SDL checked in at schema/schema.graphql. */
export function printedSchema(schema: GraphQLSchema = buildSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
