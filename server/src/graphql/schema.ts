import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './assertion.mutations.js';
import './assertion.type.js';
import './base-counts.type.js';
import './citation.fields.js';
import './claim.type.js';
import './comparison.type.js';
import './interchange.fields.js';
import './neighbourhood.type.js';
import './proposal.type.js';
import './revision.type.js';
import './syndication.fields.js';
import './topic.type.js';
import './source.mutations.js';
import './source.type.js';

export function buildSchema(): GraphQLSchema {
  return builder.toSchema();
}

/** The SDL checked in at schema/schema.graphql. */
export function printedSchema(schema: GraphQLSchema = buildSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
