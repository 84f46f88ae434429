import type { MatrixRows } from '../db/assertion.repository.js';
import type { AssertionColumn, AssertionRow, ClaimRow, NamedRowShape, SourceRow } from '../db/projections.js';
import type { ClaimRowShape, StancePageRequest } from '../db/claim.repository.js';
import { STANCES, type Stance } from '../domain/types.js';
import {
  neighbourhood,
  type Focus,
  type Neighbourhood,
  type NeighbourhoodLimits,
} from '../services/neighbourhood.service.js';
import type { GraphQLContext } from './context.js';
import type { Lookahead } from './lookahead.js';
import { cursorValues, decodeCursor, pageSize } from './pagination.js';

/**
 * The pages of the browser (a claim, a source, the matrix) each read in one Cypher statement: the
 * root field looks at what the query asks for below it, reads all of it at once and primes the
 * per-request loaders, so that the nested fields answer from memory. A nested field the read did
 * not foresee still loads itself: a query costs more round trips then, never a wrong answer.
 */

/** The pageKey a cursor of this stance stands for; '' (before every key) without one. */
export function pageKeyIn(key: string | null, stance: string): string {
  if (key === null) return '';
  const [, pageKey] = cursorValues(key, (values) => values[0] === stance && typeof values[1] === 'string');
  return pageKey as string;
}

interface PlannedPage extends StancePageRequest {
  limit: number;
}

/** The assertionsWithStance pages asked for, as the field's resolver will ask its loader for them; a page with bad arguments is left to that resolver to refuse. */
function plannedPages(claim: Lookahead): PlannedPage[] {
  const pages: PlannedPage[] = [];
  for (const selected of claim.all('assertionsWithStance')) {
    const stance = selected.args.stance as Stance;
    if (!STANCES.includes(stance)) continue;
    try {
      const after = pageKeyIn(decodeCursor(selected.args.after as string | null | undefined), stance);
      // keysetConnection reads one row more than the page, to know whether another follows.
      pages.push({ stance, after, limit: pageSize(selected.args.first as number | null | undefined) + 1 });
    } catch {
      continue;
    }
  }
  return pages;
}

/** A claim page in one round trip: the claim, its pages of assertions with their sources, the claims it conflicts with or refines. */
export async function readClaimPage(slug: string, claim: Lookahead, ctx: GraphQLContext): Promise<ClaimRow | null> {
  const planned = plannedPages(claim);
  const pageLimit = planned[0]?.limit ?? 0;
  const pages = planned.filter((p) => p.limit === pageLimit);
  const read = await ctx.repositories.claims.pageOf(slug, {
    pages: pages.map(({ stance, after }) => ({ stance, after })),
    pageLimit,
    sources: namedRowShape(
      claim.all('assertionsWithStance').map((page) => claim.inside(page).path('edges', 'node', 'source')),
      SOURCE_FIELDS_OF_A_PAGE_LINE,
    ),
    withRelated: claim.has('conflictsWith') || claim.has('refines'),
  });
  if (!read) return null;
  primeClaims(ctx, [read.claim, ...read.related]);
  primeSources(ctx, read.sources);
  pages.forEach((page, i) => {
    const rows = read.pages[i]!;
    ctx.loaders.assertionPages(pageLimit).prime({ slug, stance: page.stance, after: page.after }, rows);
    // Without its named source: an assertion loaded elsewhere in the request asks its source whole.
    for (const { pageSource: _named, ...row } of rows) ctx.loaders.assertions.prime(row.id, row);
  });
  return read.claim;
}

const QUOTE_COLUMNS: Record<string, readonly AssertionColumn[]> = {
  __typename: [],
  exact: ['exact'],
  start: ['start'],
  end: ['end'],
  prefix: ['prefix'],
  suffix: ['suffix'],
};

