import DataLoader from 'dataloader';
import type { AssertionPageRequest } from '../db/assertion.repository.js';
import type { AssertionRow } from '../db/projections.js';
import type { ClaimRow } from '../db/projections.js';
import type { Repositories } from '../db/repositories.js';
import type { RevisionRow } from '../db/revision.repository.js';
import type { SourceVersionRow } from '../db/source.repository.js';
import type { SourceRow } from '../db/projections.js';

export type AssertionPage = (AssertionRow & { pageKey: string })[];

const pageRequestKey = (r: AssertionPageRequest) => JSON.stringify([r.slug, r.stance, r.after]);

/**
 * Batching for relations, made fresh per request: one Cypher round trip per relation per query
 * level. A page's root field reads what its nested fields need in one statement and primes these
 * (see page-reads.ts), so that they answer from memory.
 */
export function createLoaders(repositories: Repositories) {
  const assertionPages = new Map<number, DataLoader<AssertionPageRequest, AssertionPage, string>>();
  return {
    claims: new DataLoader<string, ClaimRow | null>((slugs) => repositories.claims.getBySlugs(slugs)),
    sources: new DataLoader<string, SourceRow | null>((ids) => repositories.sources.getByIds(ids)),
    sourceTexts: new DataLoader<string, string | null>((ids) => repositories.sources.textsOf(ids)),
    assertions: new DataLoader<string, AssertionRow | null>((ids) => repositories.assertions.getByIds(ids)),
    assertionsByClaim: new DataLoader<string, AssertionRow[]>((slugs) => repositories.assertions.byClaims(slugs)),
    assertionsBySource: new DataLoader<string, AssertionRow[]>((ids) => repositories.assertions.bySources(ids)),
    /** Keyed by page size: the claim page asks for the first page of each stance in one round trip. */
    assertionPages: (limit: number) => {
      let loader = assertionPages.get(limit);
      if (!loader) {
        loader = new DataLoader<AssertionPageRequest, AssertionPage, string>(
          (requests) => repositories.assertions.pagesOfClaims(requests, limit),
          { cacheKeyFn: pageRequestKey },
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
