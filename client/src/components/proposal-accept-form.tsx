import { GradeBasisFields } from './grade-basis-fields';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { mutationProblem } from '../lib/error-code';
import { STANCE_INFO, STANCES, type EvidenceGrade, type Stance } from '../lib/evidence';
import type { Decision } from '../lib/proposal-decision';
import { ClaimPicker, type PickedClaim } from './claim-picker';
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

export const AcceptProposalMutation = graphql(`
  mutation AcceptProposal($input: AcceptProposalInput!) {
    acceptProposal(input: $input) {
      ok
      error {
        code
        field
        message
      }
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
`);

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
  const [{ fetching }, accept] = useMutation(AcceptProposalMutation);
  const [claimChoice, setClaimChoice] = useState<'keep' | 'other'>('keep');
  const [otherClaim, setOtherClaim] = useState<PickedClaim | null>(null);
  const [topics, setTopics] = useState('');
  const [stance, setStance] = useState<Stance>(proposal.stance);
  const [grade, setGrade] = useState<EvidenceGrade>(proposal.grade);
  const [basis, setBasis] = useState(proposal.basis);
  const [rationale, setRationale] = useState(proposal.rationale);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    if (claimChoice === 'other' && !otherClaim) return setProblem('Choose a claim from the list (claimId).');
    const newTopics = !proposal.claim && claimChoice === 'keep' && topics.trim() ? parseTopics(topics) : undefined;
    if (newTopics === null)
      return setProblem('Topics must be kebab-case words separated by commas, such as “hair, wound-healing” (topics).');
    const input = {
      id: proposal.id,
      stance,
      grade,
      basis,
      rationale,
      topics: newTopics,
      claimId: claimChoice === 'other' ? otherClaim?.slug : undefined,
      reason: reason.trim() || undefined,
    };
    const result = await accept({ input });
    if (result.error) return setProblem(mutationProblem(result.error));
    const payload = result.data?.acceptProposal;
    if (!payload?.ok || !payload.assertion)
      return setProblem(
        `${payload?.error?.message ?? 'The proposal was refused.'}${payload?.error?.field ? ` (${payload.error.field})` : ''}`,
      );
    props.onDecided({
      kind: 'accepted',
      assertionId: payload.assertion.id,
      claim: payload.assertion.claim,
      grade: payload.assertion.grade,
    });
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
        <ClaimPicker
          label="Existing claim"
          value={otherClaim}
          onChange={setOtherClaim}
          exclude={proposal.claim?.slug}
        />
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
        <div className="field">
          <label htmlFor={`${id}-stance`}>Stance</label>
          <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {STANCE_INFO[s].icon} {STANCE_INFO[s].label}
              </option>
            ))}
          </select>
        </div>
        <GradeBasisFields
          id={id}
          grade={grade}
          basis={basis}
          onChange={(nextGrade, nextBasis) => {
            setGrade(nextGrade);
            setBasis(nextBasis);
          }}
          explained
        />
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
      {problem && <FormProblem>{problem}</FormProblem>}
      <FormActions label="Accept with these changes" busyLabel="Accepting…" busy={fetching} onCancel={props.onCancel} />
    </form>
  );
}
