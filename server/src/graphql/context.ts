import type { Repositories } from '../db/repositories.js';
import type { Services } from '../services/services.js';
import { createLoaders, type Loaders } from './loaders.js';

/** A new context per request: repositories (reads) and services (use cases) are shared, loaders (ours and Pothos's) are not. */
export interface GraphQLContext {
  repositories: Repositories;
  services: Services;
  loaders: Loaders;
  /** The curator named by the request's bearer token, or null: only a curator may write. */
  curator: string | null;
  /** Where permalinks point: PUBLIC_URL, else the origin the request came to. */
  publicBase: string;
}

export function createContext(
  repositories: Repositories,
  services: Services,
  curator: string | null,
  publicBase: string,
): GraphQLContext {
  return { repositories, services, loaders: createLoaders(repositories), curator, publicBase };
}
