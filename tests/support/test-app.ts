import path from 'node:path';
import { inject } from 'vitest';
import { startApp, type RunningApp } from '../../server/src/app.js';
import { loadConfig, repoRoot } from '../../server/src/config.js';

export const fixtureCorpus = (name: string) => path.join(repoRoot, 'tests', 'fixtures', name);
export const realCorpus = path.join(repoRoot, 'data');

/** The real app (HTTP, GraphQL, data layer) on the run's Neo4j, on a free port. Call freshDatabase() first. */
export async function startTestApp(
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<RunningApp & { graphql: GraphQLCaller }> {
  const config = { ...loadConfig(env), port: 0, host: '127.0.0.1', neo4j: inject('neo4j'), dataDir };
  const app = await startApp(config, () => {});
  return { ...app, graphql: graphqlCaller(new URL('graphql', app.url).toString()) };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export type GraphQLCaller = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<GraphQLResponse<T>>;

function graphqlCaller(url: string): GraphQLCaller {
  return async <T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  };
}
