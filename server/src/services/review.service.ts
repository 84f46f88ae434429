import type { ProposalEdits, ProposalRow } from '../db/proposal.repository.js';
import type { Database, Repositories } from '../db/repositories.js';
import { type Change, CurationError, requireTopics } from '../domain/curation.js';
import type { AssistantIndex } from './assistant-index.service.js';
import { insertAssertion, insertClaim } from './curation-steps.js';

/**
 * A curator's decision on the grading assistant's proposals: accept (as proposed or edited), which
 * makes an assertion and, where proposed, a new claim; or reject. Each with its revision.
 */
export class ReviewService {
  constructor(
    private readonly database: Database,
    /** The process's kept assistant index, told of the claim each accepted proposal gave a quote. */
    private readonly assistantIndex: Pick<AssistantIndex, 'changed'> | null = null,
  ) {}

  /** Turns a proposal into an assertion (and its new claim, if it proposed one), with the curator's edits. */
  async accept(id: string, edits: ProposalEdits, change: Change): Promise<string> {
    const checked = { ...edits, topics: edits.topics ? requireTopics(edits.topics) : undefined };
    const { assertionId, claimSlug } = await this.database.transaction(async (tx) => {
      const proposal = await pending(tx, id);
      const claimSlug =
        checked.claimSlug ??
        proposal.claimSlug ??
        (await insertClaim(
          tx,
          proposal.newStatement ?? proposal.exact.slice(0, 300),
          checked.topics ?? ['unsorted'],
          change,
        ));
      const edited = Object.values(checked).some((v) => v !== undefined);
      const assertionId = await insertAssertion(
        tx,
        {
          sourceId: proposal.sourceId,
          claimSlug,
          start: proposal.start,
          end: proposal.end,
          stance: checked.stance ?? proposal.stance,
          grade: checked.grade ?? proposal.grade,
          basis: checked.basis ?? proposal.basis,
          rationale: checked.rationale ?? proposal.rationale,
          hedged: proposal.hedged,
          cited: proposal.cited,
          attribution: proposal.attribution,
        },
        change,
        edited ? `curator:${change.actor}` : `assistant:${proposal.confidence}`,
      );
      await tx.proposals.settle(id, 'ACCEPTED', assertionId);
      const siblings = await tx.proposals.settleSameClaim(proposal, claimSlug, assertionId);
      await tx.revisions.record(
        [
          {
            targetType: 'Proposal',
            targetId: id,
            action: 'accept',
            before: null,
            after: { assertionId, edits: checked },
          },
          ...siblings.map((sibling) => ({
            targetType: 'Proposal',
            targetId: sibling,
            action: 'accept',
            before: null,
            after: { assertionId, settledBy: id },
          })),
        ],
        change,
      );
      return { assertionId, claimSlug };
    });
    this.assistantIndex?.changed([claimSlug]);
    return assertionId;
  }

  async reject(id: string, change: Change): Promise<void> {
    await this.database.transaction(async (tx) => {
      await pending(tx, id);
      await tx.proposals.settle(id, 'REJECTED', null);
      await tx.revisions.record(
        [{ targetType: 'Proposal', targetId: id, action: 'reject', before: null, after: null }],
        change,
      );
    });
  }
}

async function pending(tx: Repositories, id: string): Promise<ProposalRow> {
  const proposal = await tx.proposals.lock(id);
  if (!proposal) throw new CurationError('NOT_FOUND', `no proposal "${id}"`, 'id');
  if (proposal.status !== 'PROPOSED')
    throw new CurationError('CONFLICT', `proposal "${id}" is already ${proposal.status}`, 'id');
  return proposal;
}
