import type { Database } from '../db/repositories.js';
import { CurationService } from './curation.service.js';
import { IngestService } from './ingest.service.js';
import { LoadService } from './load.service.js';
import { ReviewService } from './review.service.js';

/** The use cases, one instance each per process: resolvers and the `kb` command call the same ones. */
export interface Services {
  curation: CurationService;
  ingest: IngestService;
  review: ReviewService;
  load: LoadService;
}

export function createServices(database: Database): Services {
  return {
    curation: new CurationService(database),
    ingest: new IngestService(database),
    review: new ReviewService(database),
    load: new LoadService(database),
  };
}
