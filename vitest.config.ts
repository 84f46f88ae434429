import { defineConfig } from 'vitest/config';

// One Neo4j serves the whole run (see tests/support/neo4j-global-setup.ts); test files run one
// at a time and each starts from an empty database, so none sees another's data.
export default defineConfig({
  // graphql ships both ESM and CJS; Pothos loads one and test files the other unless both are pinned
  // to one copy, and graphql refuses types from "another" graphql.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/neo4j-global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
