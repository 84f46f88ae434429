import { GradingFields, type Grading } from './grading-fields';
import { useId, useState, type FormEvent } from 'react';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import { MutationOutcomeFields, useMutationForm } from '../lib/mutation-error';
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
        ...MutationOutcomeFields
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
  [MutationOutcomeFields],
);

/** A curator's "Edit": stance, grade and basis with a required reason, against the version read (a stale one is refused). */
export function AssertionEditor(props: { assertion: FragmentOf<typeof AssertionEditorFields> }) {
  const assertion = readFragment(AssertionEditorFields, props.assertion);
  const id = useId();
  const [open, setOpen] = useState(false);
  const graded = (): Grading => ({ stance: assertion.stance, grade: assertion.grade, basis: assertion.basis });
  const [grading, setGrading] = useState(graded);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState(false);
  const [openedAt, setOpenedAt] = useState(assertion.version);
  const save = useMutationForm(UpdateAssertionMutation, (data) => data.updateAssertion, 'The change was refused.');

  const start = () => {
    setGrading(graded());
    setReason('');
    save.setProblem(null);
    setSaved(false);
    setOpenedAt(assertion.version);
    setOpen(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const payload = await save.send({
      input: { id: assertion.id, expectedVersion: openedAt, reason, ...grading },
    });
    if (!payload) return;
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
      <GradingFields id={id} value={grading} onChange={setGrading} autoFocus />
      <div className="field field-text">
        <label htmlFor={`${id}-reason`}>Reason for the change (required)</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required />
      </div>
      <FormProblem problem={save.problem}>
        {' '}
        {save.problem?.code === 'CONFLICT' && (
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        )}
      </FormProblem>
      <FormActions
        label="Save change"
        busyLabel="Saving…"
        busy={save.busy}
        disabled={!reason.trim()}
        onCancel={() => setOpen(false)}
      />
    </form>
  );
}
