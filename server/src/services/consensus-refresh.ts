import type { Database, Repositories } from '../db/repositories.js';
import { consensusOf, contestScore } from '../domain/consensus.js';
import { STANCES } from '../domain/types.js';

/** Claims derived per statement: enough to keep round trips few, small enough for one statement's memory. */
const CLAIMS_PER_BATCH = 1000;

async function storeConsensus(tx: Repositories, slugs: readonly string[]): Promise<void> {
  const rows = await tx.consensus.evidenceOf(slugs);
  await tx.consensus.store(
    rows.map(({ slug, evidence }) => {
      const c = consensusOf(evidence);
      return {
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
      };
    }),
  );
}

/**
 * Stores each claim's consensus on the claim, with its assertion counts per stance and the keys
 * its assertions are paged by, derived by the domain from its assertions, so that lists can
 * filter and sort on it. Run in the transaction of every write that changes which assertions a
 * claim has, or their stance or grade.
 */
export async function refreshConsensus(tx: Repositories, slugs: readonly string[]): Promise<void> {
  const keys = [...new Set(slugs)];
  for (let i = 0; i < keys.length; i += CLAIMS_PER_BATCH) {
    const batch = keys.slice(i, i + CLAIMS_PER_BATCH);
    await storeConsensus(tx, batch);
    await tx.consensus.storePageKeys(batch);
  }
}

/**
 * The same for bulk loads and upgrades, where one transaction could not hold it all: each batch of
 * claims commits on its own, so an interrupted run leaves some claims derived and is simply run again.
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
