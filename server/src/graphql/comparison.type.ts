import { GraphQLError } from 'graphql';
import { compareSources, matrixCells, type MatrixCell, type Position, type SharedClaim } from '../domain/comparison.js';
import type { MatrixRows, NamedClaim, NamedSource } from '../db/assertion.repository.js';
import type { ClaimRow, SourceRow } from '../db/projections.js';
import { AssertionRef } from './assertion.type.js';
import { builder } from './builder.js';
import { ClaimRef } from './claim.type.js';
import { EvidenceGradeEnum, StanceEnum } from './enums.js';
import { localKey } from './ids.js';
import { Lookahead } from './lookahead.js';
import { readMatrix } from './page-reads.js';
import { SourceRef } from './source.type.js';

export const MATRIX_LIMITS = { sources: 50, claims: 200 } as const;

const AgreementEnum = builder.enumType('Agreement', {
  values: ['AGREE', 'CONFLICT', 'QUALIFIED'] as const,
  description:
    'CONFLICT: one source supports what the other contradicts; AGREE: same side; QUALIFIED: a qualification on either side.',
});

const PositionRef = builder.objectRef<Position>('Position').implement({
  description: "One source's position on one claim; its strongest assertion speaks for it.",
  fields: (t) => ({
    stance: t.field({ type: StanceEnum, resolve: (p) => p.stance }),
    grade: t.field({ type: EvidenceGradeEnum, resolve: (p) => p.grade }),
    stances: t.field({
      type: [StanceEnum],
      description: 'Every stance the source takes on the claim.',
      resolve: (p) => p.stances,
    }),
    assertions: t.field({ type: [AssertionRef], resolve: (p) => p.assertionIds }),
  }),
});

const SharedClaimRef = builder.objectRef<SharedClaim>('SharedClaim').implement({
  fields: (t) => ({
    claim: t.field({ type: ClaimRef, resolve: (s) => s.claimSlug }),
    a: t.field({ type: PositionRef, resolve: (s) => s.a }),
    b: t.field({ type: PositionRef, resolve: (s) => s.b }),
    agreement: t.field({ type: AgreementEnum, resolve: (s) => s.agreement }),
  }),
});

interface Comparison {
  a: string;
  b: string;
  shared: SharedClaim[];
}

const SourceComparisonRef = builder.objectRef<Comparison>('SourceComparison').implement({
  fields: (t) => ({
    a: t.field({ type: SourceRef, resolve: (c) => c.a }),
    b: t.field({ type: SourceRef, resolve: (c) => c.b }),
    shared: t.field({
      type: [SharedClaimRef],
      description: 'The claims both sources address.',
      resolve: (c) => c.shared,
    }),
    agreeing: t.int({ resolve: (c) => c.shared.filter((s) => s.agreement === 'AGREE').length }),
    conflicting: t.int({ resolve: (c) => c.shared.filter((s) => s.agreement === 'CONFLICT').length }),
  }),
});

/**
 * Claims and sources by key, where the matrix read only what names them (see readMatrix): such rows
 * answer their fields without the loaders; a key without a row loads its whole row.
 */
interface NamedRows {
  claims: Map<string, NamedClaim>;
  sources: Map<string, NamedSource>;
}

interface Matrix {
  claimSlugs: string[];
  sourceIds: string[];
  cells: MatrixCell[];
  named?: NamedRows;
}

// A named row holds every field the query asks of it (readMatrix made sure), so it stands for a whole one.
const claimOf = (slug: string, named: NamedRows | undefined) =>
  (named?.claims.get(slug) as ClaimRow | undefined) ?? slug;
const sourceOf = (id: string, named: NamedRows | undefined) => (named?.sources.get(id) as SourceRow | undefined) ?? id;

export const MatrixCellRef = builder.objectRef<MatrixCell & { named?: NamedRows }>('MatrixCell').implement({
  fields: (t) => ({
    claim: t.field({ type: ClaimRef, resolve: (c) => claimOf(c.claimSlug, c.named) }),
    source: t.field({ type: SourceRef, resolve: (c) => sourceOf(c.sourceId, c.named) }),
    position: t.field({ type: PositionRef, resolve: (c) => c.position }),
  }),
});

