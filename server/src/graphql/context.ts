import type { Repositories } from '../db/repositories.js';
import type { AssistantIndex } from '../services/assistant-index.service.js';
import { createLoaders, type Loaders } from './loaders.js';

/** A new context per request: repositories are shared, loaders (ours and Pothos's) are not. */
export interface GraphQLContext {
  repositories: Repositories;
  loaders: Loaders;
  /** The curator named by the request's bearer token, or null: only a curator may write. */
  curator: string | null;
  /** Where permalinks point: PUBLIC_URL, else the origin the request came to. */
  publicBase: string;
  /** The grading assistant's index, kept by the server between requests and told of the writes that change it. */
  assistant: AssistantIndex;
}

export function createContext(
  repositories: Repositories,
  curator: string | null,
  publicBase: string,
  assistant: AssistantIndex,
): GraphQLContext {
  return { repositories, loaders: createLoaders(repositories), curator, publicBase, assistant };
}
