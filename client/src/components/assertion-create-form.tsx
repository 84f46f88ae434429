import { GradeBasisFields } from './grade-basis-fields';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import { STANCE_INFO, STANCES, type EvidenceGrade, type Stance } from '../lib/evidence';
import { MutationErrorFields, mutationOutcome, problemText, type MutationProblem } from '../lib/mutation-error';
import { ClaimSelect } from './claim-select';
import { FormProblem } from './form-problem';
import { FormActions } from './form-actions';

export const CreateAssertionMutation = graphql(
  `
    mutation CreateAssertion($input: CreateAssertionInput!) {
      createAssertion(input: $input) {
        ok
        error {
          ...MutationErrorFields
        }
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
  [MutationErrorFields],
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
  const [{ fetching: saving }, create] = useMutation(CreateAssertionMutation);
  const [claimId, setClaimId] = useState('');
  const [stance, setStance] = useState<Stance>('SUPPORTS');
  const [grade, setGrade] = useState<EvidenceGrade>('ANECDOTAL');
  const [basis, setBasis] = useState('none_given');
  const [rationale, setRationale] = useState('');
  const [hedged, setHedged] = useState(false);
  const [cited, setCited] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const input = {
      sourceId: sourceSlug,
      claimId,
      start: passage.start,
      end: passage.end,
      stance,
      grade,
      basis,
      rationale,
      hedged,
      cited,
    };
    const result = await create({ input });
    const { payload, problem } = mutationOutcome(result, result.data?.createAssertion, 'The assertion was refused.');
    if (problem) return setProblem(problem);
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
        <ClaimSelect id={`${id}-claim`} value={claimId} onChange={setClaimId} autoFocus />
      </div>
      <fieldset className="field-row">
        <legend>Stance</legend>
        {STANCES.map((s) => (
          <label key={s}>
            <input type="radio" name={`${id}-stance`} value={s} checked={stance === s} onChange={() => setStance(s)} />{' '}
            <span aria-hidden="true">{STANCE_INFO[s].icon}</span> {STANCE_INFO[s].label}
          </label>
        ))}
      </fieldset>
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
      {problem && <FormProblem>{problemText(problem)}</FormProblem>}
      <FormActions label="Create assertion" busyLabel="Saving…" busy={saving} onCancel={onCancel} />
    </form>
  );
}