const AgreementMatrixRef = builder.objectRef<Matrix>('AgreementMatrix').implement({
  description: 'Claims × sources: a cell for every pair where the source speaks to the claim.',
  fields: (t) => ({
    claims: t.field({ type: [ClaimRef], resolve: (m) => m.claimSlugs.map((slug) => claimOf(slug, m.named)) }),
    sources: t.field({ type: [SourceRef], resolve: (m) => m.sourceIds.map((id) => sourceOf(id, m.named)) }),
    cells: t.field({
      type: [MatrixCellRef],
      resolve: (m) => (m.named ? m.cells.map((cell) => ({ ...cell, named: m.named })) : m.cells),
    }),
  }),
});

/** Cells from assertions: claim by claim, source by source; without chosen claims, those most sources address. */
function matrixOf(found: MatrixRows, claimSlugs: string[] | null): Matrix {
  const { assertions, sourceIds, namedClaims, namedSources } = found;
  const sourcesOf = new Map<string, Set<string>>();
  for (const a of assertions) sourcesOf.set(a.claimSlug, (sourcesOf.get(a.claimSlug) ?? new Set()).add(a.sourceId));
  const claims =
    claimSlugs ??
    [...sourcesOf.entries()]
      .sort(([x, xs], [y, ys]) => ys.size - xs.size || x.localeCompare(y))
      .slice(0, MATRIX_LIMITS.claims)
      .map(([slug]) => slug);
  const named =
    namedClaims.length > 0 || namedSources.length > 0
      ? {
          claims: new Map(namedClaims.map((c) => [c.slug, c])),
          sources: new Map(namedSources.map((s) => [s.id, s])),
        }
      : undefined;
  return { claimSlugs: claims, sourceIds, cells: matrixCells(assertions, claims), named };
}

function limited(
  ids: readonly (string | number)[] | null | undefined,
  max: number,
  name: string,
  typename: string,
): string[] | null {
  if (!ids) return null;
  if (ids.length > max)
    throw new GraphQLError(`"${name}" takes at most ${max} ids`, { extensions: { code: 'BAD_USER_INPUT' } });
  return [...new Set(ids.map((id) => localKey(String(id), typename)))];
}

/** A chosen id that names nothing is the asker's mistake, said as such, not a matrix with a hole in it. */
function refuseUnknown(keys: readonly string[], argument: string, kind: string): void {
  if (keys.length === 0) return;
  throw new GraphQLError(`"${argument}": no ${kind} ${keys.map((key) => `"${key}"`).join(', ')}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

builder.queryFields((t) => ({
  compareSources: t.field({
    type: SourceComparisonRef,
    description: 'Two sources side by side: the claims both address, where they agree and where they conflict.',
    args: { a: t.arg.id({ required: true }), b: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const [a, b] = [localKey(String(args.a), 'Source'), localKey(String(args.b), 'Source')];
      const [aAssertions, bAssertions] = await ctx.loaders.assertionsBySource.loadMany([a, b]);
      if (aAssertions instanceof Error || bAssertions instanceof Error)
        throw aAssertions instanceof Error ? aAssertions : bAssertions;
      return { a, b, shared: compareSources(aAssertions!, bAssertions!) };
    },
  }),
  agreementMatrix: t.field({
    type: AgreementMatrixRef,
    description: `What the claims × sources matrix needs in one query. Without sourceIds: the first ${MATRIX_LIMITS.sources} sources; without claimIds: the claims they address, most sources first, up to ${MATRIX_LIMITS.claims}.`,
    args: { claimIds: t.arg.idList({ required: false }), sourceIds: t.arg.idList({ required: false }) },
    resolve: async (_root, args, ctx, info) => {
      const claimSlugs = limited(args.claimIds, MATRIX_LIMITS.claims, 'claimIds', 'Claim');
      const sourceIds = limited(args.sourceIds, MATRIX_LIMITS.sources, 'sourceIds', 'Source');
      const found = await readMatrix(sourceIds, claimSlugs, MATRIX_LIMITS.sources, Lookahead.of(info), ctx);
      refuseUnknown(found.unknownClaims, 'claimIds', 'claim');
      refuseUnknown(found.unknownSources, 'sourceIds', 'source');
      return matrixOf(found, claimSlugs);
    },
  }),
}));
