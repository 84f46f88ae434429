import type { Repositories } from '../db/repositories.js';

/** A new context per request: repositories are shared, the dataloaders Pothos adds are not. */
export interface GraphQLContext {
  repositories: Repositories;
}
