import type { Database } from '../db/repositories.js';
import { CurationService } from './curation.service.js';
import { IngestService } from './ingest.service.js';
import { AssistantIndex } from './assistant-index.service.js';
import { LoadService } from './load.service.js';
import { ReviewService } from './review.service.js';

/** The use cases, one instance each per process: resolvers and the `kb` command call the same ones. */
export interface Services {
  /** The grading assistant's index, kept for the process and told of the writes that change it. */
  assistantIndex: AssistantIndex;
  curation: CurationService;
  ingest: IngestService;
  review: ReviewService;
  load: LoadService;
}

export function createServices(database: Database): Services {
  const assistantIndex = new AssistantIndex(database.repositories.claims);
  return {
    assistantIndex,
    curation: new CurationService(database),
    ingest: new IngestService(database, undefined, assistantIndex),
    review: new ReviewService(database),
    load: new LoadService(database),
  };
}
