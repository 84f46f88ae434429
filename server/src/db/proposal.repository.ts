import { proposeAssertions, type LinkReason } from '../domain/assistant/propose.js';
import { CurationError } from '../domain/curation.js';
import type { Grading } from '../domain/types.js';
import { readKnownClaims } from './claim.repository.js';
import { SOURCE_WITH_HASH, insertAssertion, insertClaim, insertSource, type NewSource } from './curation.repository.js';
import { groupBy, inKeyOrder } from './key-order.js';
import { cypherInt, type Neo4jClient, type TransactionRunner } from './neo4j-client.js';
import { revision, type Change } from './revision-log.js';

export interface ProposalRow extends Grading {
  id: string;
  sourceId: string;
  status: 'PROPOSED' | 'ACCEPTED' | 'REJECTED';
  exact: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  claimSlug: string | null;
  newStatement: string | null;
  claimScore: number;
  /** Null on proposals stored before the reason was kept. */
  linkReason: LinkReason | null;
  confidence: number;
  assertionId: string | null;
}

export interface ProposalEdits extends Partial<Pick<Grading, 'stance' | 'grade' | 'basis' | 'rationale'>> {
  claimSlug?: string;
  topics?: string[];
}

const PROPOSAL_PROJECTION = `p { .id, .status, .exact, .start, .end, .prefix, .suffix, .claimSlug, .newStatement, .claimScore, .linkReason, .stance, .grade,
  .basis, .rationale, .hedged, .cited, .attribution, .confidence, .assertionId, sourceId: s.id }`;

export const CREATE_PROPOSALS = `
MATCH (s:Source {id: $sourceId})
UNWIND $rows AS row
CREATE (s)-[:HAS_PROPOSAL]->(p:Proposal {id: row.id})
SET p += row.props, p.status = 'PROPOSED', p.createdAt = datetime()`;

export const PROPOSALS_OF_SOURCES = `
UNWIND $ids AS id
MATCH (s:Source {id: id})-[:HAS_PROPOSAL]->(p:Proposal)
WHERE $status IS NULL OR p.status = $status
RETURN ${PROPOSAL_PROJECTION} AS proposal
ORDER BY s.id, p.start, p.id`;

export const PROPOSALS_BY_IDS = `
UNWIND $ids AS id
MATCH (s:Source)-[:HAS_PROPOSAL]->(p:Proposal {id: id})
RETURN ${PROPOSAL_PROJECTION} AS proposal`;

export const LOCK_PROPOSAL = `
MATCH (s:Source)-[:HAS_PROPOSAL]->(p:Proposal {id: $id})
SET p.lockedAt = datetime()
RETURN ${PROPOSAL_PROJECTION} AS proposal`;

export const SETTLE_PROPOSAL = `
MATCH (p:Proposal {id: $id})
SET p.status = $status, p.assertionId = $assertionId, p.settledAt = datetime()
REMOVE p.lockedAt`;

/** The passage's other waiting proposals of the claim just asserted: that assertion settles them too. */
export const SETTLE_SAME_CLAIM_PROPOSALS = `
MATCH (:Source {id: $sourceId})-[:HAS_PROPOSAL]->(p:Proposal {status: 'PROPOSED', start: $start, end: $end, claimSlug: $claimSlug})
SET p.status = 'ACCEPTED', p.assertionId = $assertionId, p.settledAt = datetime()
RETURN p.id AS id`;

export const REVIEW_QUEUE = `
MATCH (s:Source)-[:HAS_PROPOSAL]->(p:Proposal {status: 'PROPOSED'})
WITH s, count(p) AS pending
RETURN s.id AS sourceId, pending
ORDER BY s.createdAt DESC, s.id LIMIT $limit`;

export class ProposalRepository {
  constructor(private readonly client: Neo4jClient) {}

  /** Sources with proposals waiting for review, newest first. */
  async queue(limit: number): Promise<{ sourceId: string; pending: number }[]> {
    return this.client.read(REVIEW_QUEUE, { limit: cypherInt(limit) });
  }

