import { GradeBasisFields } from './grade-basis-fields';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../graphql';
import { STANCE_INFO, STANCES, type EvidenceGrade, type Stance } from '../lib/evidence';
import { mutationProblem } from '../lib/error-code';
import { FormProblem } from './form-problem';
import { FormActions } from './form-actions';

export const ClaimChoicesQuery = graphql(`
  query ClaimChoices {
    claims(first: 200) {
      edges {
        node {
          id
          slug
          statement
        }
      }
    }
  }
`);

export const CreateAssertionMutation = graphql(`
  mutation CreateAssertion($input: CreateAssertionInput!) {
    createAssertion(input: $input) {
      ok
      error {
        message
        field
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
`);

interface Props {
  sourceSlug: string;
  passage: { start: number; end: number; exact: string };
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A curator attaches the selected passage to a claim with a stance, a grade, its basis and a rationale. */
export function AssertionCreateForm({ sourceSlug, passage, onDone, onCancel }: Props) {
  const id = useId();
  const [{ data: choices, fetching, error: choicesError }] = useQuery({ query: ClaimChoicesQuery });
  const [{ fetching: saving }, create] = useMutation(CreateAssertionMutation);
  const [claimId, setClaimId] = useState('');
  const [stance, setStance] = useState<Stance>('SUPPORTS');
  const [grade, setGrade] = useState<EvidenceGrade>('ANECDOTAL');
  const [basis, setBasis] = useState('none_given');
  const [rationale, setRationale] = useState('');
  const [hedged, setHedged] = useState(false);
  const [cited, setCited] = useState(false);
  const [problem, setProblem] = useState('');
  const first = useRef<HTMLSelectElement>(null);

  useEffect(() => first.current?.focus(), [passage.start, passage.end, choices]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
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
    if (result.error) return setProblem(mutationProblem(result.error));
    const payload = result.data?.createAssertion;
    if (!payload?.ok)
      return setProblem(
        `${payload?.error?.message ?? 'The assertion was refused.'}${payload?.error?.field ? ` (${payload.error.field})` : ''}`,
      );
    onDone(`Attached to “${payload.assertion?.claim.statement ?? 'the claim'}”: its highlight is in the text.`);
  };

  const claims = choices?.claims.edges.map((e) => e.node) ?? [];
  return (
    <form className="curate-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-heading`}>New assertion</h2>
      <blockquote className="quote">
        <mark className="quote-exact">{passage.exact}</mark>
      </blockquote>
      <p className="muted">
        Characters {passage.start}–{passage.end}
      </p>
      {fetching && !choices && <p role="status">Loading the claims…</p>}
      {choicesError && <p role="alert">The claims could not be loaded: {choicesError.message}</p>}
      <div className="field">
        <label htmlFor={`${id}-claim`}>Claim</label>
        <select id={`${id}-claim`} ref={first} value={claimId} onChange={(e) => setClaimId(e.target.value)} required>
          <option value="">Choose a claim…</option>
          {claims.map((c) => (
            <option key={c.id} value={c.slug}>
              {c.statement}
            </option>
          ))}
        </select>
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
      {problem && <FormProblem>{problem}</FormProblem>}
      <FormActions label="Create assertion" busyLabel="Saving…" busy={saving} onCancel={onCancel} />
    </form>
  );
}
