import type { LinkReason } from '../domain/assistant/propose.js';
import type { Grading, Quote } from '../domain/types.js';
import { groupBy, inKeyOrder } from './key-order.js';
import { cypherInt, type CypherRunner } from './neo4j-client.js';

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
  /** The page of a PDF source the passage stands on; null for other formats. */
  page: number | null;
}

/** A proposal as the assistant makes it, to store as PROPOSED. */
export type NewProposalProps = Grading &
  Quote & {
    claimSlug: string | null;
    newStatement: string | null;
    claimScore: number;
    linkReason: LinkReason;
    confidence: number;
    /** The page of a PDF source the passage stands on; null for other formats. */
    page: number | null;
  };

export interface ProposalEdits extends Partial<Pick<Grading, 'stance' | 'grade' | 'basis' | 'rationale'>> {
  claimSlug?: string;
  topics?: string[];
}

const PROPOSAL_PROJECTION = `p { .id, .status, .exact, .start, .end, .prefix, .suffix, .claimSlug, .newStatement, .claimScore, .linkReason, .stance, .grade,
  .basis, .rationale, .hedged, .cited, .attribution, .confidence, .assertionId, .page, sourceId: s.id }`;

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
  constructor(private readonly client: CypherRunner) {}

  /** Sources with proposals waiting for review, newest first. */
  async queue(limit: number): Promise<{ sourceId: string; pending: number }[]> {
    return this.client.read(REVIEW_QUEUE, { limit: cypherInt(limit) });
  }

  /** Stores the source's proposals as PROPOSED, with ids `<source>--proposal-<n>`. */
  async store(sourceId: string, proposals: readonly NewProposalProps[]): Promise<void> {
    await this.client.write(CREATE_PROPOSALS, {
      sourceId,
      rows: proposals.map((props, i) => ({ id: `${sourceId}--proposal-${i + 1}`, props })),
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

  /** Locks the proposal until the transaction ends and reads it; null when there is none. */
  async lock(id: string): Promise<ProposalRow | null> {
    const [row] = await this.client.write<{ proposal: ProposalRow }>(LOCK_PROPOSAL, { id });
    return row?.proposal ?? null;
  }

  async settle(id: string, status: 'ACCEPTED' | 'REJECTED', assertionId: string | null): Promise<void> {
    await this.client.write(SETTLE_PROPOSAL, { id, status, assertionId });
  }

  /** Accepts the passage's other waiting proposals of the claim now asserted; returns their ids. */
  async settleSameClaim(proposal: ProposalRow, claimSlug: string, assertionId: string): Promise<string[]> {
    const rows = await this.client.write<{ id: string }>(SETTLE_SAME_CLAIM_PROPOSALS, {
      sourceId: proposal.sourceId,
      start: proposal.start,
      end: proposal.end,
      claimSlug,
      assertionId,
    });
    return rows.map((r) => r.id);
  }
}
