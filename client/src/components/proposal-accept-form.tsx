import { GradingFields, type Grading } from './grading-fields';
import { useId, useState, type FormEvent } from 'react';
import { graphql, readFragment, type FragmentOf, type VariablesOf } from '../graphql';
import { inputProblem, MutationOutcomeFields, useMutationForm } from '../lib/mutation-error';
import type { Decision } from '../lib/proposal-decision';
import { ClaimPicker } from './claim-picker';
import { FormProblem } from './form-problem';
import { FormActions } from './form-actions';

export const ProposalAcceptFields = graphql(`
  fragment ProposalAcceptFields on Proposal {
    id
    stance
    grade
    basis
    rationale
    newClaimStatement
    claim {
      slug
      statement
    }
  }
`);

export const AcceptProposalMutation = graphql(
  `
    mutation AcceptProposal($input: AcceptProposalInput!) {
      acceptProposal(input: $input) {
        ...MutationOutcomeFields
        assertion {
          id
          grade
          claim {
            id
            slug
            statement
          }
        }
      }
    }
  `,
  [MutationOutcomeFields],
);

/**
 * acceptProposal, as proposed (`{ id }` only) or with the curator's changes: the one way the card's
 * "Accept" and this form send it; the decision goes to `onDecided`, a refusal to `problem`.
 */
export function useAcceptProposal(onDecided: ((decision: Decision) => void) | undefined) {
  const save = useMutationForm(AcceptProposalMutation, (data) => data.acceptProposal, 'The proposal was refused.');
  const accept = async (input: VariablesOf<typeof AcceptProposalMutation>['input']) => {
    const assertion = (await save.send({ input }))?.assertion;
    if (assertion)
      onDecided?.({ kind: 'accepted', assertionId: assertion.id, claim: assertion.claim, grade: assertion.grade });
  };
  return { ...save, accept };
}

const TOPIC = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "Hair, wound healing" → ["hair", "wound-healing"]; null when one is not a kebab-case word. */
function parseTopics(text: string): string[] | null {
  const topics = [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim().toLowerCase().replace(/\s+/g, '-'))
        .filter(Boolean),
    ),
  ];
  return topics.every((t) => TOPIC.test(t)) ? topics : null;
}

interface Props {
  proposal: FragmentOf<typeof ProposalAcceptFields>;
  onDecided: (decision: Decision) => void;
  onCancel: () => void;
}

/** "Edit then accept": the curator's stance, grade, basis (the grade's own kinds only), rationale and claim, then acceptProposal. */
export function ProposalAcceptForm(props: Props) {
  const proposal = readFragment(ProposalAcceptFields, props.proposal);
  const id = useId();
  const acceptance = useAcceptProposal(props.onDecided);
  const [claimChoice, setClaimChoice] = useState<'keep' | 'other'>('keep');
  const [otherClaim, setOtherClaim] = useState('');
  const [topics, setTopics] = useState('');
  const [grading, setGrading] = useState<Grading>({
    stance: proposal.stance,
    grade: proposal.grade,
    basis: proposal.basis,
  });
  const [rationale, setRationale] = useState(proposal.rationale);
  const [reason, setReason] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const newTopics = !proposal.claim && claimChoice === 'keep' && topics.trim() ? parseTopics(topics) : undefined;
    if (newTopics === null)
      return acceptance.setProblem(
        inputProblem('topics', 'Topics must be kebab-case words separated by commas, such as “hair, wound-healing”.'),
      );
    const input = {
      id: proposal.id,
      ...grading,
      rationale,
      topics: newTopics,
      claimId: claimChoice === 'other' ? otherClaim : undefined,
      reason: reason.trim() || undefined,
    };
    await acceptance.accept(input);
  };

  return (
    <form className="proposal-form" aria-label="Edit then accept this proposal" onSubmit={(e) => void submit(e)}>
      <fieldset className="field-stack">
        <legend>Claim</legend>
        <label>
          <input
            type="radio"
            name={`${id}-claim`}
            checked={claimChoice === 'keep'}
            onChange={() => setClaimChoice('keep')}
            autoFocus
          />{' '}
          {proposal.claim ? (
            <>Keep the proposed claim: “{proposal.claim.statement}”</>
          ) : (
            <>Make the proposed new claim: “{proposal.newClaimStatement}”</>
          )}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-claim`}
            checked={claimChoice === 'other'}
            onChange={() => setClaimChoice('other')}
          />{' '}
          Choose another existing claim
        </label>
      </fieldset>
      {claimChoice === 'other' && (
        <div className="field">
          <label htmlFor={`${id}-other`}>Existing claim</label>
          <ClaimPicker
            id={`${id}-other`}
            onChoose={(claim) => setOtherClaim(claim.slug)}
            onClear={() => setOtherClaim('')}
            exclude={proposal.claim?.slug}
            inForm
          />
        </div>
      )}
      {!proposal.claim && claimChoice === 'keep' && (
        <div className="field">
          <label htmlFor={`${id}-topics`}>Topics of the new claim (comma-separated; “unsorted” when left empty)</label>
          <input
            id={`${id}-topics`}
            value={topics}
            onChange={(e) => setTopics(e.target.value)}
            placeholder="hair, wound-healing"
          />
        </div>
      )}
      <div className="proposal-form-row">
        <GradingFields id={id} value={grading} onChange={setGrading} explained />
      </div>
      <div className="field">
        <label htmlFor={`${id}-rationale`}>Rationale (why this grade, naming the cue words)</label>
        <textarea
          id={`${id}-rationale`}
          rows={2}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason for the change (optional)</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <FormProblem problem={acceptance.problem} />
      <FormActions
        label="Accept with these changes"
        busyLabel="Accepting…"
        busy={acceptance.busy}
        onCancel={props.onCancel}
      />
    </form>
  );
}
