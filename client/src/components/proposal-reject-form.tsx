import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../graphql';
import { inputProblem, MutationOutcomeFields, useMutationForm } from '../lib/mutation-error';
import type { Decision } from '../lib/proposal-decision';
import { FormProblem } from './form-problem';
import { FormActions } from './form-actions';

export const RejectProposalMutation = graphql(
  `
    mutation RejectProposal($input: RejectProposalInput!) {
      rejectProposal(input: $input) {
        ...MutationOutcomeFields
      }
    }
  `,
  [MutationOutcomeFields],
);

interface Props {
  proposalId: string;
  exact: string;
  onDecided: (decision: Decision) => void;
  onCancel: () => void;
}

/** Rejects a proposal; the reason is required and kept in the proposal's history. */
export function ProposalRejectForm({ proposalId, exact, onDecided, onCancel }: Props) {
  const id = useId();
  const [reason, setReason] = useState('');
  const save = useMutationForm(RejectProposalMutation, (data) => data.rejectProposal, 'The rejection was refused.');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return save.setProblem(inputProblem('reason', 'Say why the proposal is wrong.'));
    if (await save.send({ input: { id: proposalId, reason: reason.trim() } }))
      onDecided({ kind: 'rejected', exact, reason: reason.trim() });
  };

  return (
    <form className="proposal-form" aria-label="Reject this proposal" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason for rejecting (required)</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
      </div>
      <FormProblem problem={save.problem} />
      <FormActions label="Reject proposal" busyLabel="Rejecting…" busy={save.busy} onCancel={onCancel} />
    </form>
  );
}
