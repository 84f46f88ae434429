import type { CombinedError } from 'urql';

/** The first GraphQL error's `extensions.code` (UNAUTHENTICATED, CONFLICT, BAD_USER_INPUT, …). */
export const errorCode = (error: CombinedError | undefined): string | undefined => {
  const code = error?.graphQLErrors.find((e) => e.extensions?.code)?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
};

/** A mutation's failure in words for a curator. */
export function mutationProblem(error: CombinedError): string {
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED':
      return 'Your curator token was not accepted.';
    case 'CONFLICT':
      return 'Someone changed this since you opened it: reload.';
    default:
      return error.networkError
        ? 'The server could not be reached.'
        : error.graphQLErrors.map((e) => e.message).join('; ') || error.message;
  }
}
