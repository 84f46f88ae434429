import DataLoader from 'dataloader';
import type { AssertionRow } from '../db/assertion.repository.js';
import type { Repositories } from '../db/repositories.js';
import type { RevisionRow } from '../db/revision.repository.js';
import type { SourceVersionRow } from '../db/source.repository.js';

/** Batching for relations, made fresh per request: one Cypher round trip per relation per query level. */
export function createLoaders(repositories: Repositories) {
  return {
    assertionsByClaim: new DataLoader<string, AssertionRow[]>((slugs) => repositories.assertions.byClaims(slugs)),
    assertionsBySource: new DataLoader<string, AssertionRow[]>((ids) => repositories.assertions.bySources(ids)),
    conflictsByClaim: new DataLoader<string, string[]>((slugs) => repositories.claims.conflictsOf(slugs)),
    broaderByClaim: new DataLoader<string, string | null>((slugs) => repositories.claims.broaderOf(slugs)),
    sourceVersions: new DataLoader<string, SourceVersionRow[]>((ids) => repositories.sources.previousVersions(ids)),
    claimHistory: new DataLoader<string, RevisionRow[]>((slugs) => repositories.revisions.of('Claim', slugs)),
    assertionHistory: new DataLoader<string, RevisionRow[]>((ids) => repositories.revisions.of('Assertion', ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
