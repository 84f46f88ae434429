import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import { mutationProblem } from '../lib/error-code';
import type { Decision } from '../lib/proposal-decision';
import { FormProblem } from './form-problem';
import { FormActions } from './form-actions';

export const RejectProposalMutation = graphql(`
  mutation RejectProposal($input: RejectProposalInput!) {
    rejectProposal(input: $input) {
      ok
      error {
        code
        field
        message
      }
    }
  }
`);

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
  const [problem, setProblem] = useState('');
  const [{ fetching }, reject] = useMutation(RejectProposalMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    if (!reason.trim()) return setProblem('Say why the proposal is wrong (reason).');
    const result = await reject({ input: { id: proposalId, reason: reason.trim() } });
    if (result.error) return setProblem(mutationProblem(result.error));
    const payload = result.data?.rejectProposal;
    if (!payload?.ok)
      return setProblem(
        `${payload?.error?.message ?? 'The rejection was refused.'}${payload?.error?.field ? ` (${payload.error.field})` : ''}`,
      );
    onDecided({ kind: 'rejected', exact, reason: reason.trim() });
  };

  return (
    <form className="proposal-form" aria-label="Reject this proposal" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason for rejecting (required)</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
      </div>
      {problem && <FormProblem>{problem}</FormProblem>}
      <FormActions label="Reject proposal" busyLabel="Rejecting…" busy={fetching} onCancel={onCancel} />
    </form>
  );
}
