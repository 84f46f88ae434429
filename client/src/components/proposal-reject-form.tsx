import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import {
  inputProblem,
  MutationErrorFields,
  mutationOutcome,
  problemText,
  type MutationProblem,
} from '../lib/mutation-error';
import type { Decision } from '../lib/proposal-decision';
import { FormProblem } from './form-problem';
import { FormActions } from './form-actions';

export const RejectProposalMutation = graphql(
  `
    mutation RejectProposal($input: RejectProposalInput!) {
      rejectProposal(input: $input) {
        ok
        error {
          ...MutationErrorFields
        }
      }
    }
  `,
  [MutationErrorFields],
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
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [{ fetching }, reject] = useMutation(RejectProposalMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) return setProblem(inputProblem('reason', 'Say why the proposal is wrong.'));
    const result = await reject({ input: { id: proposalId, reason: reason.trim() } });
    const { problem } = mutationOutcome(result, result.data?.rejectProposal, 'The rejection was refused.');
    if (problem) return setProblem(problem);
    onDecided({ kind: 'rejected', exact, reason: reason.trim() });
  };

  return (
    <form className="proposal-form" aria-label="Reject this proposal" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason for rejecting (required)</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
      </div>
      {problem && <FormProblem>{problemText(problem)}</FormProblem>}
      <FormActions label="Reject proposal" busyLabel="Rejecting…" busy={fetching} onCancel={onCancel} />
    </form>
  );
}