  /**
   * Stores a new document and the assistant's proposals for it, as PROPOSED: curated assertions
   * are untouched. The same text again (by content hash) changes nothing and names the source.
   */
  async ingest(source: NewSource, change: Change): Promise<{ sourceId: string; created: boolean }> {
    return this.client.writeTransaction(async (run) => {
      const [same] = await run<{ id: string }>(SOURCE_WITH_HASH, { hash: source.contentHash });
      if (same) return { sourceId: same.id, created: false };
      const sourceId = await insertSource(run, source, change);
      const rows = proposeAssertions(source.text, await readKnownClaims(run)).map((p, i) => ({
        id: `${sourceId}--proposal-${i + 1}`,
        props: {
          ...p.quote,
          claimSlug: p.claim.slug,
          newStatement: p.claim.isNew ? p.claim.statement : null,
          claimScore: p.claim.score,
          linkReason: p.linkReason,
          stance: p.stance,
          grade: p.grade,
          basis: p.basis,
          rationale: p.rationale,
          hedged: p.hedged,
          cited: p.cited,
          attribution: p.attribution,
          confidence: p.confidence,
        },
      }));
      await run(CREATE_PROPOSALS, { sourceId, rows });
      return { sourceId, created: true };
    });
  }

  async ofSources(ids: readonly string[], status: string | null): Promise<ProposalRow[][]> {
    const rows = await this.client.read<{ proposal: ProposalRow }>(PROPOSALS_OF_SOURCES, { ids, status });
    return groupBy(
      ids,
      rows.map((r) => r.proposal),
      (p) => p.sourceId,
    );
  }

  async getByIds(ids: readonly string[]): Promise<(ProposalRow | null)[]> {
    const rows = await this.client.read<{ proposal: ProposalRow }>(PROPOSALS_BY_IDS, { ids });
    return inKeyOrder(
      ids,
      rows.map((r) => r.proposal),
      (p) => p.id,
    );
  }

  /** Turns a proposal into an assertion (and its new claim, if it proposed one), with the curator's edits. */
  async accept(id: string, edits: ProposalEdits, change: Change): Promise<string> {
    return this.client.writeTransaction(async (run) => {
      const proposal = await pending(run, id);
      const claimSlug =
        edits.claimSlug ??
        proposal.claimSlug ??
        (await insertClaim(
          run,
          proposal.newStatement ?? proposal.exact.slice(0, 300),
          edits.topics ?? ['unsorted'],
          change,
        ));
      const edited = Object.values(edits).some((v) => v !== undefined);
      const assertionId = await insertAssertion(
        run,
        {
          sourceId: proposal.sourceId,
          claimSlug,
          start: proposal.start,
          end: proposal.end,
          stance: edits.stance ?? proposal.stance,
          grade: edits.grade ?? proposal.grade,
          basis: edits.basis ?? proposal.basis,
          rationale: edits.rationale ?? proposal.rationale,
          hedged: proposal.hedged,
          cited: proposal.cited,
          attribution: proposal.attribution,
        },
        change,
        edited ? `curator:${change.actor}` : `assistant:${proposal.confidence}`,
      );
      await run(SETTLE_PROPOSAL, { id, status: 'ACCEPTED', assertionId });
      await revision(run, 'Proposal', id, 'accept', change, null, { assertionId, edits });
      const settled = await run<{ id: string }>(SETTLE_SAME_CLAIM_PROPOSALS, {
        sourceId: proposal.sourceId,
        start: proposal.start,
        end: proposal.end,
        claimSlug,
        assertionId,
      });
      for (const sibling of settled)
        await revision(run, 'Proposal', sibling.id, 'accept', change, null, { assertionId, settledBy: id });
      return assertionId;
    });
  }

  async reject(id: string, change: Change): Promise<void> {
    await this.client.writeTransaction(async (run) => {
      await pending(run, id);
      await run(SETTLE_PROPOSAL, { id, status: 'REJECTED', assertionId: null });
      await revision(run, 'Proposal', id, 'reject', change, null, null);
    });
  }
}

async function pending(run: TransactionRunner, id: string): Promise<ProposalRow> {
  const [row] = await run<{ proposal: ProposalRow }>(LOCK_PROPOSAL, { id });
  if (!row) throw new CurationError('NOT_FOUND', `no proposal "${id}"`, 'id');
  if (row.proposal.status !== 'PROPOSED')
    throw new CurationError('CONFLICT', `proposal "${id}" is already ${row.proposal.status}`, 'id');
  return row.proposal;
}
