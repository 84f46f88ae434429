import { GradeBasisFields } from './grade-basis-fields';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { MutationErrorFields, mutationOutcome, problemText, type MutationProblem } from '../lib/mutation-error';
import { STANCE_INFO, STANCES, type Stance } from '../lib/evidence';
import { FormProblem } from './form-problem';
import { FormActions } from './form-actions';

export const AssertionEditorFields = graphql(`
  fragment AssertionEditorFields on Assertion {
    id
    version
    stance
    grade
    basis
  }
`);

export const UpdateAssertionMutation = graphql(
  `
    mutation UpdateAssertion($input: UpdateAssertionInput!) {
      updateAssertion(input: $input) {
        ok
        error {
          ...MutationErrorFields
        }
        assertion {
          id
          version
          stance
          grade
          basis
        }
      }
    }
  `,
  [MutationErrorFields],
);

/** A curator's "Edit": stance, grade and basis with a required reason, against the version read (a stale one is refused). */
export function AssertionEditor(props: { assertion: FragmentOf<typeof AssertionEditorFields> }) {
  const assertion = readFragment(AssertionEditorFields, props.assertion);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [stance, setStance] = useState(assertion.stance);
  const [grade, setGrade] = useState(assertion.grade);
  const [basis, setBasis] = useState(assertion.basis);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [openedAt, setOpenedAt] = useState(assertion.version);
  const [{ fetching }, update] = useMutation(UpdateAssertionMutation);

  const start = () => {
    setStance(assertion.stance);
    setGrade(assertion.grade);
    setBasis(assertion.basis);
    setReason('');
    setProblem(null);
    setSaved(false);
    setOpenedAt(assertion.version);
    setOpen(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const input = { id: assertion.id, expectedVersion: openedAt, reason, stance, grade, basis };
    const result = await update({ input });
    const { problem } = mutationOutcome(result, result.data?.updateAssertion, 'The change was refused.');
    if (problem) return setProblem(problem);
    setOpen(false);
    setSaved(true);
  };

  if (!open) {
    return (
      <span className="assertion-editor">
        <button type="button" onClick={start}>
          <span aria-hidden="true">✎ </span>Edit
        </button>
        {saved && (
          <span role="status" className="copy-status">
            Saved.
          </span>
        )}
      </span>
    );
  }
  return (
    <form className="edit-form" aria-label="Edit this assertion" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-stance`}>Stance</label>
        <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as Stance)} autoFocus>
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
      />
      <div className="field field-text">
        <label htmlFor={`${id}-reason`}>Reason for the change (required)</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required />
      </div>
      {problem && (
        <FormProblem>
          {problemText(problem)}{' '}
          {problem.code === 'CONFLICT' && (
            <button type="button" onClick={() => window.location.reload()}>
              Reload
            </button>
          )}
        </FormProblem>
      )}
      <FormActions
        label="Save change"
        busyLabel="Saving…"
        busy={fetching}
        disabled={!reason.trim()}
        onCancel={() => setOpen(false)}
      />
    </form>
  );
}
