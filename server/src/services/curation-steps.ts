import { pageOfOffset } from '../domain/pages.js';
import type { NewAssertionProps } from '../db/assertion.repository.js';
import type { Repositories } from '../db/repositories.js';
import type { NewSourceProps } from '../db/source.repository.js';
import { basisMismatch, type Change, CurationError, firstFreeKey, selectedQuote, slugFor } from '../domain/curation.js';
import type { Grading } from '../domain/types.js';
import { refreshConsensus } from './consensus-refresh.js';

/** A source as made in the app: its text and the metadata given with it. */
export type NewSource = NewSourceProps;

/** An assertion as a curator makes it: a passage chosen by offsets, and its grading. */
export interface NewAssertion extends Grading {
  sourceId: string;
  claimSlug: string;
  start: number;
  end: number;
}

/** Steps that several use cases take inside their own transaction (`tx`). */

/** The first key no source, claim or assertion holds: `base`, else `base-2`, `base-3`, … */
export async function freeKey(tx: Repositories, base: string): Promise<string> {
  return firstFreeKey(base, await tx.keys.takenWithPrefix(base));
}

/** A new source with an id from its title, and its revision. */
export async function insertSource(tx: Repositories, source: NewSource, change: Change): Promise<string> {
  const id = await freeKey(tx, slugFor(source.title) || 'source');
  await tx.sources.create(id, source);
  await tx.revisions.record(
    [
      {
        targetType: 'Source',
        targetId: id,
        action: 'create',
        before: null,
        after: { title: source.title, kind: source.kind, contentHash: source.contentHash },
      },
    ],
    change,
  );
  return id;
}

/** A new claim with a slug of its own, its consensus and its revision. */
export async function insertClaim(
  tx: Repositories,
  statement: string,
  topics: string[],
  change: Change,
): Promise<string> {
  const slug = await freeKey(tx, slugFor(statement));
  await tx.claims.create(slug, statement, topics);
  await refreshConsensus(tx, [slug], change);
  await tx.revisions.record(
    [
      {
        targetType: 'Claim',
        targetId: slug,
        action: 'create',
        before: null,
        after: { statement, topics },
        claimSlug: slug,
      },
    ],
    change,
  );
  return slug;
}

/** A new assertion on a passage chosen by offsets: checked, stored, its claim's consensus refreshed, its revision. */
export async function insertAssertion(
  tx: Repositories,
  input: NewAssertion,
  change: Change,
  gradedBy: string,
): Promise<string> {
  const mismatch = basisMismatch(input.grade, input.basis);
  if (mismatch) throw new CurationError('INVALID', mismatch, 'basis');
  const text = await tx.sources.text(input.sourceId);
  if (text === null) throw new CurationError('NOT_FOUND', `no source "${input.sourceId}"`, 'sourceId');
  if (!(await tx.claims.exists(input.claimSlug)))
    throw new CurationError('NOT_FOUND', `no claim "${input.claimSlug}"`, 'claimId');
  const quote = selectedQuote(text, input.start, input.end);
  const page = pageOfOffset(await tx.sources.pageStarts(input.sourceId), quote.start);
  const same = await tx.assertions.onSamePassage(input.sourceId, input.claimSlug, quote.start, quote.end);
  if (same)
    throw new CurationError(
      'INVALID',
      `source "${input.sourceId}" already asserts claim "${input.claimSlug}" with this passage (assertion "${same}")`,
      'claimId',
    );
  const id = await freeKey(tx, `${input.sourceId}--${input.claimSlug}`);
  const props: NewAssertionProps = {
    stance: input.stance,
    grade: input.grade,
    basis: input.basis,
    rationale: input.rationale,
    hedged: input.hedged,
    cited: input.cited,
    attribution: input.attribution,
    gradedBy,
    page,
    ...quote,
  };
  await tx.assertions.create(id, input.sourceId, input.claimSlug, props);
  await refreshConsensus(tx, [input.claimSlug], change);
  await tx.revisions.record(
    [
      {
        targetType: 'Assertion',
        targetId: id,
        action: 'create',
        before: null,
        after: { ...props, sourceId: input.sourceId, claimSlug: input.claimSlug },
        claimSlug: input.claimSlug,
        sourceId: input.sourceId,
      },
    ],
    change,
  );
  return id;
}
