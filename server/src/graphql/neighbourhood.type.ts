import { GraphQLError } from 'graphql';
import { matrixCells } from '../domain/comparison.js';
import { fullTextQuery } from '../domain/search-text.js';
import type { Focus, Neighbourhood } from '../services/neighbourhood.service.js';
import { builder } from './builder.js';
import { ClaimRef } from './claim.type.js';
import { MatrixCellRef } from './comparison.type.js';
import { localKey } from './ids.js';
import { Lookahead } from './lookahead.js';
import { readNeighbourhood } from './page-reads.js';
import { SourceRef } from './source.type.js';

/**
 * The caps of a neighbourhood. 100 claims by default: the seed corpus's 67 fit whole, and a graph
 * of 100 claims and 20 sources still reads when fitted to a screen; 20 sources fit a projector's
 * width as matrix columns. The maxima keep one answer at a few thousand cells.
 */
export const NEIGHBOURHOOD_LIMITS = {
  claims: { default: 100, max: 200 },
  sources: { default: 20, max: 50 },
} as const;

const NeighbourhoodFocus = builder.inputType('NeighbourhoodFocus', {
  description: 'What to start from: at most one of a claim, a source, a topic or words to search for.',
  fields: (t) => ({
    claimId: t.id({
      required: false,
      description: 'A claim (global id or slug): it, its linked claims, its sources and what else they address.',
    }),
    sourceId: t.id({
      required: false,
      description: 'A source (global id or id): its claims and the other sources that address them.',
    }),
    topic: t.string({ required: false, description: 'The claims of a topic, most sources first.' }),
    text: t.string({ required: false, description: 'The claims that best match these words.' }),
  }),
});

const NeighbourhoodRef = builder.objectRef<Neighbourhood>('Neighbourhood').implement({
  description:
    'A bounded part of the base for the matrix and the graph: the chosen claims, the sources that address them (busiest first) and a cell per source’s position on a claim.',
  fields: (t) => ({
    claims: t.field({ type: [ClaimRef], resolve: (n) => n.claimSlugs }),
    sources: t.field({
      type: [SourceRef],
      description: 'Those addressing the most of the claims first.',
      resolve: (n) => n.sourceIds,
    }),
    cells: t.field({ type: [MatrixCellRef], resolve: (n) => matrixCells(n.assertions, n.claimSlugs) }),
    claimTotal: t.int({
      nullable: true,
      description:
        'How many claims the choice holds in all (a topic’s, a search’s, the base’s); null around a claim or a source.',
      resolve: (n) => n.claimTotal,
    }),
    hasMoreClaims: t.exposeBoolean('hasMoreClaims', {
      description: 'Some claims of the choice are not shown: past the cap, or addressed by none of the sources shown.',
    }),
    hasMoreSources: t.exposeBoolean('hasMoreSources', {
      description: 'More sources address these claims than the cap lets in.',
    }),
  }),
});

function focusOf(
  around:
    | {
        claimId?: string | number | null;
        sourceId?: string | number | null;
        topic?: string | null;
        text?: string | null;
      }
    | null
    | undefined,
): Focus {
  const given = Object.entries(around ?? {}).filter(
    ([, value]) => value !== null && value !== undefined && value !== '',
  );
  if (given.length > 1) {
    throw new GraphQLError('"around" takes one of claimId, sourceId, topic or text', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const [name, value] = given[0] ?? [];
  switch (name) {
    case 'claimId':
      return { kind: 'claim', slug: localKey(String(value), 'Claim') };
    case 'sourceId':
      return { kind: 'source', id: localKey(String(value), 'Source') };
    case 'topic':
      return { kind: 'topic', topic: String(value) };
    case 'text': {
      const text = fullTextQuery(String(value));
      return text === null ? { kind: 'busiest' } : { kind: 'text', text };
    }
    default:
      return { kind: 'busiest' };
  }
}

function limit(value: number | null | undefined, name: 'claims' | 'sources'): number {
  const { default: fallback, max } = NEIGHBOURHOOD_LIMITS[name];
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new GraphQLError(`"${name}" must be between 1 and ${max}, got ${value}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

builder.queryFields((t) => ({
  neighbourhood: t.field({
    type: NeighbourhoodRef,
    description: `Where the matrix and the graph start: the claims of a choice (a claim, a source, a topic, words; without one, the claims most sources address), capped at "claims" (default ${NEIGHBOURHOOD_LIMITS.claims.default}, at most ${NEIGHBOURHOOD_LIMITS.claims.max}), and the sources that address most of them, capped at "sources" (default ${NEIGHBOURHOOD_LIMITS.sources.default}, at most ${NEIGHBOURHOOD_LIMITS.sources.max}). Never the whole base.`,
    args: {
      around: t.arg({ type: NeighbourhoodFocus, required: false }),
      claims: t.arg.int({ required: false }),
      sources: t.arg.int({ required: false }),
    },
    resolve: (_root, args, ctx, info) =>
      readNeighbourhood(
        focusOf(args.around),
        { claims: limit(args.claims, 'claims'), sources: limit(args.sources, 'sources') },
        Lookahead.of(info),
        ctx,
      ),
  }),
}));
