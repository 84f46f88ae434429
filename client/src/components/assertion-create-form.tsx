import { GradingFields, type Grading } from './grading-fields';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../graphql';
import { MutationOutcomeFields, useMutationForm } from '../lib/mutation-error';
import { ClaimPicker } from './claim-picker';
import { FormProblem } from './form-problem';
import { FormActions } from './form-actions';

export const CreateAssertionMutation = graphql(
  `
    mutation CreateAssertion($input: CreateAssertionInput!) {
      createAssertion(input: $input) {
        ...MutationOutcomeFields
        assertion {
          id
          stance
          grade
          quote {
            start
            end
            exact
          }
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

interface Props {
  sourceSlug: string;
  passage: { start: number; end: number; exact: string };
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A curator attaches the selected passage to a claim with a stance, a grade, its basis and a rationale. */
export function AssertionCreateForm({ sourceSlug, passage, onDone, onCancel }: Props) {
  const id = useId();
  const save = useMutationForm(CreateAssertionMutation, (data) => data.createAssertion, 'The assertion was refused.');
  const [claimId, setClaimId] = useState('');
  const [grading, setGrading] = useState<Grading>({ stance: 'SUPPORTS', grade: 'ANECDOTAL', basis: 'none_given' });
  const [rationale, setRationale] = useState('');
  const [hedged, setHedged] = useState(false);
  const [cited, setCited] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      sourceId: sourceSlug,
      claimId,
      start: passage.start,
      end: passage.end,
      ...grading,
      rationale,
      hedged,
      cited,
    };
    const payload = await save.send({ input });
    if (payload)
      onDone(`Attached to “${payload.assertion?.claim.statement ?? 'the claim'}”: its highlight is in the text.`);
  };

  return (
    <form className="curate-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-heading`}>New assertion</h2>
      <blockquote className="quote">
        <mark className="quote-exact">{passage.exact}</mark>
      </blockquote>
      <p className="muted">
        Characters {passage.start}–{passage.end}
      </p>
      <div className="field">
        <label htmlFor={`${id}-claim`}>Claim</label>
        <ClaimPicker
          id={`${id}-claim`}
          onChoose={(claim) => setClaimId(claim.slug)}
          onClear={() => setClaimId('')}
          inForm
          autoFocus
        />
      </div>
      <GradingFields id={id} value={grading} onChange={setGrading} stanceAs="radios" explained />
      <div className="field">
        <label htmlFor={`${id}-rationale`}>Rationale (why this grade, naming the cue words)</label>
        <textarea
          id={`${id}-rationale`}
          rows={3}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          required
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={hedged} onChange={(e) => setHedged(e.target.checked)} /> Hedged (may, suggest,
        promising, early)
      </label>
      <label className="check">
        <input type="checkbox" checked={cited} onChange={(e) => setCited(e.target.checked)} /> Cited (DOI, PMID, trial
        id, author-year)
      </label>
      <FormProblem problem={save.problem} />
      <FormActions label="Create assertion" busyLabel="Saving…" busy={save.busy} onCancel={onCancel} />
    </form>
  );
}
