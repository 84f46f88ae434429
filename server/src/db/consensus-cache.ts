import { consensusOf, contestScore, type StanceEvidence } from '../domain/consensus.js';
import type { TransactionRunner } from './neo4j-client.js';

export const STANCES_OF_CLAIMS = `
UNWIND $slugs AS slug
MATCH (c:Claim {slug: slug})
RETURN slug, [(s:Source)-[:HAS_ASSERTION]->(a:Assertion)-[:ABOUT]->(c) | { sourceId: s.id, stance: a.stance, grade: a.grade }] AS evidence`;

export const STORE_CONSENSUS = `
UNWIND $rows AS row
MATCH (c:Claim {slug: row.slug})
SET c += row.consensus, c.statementKey = toLower(c.statement)`;

export const ALL_CLAIM_SLUGS = `MATCH (c:Claim) RETURN c.slug AS slug`;

const BATCH = 1000;

/**
 * Stores each claim's consensus on the claim, derived by the domain from its assertions, so
 * that lists can filter and sort on it. Run in the transaction of every write that changes
 * which assertions a claim has, or their stance or grade.
 */
export async function refreshConsensus(run: TransactionRunner, slugs: readonly string[] | 'all'): Promise<void> {
  const keys = slugs === 'all' ? (await run<{ slug: string }>(ALL_CLAIM_SLUGS)).map((r) => r.slug) : [...new Set(slugs)];
  for (let i = 0; i < keys.length; i += BATCH) {
    const rows = await run<{ slug: string; evidence: StanceEvidence[] }>(STANCES_OF_CLAIMS, { slugs: keys.slice(i, i + BATCH) });
    await run(STORE_CONSENSUS, {
      rows: rows.map(({ slug, evidence }) => {
        const c = consensusOf(evidence);
        return {
          slug,
          consensus: {
            status: c.status, supporting: c.supporting, contradicting: c.contradicting, qualifying: c.qualifying,
            sourceCount: c.sourceCount, bestGrade: c.bestGrade, gradeConflict: c.gradeConflict, contestScore: contestScore(c),
          },
        };
      }),
    });
  }
}
