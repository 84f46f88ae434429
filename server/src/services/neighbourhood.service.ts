import type { AssertionRow, ClaimRow, SourceRow } from '../db/projections.js';
import type { Repositories } from '../db/repositories.js';
import { coveringSources } from '../domain/source-cover.js';

/** Where a reader starts the matrix or the graph: nothing chosen yet, a topic, words, a claim or a source. */
export type Focus =
  | { kind: 'busiest' }
  | { kind: 'topic'; topic: string }
  /** `text` is a Lucene query (see fullTextQuery). */
  | { kind: 'text'; text: string }
  | { kind: 'claim'; slug: string }
  | { kind: 'source'; id: string };

export interface NeighbourhoodLimits {
  claims: number;
  sources: number;
}

/** The rows of the neighbourhood's claims and sources, read with its cells when a page shows them (no statement of their own). */
export interface NeighbourhoodRowPlan {
  claimRows: boolean;
  sourceRows: boolean;
}

export interface Neighbourhood {
  claimSlugs: string[];
  sourceIds: string[];
  assertions: AssertionRow[];
  /** How many claims the choice holds in all (a topic's, a search's, the base's); null for a claim's or a source's neighbourhood. */
  claimTotal: number | null;
  /** Some claims of the choice are not shown: past the claim cap, or addressed by none of the sources shown. */
  hasMoreClaims: boolean;
  /** More sources address the claims shown than the source cap lets in. */
  hasMoreSources: boolean;
  /** As the row plan asked: the claims' rows (those shown among them) and the sources' rows. */
  claimRows: ClaimRow[];
  sourceRows: SourceRow[];
}

async function claimsOfFocus(
  repositories: Repositories,
  focus: Focus,
  limit: number,
): Promise<{ slugs: string[]; total: number | null }> {
  const { neighbourhoods, claims, stats } = repositories;
  switch (focus.kind) {
    case 'busiest':
      return { slugs: await neighbourhoods.busiestClaims(limit), total: (await stats.counts()).claims };
    case 'topic':
      return {
        slugs: await neighbourhoods.claimsOfTopic(focus.topic, limit),
        total: await neighbourhoods.topicSize(focus.topic),
      };
    case 'text': {
      const filter = {
        text: focus.text,
        topic: null,
        sourceId: null,
        status: null,
        bestGrade: null,
        gradeConflict: null,
      };
      const [page, total] = await Promise.all([claims.page('RELEVANCE', null, limit, filter), claims.count(filter)]);
      return { slugs: page.map((c) => c.slug), total };
    }
    case 'claim':
      return { slugs: (await neighbourhoods.claimAndLinked(focus.slug)).slice(0, limit), total: null };
    case 'source':
      return { slugs: await neighbourhoods.claimsOfSource(focus.id, limit), total: null };
  }
}

/**
 * A bounded part of the base around what a reader chose, for the matrix and the graph: the
 * claims of the choice (most sources first, at most `limits.claims`), the sources that address
 * them (at most `limits.sources`: the busiest, then those that bring in claims no source shown
 * addresses yet; listed busiest first), and their assertions.
 * Around a claim, the claims its sources also address fill the rest of the claim cap. A claim
 * none of the shown sources addresses is left out (and counted as more), so no row stays empty.
 */
export async function neighbourhood(
  repositories: Repositories,
  focus: Focus,
  limits: NeighbourhoodLimits,
  rows: NeighbourhoodRowPlan = { claimRows: false, sourceRows: false },
): Promise<Neighbourhood> {
  const { neighbourhoods, assertions } = repositories;
  // One more than shown of each, to know whether there are more.
  const chosen = await claimsOfFocus(repositories, focus, limits.claims + 1);
  let hasMoreClaims = chosen.slugs.length > limits.claims;
  let claimSlugs = chosen.slugs.slice(0, limits.claims);

  const pinned = focus.kind === 'source' && claimSlugs.length > 0 ? [focus.id] : [];
  const candidates = claimSlugs.length > 0 ? await neighbourhoods.sourcesOfClaims(claimSlugs) : new Map();
  const { ids: sourceIds, more: hasMoreSources } = coveringSources(candidates, limits.sources, pinned);

  const claimRoom = limits.claims - claimSlugs.length;
  if (focus.kind === 'claim' && sourceIds.length > 0 && claimRoom > 0) {
    const shared = await neighbourhoods.claimsSharedBy(sourceIds, claimSlugs, claimRoom + 1);
    hasMoreClaims ||= shared.length > claimRoom;
    claimSlugs = [...claimSlugs, ...shared.slice(0, claimRoom)];
  }

  const found =
    sourceIds.length > 0
      ? await assertions.matrix(sourceIds, claimSlugs, sourceIds.length, {
          claims: rows.claimRows ? 'whole' : 'none',
          sources: rows.sourceRows ? 'whole' : 'none',
          withAssertionRows: true,
        })
      : null;
  const addressed = new Set(found?.assertions.map((a) => a.claimSlug));
  const kept = claimSlugs.filter((slug) => addressed.has(slug) || (focus.kind === 'claim' && slug === focus.slug));
  return {
    claimSlugs: kept,
    sourceIds,
    // Whole rows: the plan asked for them.
    assertions: (found?.assertions ?? []) as AssertionRow[],
    claimTotal: chosen.total,
    hasMoreClaims: hasMoreClaims || kept.length < claimSlugs.length,
    hasMoreSources,
    claimRows: found?.claims ?? [],
    sourceRows: found?.sources ?? [],
  };
}
