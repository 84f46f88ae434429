import DataLoader from 'dataloader';
import type { AssertionPageRequest, AssertionRow } from '../db/assertion.repository.js';
import type { Repositories } from '../db/repositories.js';
import type { RevisionRow } from '../db/revision.repository.js';
import type { SourceVersionRow } from '../db/source.repository.js';

/** Batching for relations, made fresh per request: one Cypher round trip per relation per query level. */
export function createLoaders(repositories: Repositories) {
  const assertionPages = new Map<
    number,
    DataLoader<AssertionPageRequest, (AssertionRow & { pageKey: string })[], string>
  >();
  return {
    assertionsByClaim: new DataLoader<string, AssertionRow[]>((slugs) => repositories.assertions.byClaims(slugs)),
    assertionsBySource: new DataLoader<string, AssertionRow[]>((ids) => repositories.assertions.bySources(ids)),
    /** Keyed by page size: the claim page asks for the first page of each stance in one round trip. */
    assertionPages: (limit: number) => {
      let loader = assertionPages.get(limit);
      if (!loader) {
        loader = new DataLoader<AssertionPageRequest, (AssertionRow & { pageKey: string })[], string>(
          (requests) => repositories.assertions.pagesOfClaims(requests, limit),
          { cacheKeyFn: (r) => JSON.stringify([r.slug, r.stance, r.after]) },
        );
        assertionPages.set(limit, loader);
      }
      return loader;
    },
    sourceVersions: new DataLoader<string, SourceVersionRow[]>((ids) => repositories.sources.previousVersions(ids)),
    claimHistory: new DataLoader<string, RevisionRow[]>((slugs) => repositories.revisions.of('Claim', slugs)),
    assertionHistory: new DataLoader<string, RevisionRow[]>((ids) => repositories.revisions.of('Assertion', ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
