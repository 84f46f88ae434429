import type { Database } from '../db/repositories.js';
import { CurationService } from './curation.service.js';
import { IngestService } from './ingest.service.js';
import { AssistantIndex } from './assistant-index.service.js';
import { LoadService } from './load.service.js';
import { ReviewService } from './review.service.js';

/**
 * The use cases: resolvers and the `kb` command call the same ones. A server makes them for each
 * request (over a client scoped to its bookmarks) but keeps one assistant index for the process.
 */
export interface Services {
  /** The grading assistant's index, kept for the process and told of the writes that change it. */
  assistantIndex: AssistantIndex;
  curation: CurationService;
  ingest: IngestService;
  review: ReviewService;
  load: LoadService;
}

export function createServices(
  database: Database,
  /** The process's kept index; a new one (built at its first use) when not given. */
  assistantIndex = new AssistantIndex(database.repositories.claims),
): Services {
  // Every write the services commit is told to the index, so none can be forgotten (see AssistantIndex.wrote).
  const told: Database = {
    ...database,
    transaction: async (work) => {
      const result = await database.transaction(work);
      assistantIndex.wrote();
      return result;
    },
  };
  return {
    assistantIndex,
    curation: new CurationService(told, assistantIndex),
    ingest: new IngestService(told, undefined, assistantIndex),
    review: new ReviewService(told, assistantIndex),
    load: new LoadService(told),
  };
}
