import type { Database, Repositories } from '../db/repositories.js';
import { consensusChanged, consensusOf, contestScore, type Consensus } from '../domain/consensus.js';
import type { Change } from '../domain/curation.js';
import { STANCES } from '../domain/types.js';

/** Claims derived per statement: enough to keep round trips few, small enough for one statement's memory. */
const CLAIMS_PER_BATCH = 1000;

/** A claim whose consensus changed, as it was and as it is now. */
type ConsensusChange = { slug: string; before: Consensus; after: Consensus };

async function storeConsensus(tx: Repositories, slugs: readonly string[]): Promise<ConsensusChange[]> {
  const derived = (await tx.consensus.evidenceOf(slugs)).map((row) => ({
    ...row,
    consensus: consensusOf(row.evidence),
  }));
  await tx.consensus.store(
    derived.map(({ slug, evidence, consensus: c }) => ({
      slug,
      consensus: {
        status: c.status,
        supporting: c.supporting,
        contradicting: c.contradicting,
        qualifying: c.qualifying,
        sourceCount: c.sourceCount,
        bestGrade: c.bestGrade,
        gradeConflict: c.gradeConflict,
        contestScore: contestScore(c),
        assertionCounts: STANCES.map((stance) => evidence.filter((e) => e.stance === stance).length),
      },
    })),
  );
  return derived.flatMap(({ slug, stored, consensus }) =>
    consensusChanged(stored, consensus) ? [{ slug, before: stored!, after: consensus }] : [],
  );
}

/**
 * Stores each claim's consensus on the claim, with its assertion counts per stance and the keys
 * its assertions are paged by, derived by the domain from its assertions, so that lists can
 * filter and sort on it. Run in the transaction of every write that changes which assertions a
 * claim has, or their stance or grade. Where the write changes what a claim's consensus says
 * (status, best grade, grade conflict), a revision of the claim (action `consensus`, before and
 * after) records it with the write's author and reason: the change of consensus a feed reports.
 */
export async function refreshConsensus(tx: Repositories, slugs: readonly string[], change: Change): Promise<void> {
  const keys = [...new Set(slugs)];
  for (let i = 0; i < keys.length; i += CLAIMS_PER_BATCH) {
    const batch = keys.slice(i, i + CLAIMS_PER_BATCH);
    const changed = await storeConsensus(tx, batch);
    await tx.consensus.storePageKeys(batch);
    await tx.revisions.record(
      changed.map(({ slug, before, after }) => ({
        targetType: 'Claim',
        targetId: slug,
        action: 'consensus',
        before: { ...before },
        after: { ...after },
        claimSlug: slug,
      })),
      change,
    );
  }
}

/**
 * The same for bulk loads and upgrades, where one transaction could not hold it all: each batch of
 * claims commits on its own, so an interrupted run leaves some claims derived and is simply run again.
 * It derives what was not stored yet, so it records no change of consensus.
 */
export async function refreshConsensusInBatches(
  database: Database,
  slugs: readonly string[] | 'all',
  progress?: (done: number, total: number) => void,
): Promise<void> {
  const keys = slugs === 'all' ? await database.repositories.consensus.allSlugs() : [...new Set(slugs)];
  for (let i = 0; i < keys.length; i += CLAIMS_PER_BATCH) {
    const batch = keys.slice(i, i + CLAIMS_PER_BATCH);
    await database.transaction((tx) => storeConsensus(tx, batch));
    await database.repositories.consensus.storePageKeysInTransactions(batch);
    progress?.(Math.min(i + CLAIMS_PER_BATCH, keys.length), keys.length);
  }
}
