import type { Repositories } from '../db/repositories.js';
import { createLoaders, type Loaders } from './loaders.js';

/** A new context per request: repositories are shared, loaders (ours and Pothos's) are not. */
export interface GraphQLContext {
  repositories: Repositories;
  loaders: Loaders;
}

export function createContext(repositories: Repositories): GraphQLContext {
  return { repositories, loaders: createLoaders(repositories) };
}
