import { GraphQLError } from 'graphql';
import { type Change, CurationError } from '../domain/curation.js';
import { builder } from './builder.js';
import type { GraphQLContext } from './context.js';

/** A refusal as data: GraphQL treats an Error returned by a resolver as a failure of that field. */
export interface CurationProblem {
  code: CurationError['code'];
  message: string;
  field: string | null;
}

/** What a curation mutation answers: ok, or the error the curator can act on; `key` is what it made or changed. */
export interface CurationOutcome {
  error: CurationProblem | null;
  key: string | null;
}

export const CurationErrorRef = builder.objectRef<CurationProblem>('CurationError').implement({
  description: 'Why a change was refused. Nothing was written.',
  fields: (t) => ({
    code: t.string({ description: 'INVALID or NOT_FOUND.', resolve: (e) => e.code }),
    message: t.string({ resolve: (e) => e.message }),
    field: t.string({ nullable: true, description: 'The input field at fault.', resolve: (e) => e.field }),
  }),
});

/**
 * Every curation mutation's payload: `ok`, or the `error` the curator can act on. One interface,
 * so that a client reads every payload's outcome with one fragment.
 */
export const CurationPayloadRef = builder.interfaceRef<CurationOutcome>('CurationPayload').implement({
  description: 'What a curation mutation answers: ok, or why the change was refused (then nothing was written).',
  fields: (t) => ({
    ok: t.boolean({ resolve: (p) => p.error === null }),
    error: t.field({ type: CurationErrorRef, nullable: true, resolve: (p) => p.error }),
  }),
});

/** The curator behind the request's bearer token, with the reason for the change; refuses everyone else. */
export function curatorChange(ctx: GraphQLContext, reason: string | null | undefined): Change {
  if (!ctx.curator) {
    throw new GraphQLError('curation needs "Authorization: Bearer <token>" of a curator', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  const text = (reason ?? '').trim();
  if (!text)
    throw new GraphQLError('every change needs a reason', { extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
  return { actor: ctx.curator, reason: text.slice(0, 1000) };
}

/**
 * Runs a change and shapes its outcome: a refused input becomes the payload's `error`; a stale
 * version is a CONFLICT error of the operation, as DESIGN.md fixes.
 */
export async function attempt(work: () => Promise<string | null>): Promise<CurationOutcome> {
  try {
    return { error: null, key: await work() };
  } catch (error) {
    if (!(error instanceof CurationError)) throw error;
    if (error.code === 'CONFLICT')
      throw new GraphQLError(error.message, { extensions: { code: 'CONFLICT', field: error.field } });
    return { error: { code: error.code, message: error.message, field: error.field }, key: null };
  }
}
