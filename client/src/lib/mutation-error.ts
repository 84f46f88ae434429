import { useState } from 'react';
import { useMutation, type AnyVariables, type CombinedError, type DocumentInput } from 'urql';
import { graphql, readFragment, type FragmentOf } from '../graphql';

/**
 * The mutation-error fragment: whether a curation mutation went through, or why not. Every payload
 * implements CurationPayload, so each mutation document spreads this one fragment beside what it made.
 */
export const MutationOutcomeFields = graphql(`
  fragment MutationOutcomeFields on CurationPayload {
    ok
    error {
      code
      field
      message
    }
  }
`);

/** Why a form could not be saved, for FormProblem: in words, with the code and the input field at fault. */
export interface MutationProblem {
  text: string;
  /** UNAUTHENTICATED, CONFLICT (from the request), INVALID, NOT_FOUND (from the payload), … */
  code: string | null;
  field: string | null;
}

type Payload = FragmentOf<typeof MutationOutcomeFields>;

/** The first GraphQL error's `extensions.code` (UNAUTHENTICATED, CONFLICT, BAD_USER_INPUT, …). */
const errorCode = (error: CombinedError): string | null => {
  const code = error.graphQLErrors.find((e) => e.extensions?.code)?.extensions?.code;
  return typeof code === 'string' ? code : null;
};

function requestProblem(error: CombinedError): MutationProblem {
  const code = errorCode(error);
  const text =
    code === 'UNAUTHENTICATED'
      ? 'Your curator token was not accepted.'
      : code === 'CONFLICT'
        ? 'Someone changed this since you opened it: reload.'
        : error.networkError
          ? 'The server could not be reached.'
          : error.graphQLErrors.map((e) => e.message).join('; ') || error.message;
  return { text, code, field: null };
}

/**
 * A mutation's outcome, the one way every form reads it: the payload when it went through, else
 * the problem, whether the request failed (no token, a stale version, no server) or the payload
 * refused the input (`ok: false` with `error`). `refused` is said when a payload gives no reason.
 */
export function mutationOutcome<P extends Payload>(
  result: { error?: CombinedError | undefined },
  payload: P | null | undefined,
  refused: string,
): { payload: P; problem: null } | { payload: null; problem: MutationProblem } {
  if (result.error) return { payload: null, problem: requestProblem(result.error) };
  const outcome = payload ? readFragment(MutationOutcomeFields, payload) : null;
  if (payload && outcome?.ok) return { payload, problem: null };
  const error = outcome?.error;
  return {
    payload: null,
    problem: { text: error?.message ?? refused, code: error?.code ?? null, field: error?.field ?? null },
  };
}

/** "The passage is already an assertion of this claim (claimId)". */
export const problemText = (problem: MutationProblem): string =>
  problem.field ? `${problem.text} (${problem.field})` : problem.text;

/** A problem the form finds itself before sending, named by the field at fault as the server would. */
export const inputProblem = (field: string, text: string): MutationProblem => ({ text, code: 'INVALID', field });

/**
 * A curator's mutation as a form uses it: `send` returns the payload when it went through, else
 * null with `problem` set (cleared at each send; `setProblem` for what the form finds itself).
 */
export function useMutationForm<Data, Variables extends AnyVariables, P extends Payload>(
  document: DocumentInput<Data, Variables>,
  payloadOf: (data: Data) => P | null | undefined,
  refused: string,
) {
  const [{ fetching }, execute] = useMutation(document);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const send = async (variables: Variables): Promise<P | null> => {
    setProblem(null);
    const result = await execute(variables);
    const outcome = mutationOutcome(result, result.data ? payloadOf(result.data) : null, refused);
    setProblem(outcome.problem);
    return outcome.payload;
  };
  return { busy: fetching, problem, setProblem, send };
}