/** The columns each field of an Assertion reads from its row, for the fields a row of some columns can answer. */
const ASSERTION_FIELD_COLUMNS: Record<string, readonly AssertionColumn[]> = {
  __typename: [],
  id: [],
  source: [],
  claim: [],
  quote: [], // its parts, as asked below it
  stance: ['stance'],
  grade: ['grade'],
  basis: ['basis'],
  rationale: ['rationale'],
  hedged: ['hedged'],
  cited: ['cited'],
  attribution: ['attribution'],
  gradedBy: ['gradedBy'],
  anchorState: ['anchorState'],
  version: ['version'],
  page: ['page'],
  promotionalCues: ['exact'],
  overreach: ['stance', 'grade', 'hedged', 'exact'],
};

/** The fields of a Claim its slug and statement answer alone. */
const CLAIM_FIELDS_OF_SLUG_AND_STATEMENT = new Set(['__typename', 'id', 'slug', 'statement']);

/** The fields of a Claim its summary (slug, statement, stored consensus) answers alone. */
const CLAIM_FIELDS_OF_SUMMARY = new Set([...CLAIM_FIELDS_OF_SLUG_AND_STATEMENT, 'consensus']);

/** The fields of a Consensus a claim's line (its status alone) answers. */
const CONSENSUS_FIELDS_OF_A_LINE = new Set(['__typename', 'status']);

/**
 * How a list reads its claims: as lines where every field asked of them is one a line answers (of
 * the consensus, only its status), as summaries where a summary answers them, else whole.
 */
export function claimRowShape(claims: Lookahead | null): ClaimRowShape {
  if (claims === null || ![...claims.names()].every((name) => CLAIM_FIELDS_OF_SUMMARY.has(name))) return 'whole';
  const consensus = claims.below('consensus');
  return consensus === null || [...consensus.names()].every((name) => CONSENSUS_FIELDS_OF_A_LINE.has(name))
    ? 'line'
    : 'summary';
}

/**
 * The columns of the assertions a source page asks for, or 'whole' when it asks for a field (or a
 * claim's field) this plan does not know the columns of: then the rows are whole and prime the loaders.
 */
function assertionColumnsAsked(assertions: Lookahead): readonly AssertionColumn[] | 'whole' {
  const columns = new Set<AssertionColumn>();
  const add = (table: Record<string, readonly AssertionColumn[]>, below: Lookahead) => {
    for (const name of below.names()) {
      const read = Object.hasOwn(table, name) ? table[name] : undefined;
      if (read === undefined) return false;
      read.forEach((column) => columns.add(column));
    }
    return true;
  };
  if (!add(ASSERTION_FIELD_COLUMNS, assertions)) return 'whole';
  const quote = assertions.below('quote');
  if (quote && !add(QUOTE_COLUMNS, quote)) return 'whole';
  const claim = assertions.below('claim');
  if (claim && ![...claim.names()].every((name) => CLAIM_FIELDS_OF_SLUG_AND_STATEMENT.has(name))) return 'whole';
  return [...columns];
}

/**
 * A source page in one round trip: the source (with its text if asked), its assertions and their
 * claims. Where the page asks only for fields whose columns are known, its assertions carry only
 * those columns (and their claims' slug and statement) on the row it answers with, and stay out of
 * the loaders; otherwise they are whole rows and prime them.
 */
export async function readSourcePage(id: string, source: Lookahead, ctx: GraphQLContext): Promise<SourceRow | null> {
  const assertions = source.below('assertions');
  const columns = assertions ? assertionColumnsAsked(assertions) : null;
  // Named where the page asks no more of the source (nor of its assertions' source, which the loader serves).
  const named = !assertions?.has('source') && namedRowShape([source], SOURCE_FIELDS_OF_A_NAMED_PAGE) === 'named';
  const read = await ctx.repositories.sources.pageOf(id, {
    source: named ? 'named' : 'whole',
    withText: source.has('text'),
    assertions: columns,
    withClaims: assertions?.has('claim') ?? false,
  });
  if (!read) return null;
  // A named source stays out of the loader, so that no other field of the request reads it as whole.
  if (!named) primeSources(ctx, [read.source]);
  if (columns !== 'whole') return columns === null ? read.source : { ...read.source, pageAssertions: read.assertions };
  ctx.loaders.assertionsBySource.prime(id, read.assertions);
  for (const row of read.assertions) ctx.loaders.assertions.prime(row.id, row);
  primeClaims(ctx, read.claims);
  return read.source;
}

