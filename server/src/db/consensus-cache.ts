import {
  consensusChanged,
  consensusOf,
  contestScore,
  type Consensus,
  type StanceEvidence,
} from '../domain/consensus.js';
import { STANCES } from '../domain/types.js';
import type { Neo4jClient, TransactionRunner } from './neo4j-client.js';
import { writeRevisions, type Change } from './revision-log.js';

export const STANCES_OF_CLAIMS = `
UNWIND $slugs AS slug
MATCH (c:Claim {slug: slug})
RETURN slug, [(s:Source)-[:HAS_ASSERTION]->(a:Assertion)-[:ABOUT]->(c) | { sourceId: s.id, stance: a.stance, grade: a.grade }] AS evidence,
  CASE WHEN c.status IS NULL THEN null ELSE { status: c.status, bestGrade: c.bestGrade, gradeConflict: c.gradeConflict,
    supporting: c.supporting, contradicting: c.contradicting, qualifying: c.qualifying, sourceCount: c.sourceCount } END AS stored`;

export const STORE_CONSENSUS = `
UNWIND $rows AS row
MATCH (c:Claim {slug: row.slug})
SET c += row.consensus, c.statementKey = toLower(c.statement)`;

const PAGE_KEYS_TO_STORE = `
UNWIND $slugs AS slug
MATCH (c:Claim {slug: slug})<-[:ABOUT]-(a:Assertion)<-[:HAS_ASSERTION]-(s:Source)
WITH slug, a, CASE a.grade WHEN 'CLINICAL' THEN '0' WHEN 'PRECLINICAL' THEN '1' ELSE '2' END
  + '|' + s.id + '|' + right('0000000000' + toString(a.start), 10) + '|' + a.id AS pageKey
WHERE a.pageKey IS NULL OR a.pageKey <> pageKey OR a.claimSlug IS NULL OR a.claimSlug <> slug`;

/** The key that orders a claim's assertions of one stance: strongest grade, source, text position, id. */
export const STORE_ASSERTION_PAGE_KEYS = `${PAGE_KEYS_TO_STORE}
SET a.pageKey = pageKey, a.claimSlug = slug`;

/** The same, committed every 10,000 assertions: for claims with more than one transaction can hold. */
export const STORE_ASSERTION_PAGE_KEYS_IN_TRANSACTIONS = `${PAGE_KEYS_TO_STORE}
CALL (a, pageKey, slug) { SET a.pageKey = pageKey, a.claimSlug = slug } IN TRANSACTIONS OF 10000 ROWS`;

export const ALL_CLAIM_SLUGS = `MATCH (c:Claim) RETURN c.slug AS slug`;

const BATCH = 1000;

/** The claims whose consensus changed, each as it was and as it is now. */
type ConsensusChange = { slug: string; before: Consensus; after: Consensus };

async function storeConsensus(run: TransactionRunner, slugs: string[]): Promise<ConsensusChange[]> {
  const rows = await run<{ slug: string; evidence: StanceEvidence[]; stored: Consensus | null }>(STANCES_OF_CLAIMS, {
    slugs,
  });
  const derived = rows.map((row) => ({ ...row, consensus: consensusOf(row.evidence) }));
  await run(STORE_CONSENSUS, {
    rows: derived.map(({ slug, evidence, consensus: c }) => ({
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
  });
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
export async function refreshConsensus(
  run: TransactionRunner,
  slugs: readonly string[],
  change: Change,
): Promise<void> {
  const keys = [...new Set(slugs)];
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH);
    const changed = await storeConsensus(run, batch);
    await run(STORE_ASSERTION_PAGE_KEYS, { slugs: batch });
    await writeRevisions(
      run,
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
  client: Neo4jClient,
  slugs: readonly string[] | 'all',
  progress?: (done: number, total: number) => void,
): Promise<void> {
  const keys =
    slugs === 'all' ? (await client.read<{ slug: string }>(ALL_CLAIM_SLUGS)).map((r) => r.slug) : [...new Set(slugs)];
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH);
    await client.writeTransaction((run) => storeConsensus(run, batch));
    await client.writeAutoCommit(STORE_ASSERTION_PAGE_KEYS_IN_TRANSACTIONS, { slugs: batch });
    progress?.(Math.min(i + BATCH, keys.length), keys.length);
  }
}