/** The fields of a Source a claim page's named source answers (see ClaimPagePlan.sources). */
const SOURCE_FIELDS_OF_A_PAGE_LINE = new Set(['__typename', 'id', 'slug', 'title', 'kind', 'commercialInterest']);

/** The fields of a Source a source page's named source answers: a line's, its text, and its assertions (read beside it). */
const SOURCE_FIELDS_OF_A_NAMED_PAGE = new Set([...SOURCE_FIELDS_OF_A_PAGE_LINE, 'text', 'assertions']);

/** The fields of a Source its id and title answer alone. */
const SOURCE_FIELDS_OF_ID_AND_TITLE = new Set(['__typename', 'id', 'slug', 'title']);

/**
 * How a page reads rows it names (a matrix's claims or sources, a claim page's sources, a source
 * page's source), from the fields asked of them wherever they appear: none, named (only fields
 * their names answer), or whole.
 */
function namedRowShape(asked: (Lookahead | null | undefined)[], namedFields: ReadonlySet<string>): NamedRowShape {
  const present = asked.filter((below) => below != null);
  if (present.length === 0) return 'none';
  return present.every((below) => [...below.names()].every((name) => namedFields.has(name))) ? 'named' : 'whole';
}

/**
 * The agreement matrix in one round trip: the assertions of its pairs, and the rows of its claims
 * and sources as asked. Named rows (the bench's and the browser's matrix ask a claim's slug and
 * statement, a source's title) stay out of the loaders, so that no other field reads them as whole
 * rows; whole rows prime them.
 */
export async function readMatrix(
  sourceIds: string[] | null,
  claimSlugs: string[] | null,
  sourceLimit: number,
  matrix: Lookahead,
  ctx: GraphQLContext,
): Promise<MatrixRows> {
  const cells = matrix.below('cells');
  const withAssertionRows = cells?.path('position', 'assertions') != null;
  const read = await ctx.repositories.assertions.matrix(sourceIds, claimSlugs, sourceLimit, {
    claims: namedRowShape([matrix.below('claims'), cells?.below('claim') ?? null], CLAIM_FIELDS_OF_SLUG_AND_STATEMENT),
    sources: namedRowShape([matrix.below('sources'), cells?.below('source') ?? null], SOURCE_FIELDS_OF_ID_AND_TITLE),
    withAssertionRows,
  });
  primeClaims(ctx, read.claims);
  primeSources(ctx, read.sources);
  if (withAssertionRows) for (const row of read.assertions as AssertionRow[]) ctx.loaders.assertions.prime(row.id, row);
  return read;
}

/**
 * The matrix's and the graph's neighbourhood: its stages (the choice's claims and how many there
 * are, the sources that cover them, their cells) each a statement, since each stage chooses from
 * what the one before found; the claims', sources' and assertions' rows come with the cells.
 */
export async function readNeighbourhood(
  focus: Focus,
  limits: NeighbourhoodLimits,
  found: Lookahead,
  ctx: GraphQLContext,
): Promise<Neighbourhood> {
  const cells = found.below('cells');
  const read = await neighbourhood(ctx.repositories, focus, limits, {
    claimRows: found.has('claims') || (cells?.has('claim') ?? false),
    sourceRows: found.has('sources') || (cells?.has('source') ?? false),
  });
  primeClaims(ctx, read.claimRows);
  primeSources(ctx, read.sourceRows);
  for (const row of read.assertions) ctx.loaders.assertions.prime(row.id, row);
  return read;
}

function primeClaims(ctx: GraphQLContext, rows: ClaimRow[]) {
  for (const row of rows) ctx.loaders.claims.prime(row.slug, row);
}

function primeSources(ctx: GraphQLContext, rows: SourceRow[]) {
  for (const row of rows) ctx.loaders.sources.prime(row.id, row);
}
