import { inKeyOrder } from './key-order.js';
import type { KnownClaim } from '../domain/assistant/claim-matcher.js';
import type { Stance } from '../domain/types.js';
import { cypherInt, type CypherRunner, type Params } from './neo4j-client.js';
import {
  assertionProjection,
  claimProjection,
  claimLineProjection,
  claimSummaryProjection,
  namedSourceProjection,
  sourceProjection,
  type AssertionRow,
  type ClaimRow,
  type NamedRowShape,
  type NamedSource,
  type SourceRow,
} from './projections.js';

export interface ClaimPageFilter {
  topic: string | null;
  sourceId: string | null;
  status: string | null;
  bestGrade: string | null;
  gradeConflict: boolean | null;
  /** Lucene-escaped full-text query over statements and quotes. */
  text: string | null;
}

export const CLAIM_ORDERS = ['ALPHABETICAL', 'MOST_CONTESTED', 'MOST_SOURCES', 'RELEVANCE'] as const;
export type ClaimOrder = (typeof CLAIM_ORDERS)[number];

/** A position in an ordered list: the order's sort value, then the slug that breaks ties. */
export interface ClaimPosition {
  sortValue: string | number;
  slug: string;
}

const CLAIM_PROJECTION = claimProjection('c');

/** A page of a claim's assertions with one stance, after a pageKey ('' for the first). */
export interface StancePageRequest {
  stance: Stance;
  after: string;
}

/** What a claim page reads besides the claim: pages of its assertions, their sources, related claims. */
export interface ClaimPagePlan {
  pages: StancePageRequest[];
  /** Rows per page: the same for every page of one read (a page asked with another size loads itself). */
  pageLimit: number;
  /**
   * The rows' sources: none; named (the columns a passage's line shows: id, title, kind,
   * commercialInterest; a dozen fewer property reads a row), carried on each row as `pageSource`;
   * or whole rows, listed in `sources`.
   */
  sources: NamedRowShape;
  /** The rows of the claims it conflicts with and of the one it refines. */
  withRelated: boolean;
}

export interface ClaimPage {
  claim: ClaimRow;
  /** One list per requested page, in the plan's order, each row with its pageKey (and its named source, when asked so). */
  pages: (AssertionRow & { pageKey: string; pageSource?: NamedSource })[][];
  sources: SourceRow[];
  related: ClaimRow[];
}

/**
 * A claim page in one statement: the claim and, as the page asks, pages of its assertions by
 * stance (read from the (claimSlug, stance, pageKey) index, as ASSERTIONS_OF_CLAIM_WITH_STANCE),
 * their sources without their text, and the claims it conflicts with or refines.
 */
export function claimPageQuery(plan: Omit<ClaimPagePlan, 'pageLimit'>): string {
  const pages =
    plan.pages.length === 0
      ? 'WITH c, [] AS pages, [] AS sources'
      : `CALL (c) {
  UNWIND $pages AS page
  CALL (c, page) {
    MATCH (a:Assertion)
    WHERE a.claimSlug = c.slug AND a.stance = page.stance AND a.pageKey > page.after
    WITH a ORDER BY a.claimSlug, a.stance, a.pageKey LIMIT $pageLimit
    MATCH (s)-[:HAS_ASSERTION]->(a)-[:ABOUT]->(c)
    RETURN collect(${assertionProjection('a', 's', 'c', `, pageKey: a.pageKey${plan.sources === 'named' ? `, pageSource: ${namedSourceProjection('s')}` : ''}`)}) AS rows,
      ${plan.sources === 'whole' ? `collect(${sourceProjection('s', false)})` : '[]'} AS sources
  }
  RETURN collect({ key: page.key, rows: rows }) AS pages, collect(sources) AS sources
}`;
  const related = plan.withRelated
    ? `[(c)-[:CONFLICTS_WITH]-(o:Claim) | ${claimProjection('o')}] + [(c)-[:REFINES]->(o:Claim) | ${claimProjection('o')}]`
    : '[]';
  return `
MATCH (c:Claim {slug: $slug})
${pages}
RETURN ${CLAIM_PROJECTION} AS claim, pages, sources, ${related} AS related`;
}

/** How many matches of each full-text index a search ranks: the best ones by Lucene's score. */
export const SEARCH_MATCH_LIMIT = 1000;
/**
 * A relevance page is first read from this many matches per row it shows (and the one that tells
 * whether more follow), by index. Statements: 4 (84 for the browser's 20), enough on the bench's
 * corpus for every page of 20 to be settled (scores tie in groups, so the 21st statement often
 * scores as the 20th claim). Quotes: 1 (21), as many as the page could hold: a claim's statement
 * usually outscores its quotes, so the 21st quote already scores below the page's last claim.
 * Lucene collects the top k by skipping blocks of postings that cannot beat the k-th best score,
 * so the fewer asked of the quote index (a million documents, where two common words match
 * 66,000) the fewer it scores: on the bench's 1M base, 21 instead of 84 quotes cut the search's
 * Neo4j CPU per request (see the README). Either count only decides how often a page is read
 * twice, never the answer: an unsettled page is read again from SEARCH_MATCH_LIMIT of each.
 */
const FIRST_MATCHES_PER_PAGE_ROW = { statements: 4, quotes: 1 } as const;

/**
 * Per order: the sort value and its direction. Every claim carries statementKey, contestScore and
 * sourceCount (refreshConsensus stores them), each with a range index, also composite after
 * status, so that a page reads about as many index entries as it returns.
 */
const ORDERINGS: Record<ClaimOrder, { value: string; descending: boolean; indexed: boolean }> = {
  ALPHABETICAL: { value: 'c.statementKey', descending: false, indexed: true },
  MOST_CONTESTED: { value: 'c.contestScore', descending: true, indexed: true },
  MOST_SOURCES: { value: 'c.sourceCount', descending: true, indexed: true },
  RELEVANCE: { value: 'relevance', descending: true, indexed: false },
};

const ALL_CLAIMS = 'MATCH (c:Claim)';
const CLAIMS_MATCHING_TEXT = `CALL () {
  CALL db.index.fulltext.queryNodes('claim_text', $text, {limit: ${SEARCH_MATCH_LIMIT}}) YIELD node, score RETURN node AS c, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('assertion_quote', $text, {limit: ${SEARCH_MATCH_LIMIT}}) YIELD node, score
  MATCH (node)-[:ABOUT]->(c:Claim) RETURN c, score
}
WITH c, max(score) AS relevance`;

/** Only the filters given reach the WHERE clause: a `$x IS NULL OR …` disjunction would keep the planner off the indexes. */
const FILTER_CONDITIONS: Record<Exclude<keyof ClaimPageFilter, 'text'>, string> = {
  topic: '$topic IN c.topics',
  status: 'c.status = $status',
  bestGrade: 'c.bestGrade = $bestGrade',
  gradeConflict: 'c.gradeConflict = $gradeConflict',
  sourceId: 'EXISTS { (:Source {id: $sourceId})-[:HAS_ASSERTION]->(:Assertion)-[:ABOUT]->(c) }',
};

function conditionsOf(filter: ClaimPageFilter): string[] {
  return Object.entries(FILTER_CONDITIONS)
    .filter(([name]) => filter[name as keyof ClaimPageFilter] !== null)
    .map(([, condition]) => condition);
}

/** Whole claim rows, or only their summaries or lines (see claimSummaryProjection, claimLineProjection) for a list that shows no more. */
export type ClaimRowShape = 'whole' | 'summary' | 'line';
const CLAIM_ROWS: Record<ClaimRowShape, string> = {
  whole: CLAIM_PROJECTION,
  summary: claimSummaryProjection('c'),
  line: claimLineProjection('c'),
};

export function claimsPageQuery(
  order: ClaimOrder,
  filter: ClaimPageFilter,
  afterPosition: boolean,
  shape: ClaimRowShape = 'whole',
): string {
  const byText = filter.text !== null;
  if (order === 'RELEVANCE') {
    if (!byText) throw new Error('RELEVANCE orders the matches of a text filter');
    return relevancePageQuery(filter, afterPosition, shape);
  }
  const { value, descending, indexed } = ORDERINGS[order];
  const conditions = conditionsOf(filter);
  if (indexed && !byText) conditions.push(`${value} IS NOT NULL`);
  // The keyset condition in a form an index range seek can serve: a bound on the value, then the tie-break.
  if (afterPosition) {
    conditions.unshift(
      `${value} ${descending ? '<=' : '>='} $afterValue AND (${value} ${descending ? '<' : '>'} $afterValue OR c.slug > $afterSlug)`,
    );
  }
  const direction = descending ? ' DESC' : '';
  // Sorting first by the status the filter fixes costs nothing and lets the (status, value) index give the order.
  const orderBy = [filter.status !== null && indexed ? `c.status${direction}` : null, `${value}${direction}`, 'c.slug']
    .filter(Boolean)
    .join(', ');
  return `
${byText ? CLAIMS_MATCHING_TEXT : ALL_CLAIMS}
${conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : ''}
RETURN ${CLAIM_ROWS[shape]} AS claim, ${value} AS sortValue
ORDER BY ${orderBy} LIMIT $limit`;
}

/** The best $<limit> matches of one full-text index as (claim slug, score), and the lowest score kept when the limit cut some off. */
const matchesOf = (index: string, slug: string, limit: string) => `
  CALL db.index.fulltext.queryNodes('${index}', $text, {limit: $${limit}}) YIELD node, score
  WITH collect({ slug: ${slug}, score: score }) AS matches, min(score) AS lowest, count(*) AS found
  RETURN matches, CASE WHEN found = $${limit} THEN lowest END AS floor`;

/**
 * A page of the claims matching a text, best match first (a claim's relevance is its best score in
 * either index), read from the best $statementMatches statements and $quoteMatches quotes. Every row is one page and
 * `floor`: the highest score an unread match could have (null when nothing was cut off). A quote
 * names its claim by the claimSlug refreshConsensus keeps on it, one property read where following
 * ABOUT to the claim costs four db hits, and only the page's claims are then looked up.
 */
function relevancePageQuery(filter: ClaimPageFilter, afterPosition: boolean, shape: ClaimRowShape): string {
  const conditions = conditionsOf(filter);
  return `
CALL () {${matchesOf('claim_text', 'node.slug', 'statementMatches')}
  UNION ALL${matchesOf('assertion_quote', 'node.claimSlug', 'quoteMatches')}
}
WITH collect(matches) AS lists, max(floor) AS floor
CALL (lists) {
  UNWIND lists AS matches
  UNWIND matches AS match
  WITH match.slug AS slug, max(match.score) AS relevance${afterPosition ? '\n  WHERE relevance <= $afterValue AND (relevance < $afterValue OR slug > $afterSlug)' : ''}${
    conditions.length > 0
      ? `\n  MATCH (c:Claim {slug: slug})\n  WHERE ${conditions.join('\n    AND ')}\n  WITH slug, relevance`
      : ''
  }
  ORDER BY relevance DESC, slug LIMIT $limit
  MATCH (c:Claim {slug: slug})
  WITH c, relevance ORDER BY relevance DESC, c.slug
  RETURN collect({ claim: ${CLAIM_ROWS[shape]}, sortValue: relevance }) AS page
}
RETURN page, floor`;
}

/** How many claims pass the filter: the same conditions as a page, without order or position. */
export function claimsCountQuery(filter: ClaimPageFilter): string {
  const conditions = conditionsOf(filter);
  return `
${filter.text !== null ? CLAIMS_MATCHING_TEXT : ALL_CLAIMS}
${conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : ''}
RETURN count(c) AS count`;
}

export const CLAIMS_BY_SLUGS = `
UNWIND $slugs AS slug MATCH (c:Claim {slug: slug})
RETURN ${CLAIM_PROJECTION} AS claim`;

/** Every claim with the quotes already attached to it: what the grading assistant matches against. */
/**
 * Every claim as the grading assistant knows it: its statement and up to $quotesPerClaim of its
 * quotes, the first the store yields (a claim quoted 100,000 times is known well enough by 50, and
 * the assistant's index stays in proportion to the claims, not to the hottest one; not ordering
 * them lets the read stop at 50: 4-5 s instead of 6.5-8 s for 200,000 claims at 1M assertions).
 */
export const CLAIMS_WITH_QUOTES = `
MATCH (c:Claim)
RETURN c.slug AS slug, c.statement AS statement,
  COLLECT { MATCH (c)<-[:ABOUT]-(a:Assertion) RETURN a.exact LIMIT $quotesPerClaim } AS quotes,
  head([(c)-[:REFINES]->(broader:Claim) | broader.slug]) AS refines`;
const QUOTES_PER_CLAIM = 50;

/** Some claims as the grading assistant knows them: to grow its kept index by the claims a write touched. */
export const KNOWN_CLAIMS_BY_SLUGS = `
UNWIND $slugs AS slug
MATCH (c:Claim {slug: slug})
RETURN c.slug AS slug, c.statement AS statement,
  COLLECT { MATCH (c)<-[:ABOUT]-(a:Assertion) RETURN a.exact LIMIT $quotesPerClaim } AS quotes,
  head([(c)-[:REFINES]->(broader:Claim) | broader.slug]) AS refines`;

/** How many claims and assertions the base holds, from the count store (no scan): the grading assistant's index is kept while they hold. */
export const ASSISTANT_FINGERPRINT = `
CALL { MATCH (c:Claim) RETURN count(c) AS claims }
CALL { MATCH (a:Assertion) RETURN count(a) AS assertions }
CALL { MATCH (r:Revision) RETURN count(r) AS revisions }
RETURN claims, assertions, revisions`;

export const CLAIM_EXISTS = `MATCH (c:Claim {slug: $slug}) RETURN c.slug AS slug`;

export const CREATE_CLAIM = `
CREATE (c:Claim {slug: $slug, statement: $statement, topics: $topics, createdAt: datetime()})
FOREACH (name IN $topics | MERGE (t:Topic {name: name}) MERGE (c)-[:IN_TOPIC]->(t))
RETURN c.slug AS slug`;

export const LINK_CONFLICT = `
MATCH (a:Claim {slug: $a}), (b:Claim {slug: $b})
MERGE (a)-[:CONFLICTS_WITH]->(b)`;

type PageRow = { claim: ClaimRow; sortValue: string | number };

export class ClaimRepository {
  constructor(private readonly client: CypherRunner) {}

  /**
   * Claims after a position in the chosen order; each with its position, for the next cursor. As
   * summaries, where the caller shows no more of them (typed as rows: it answers only from those fields).
   */
  async page(
    order: ClaimOrder,
    after: ClaimPosition | null,
    limit: number,
    filter: ClaimPageFilter,
    shape: ClaimRowShape = 'whole',
  ): Promise<(ClaimRow & { position: ClaimPosition })[]> {
    const params = {
      afterSlug: after?.slug ?? null,
      afterValue: after?.sortValue ?? null,
      limit: cypherInt(limit),
      ...filter,
    };
    const rows =
      order === 'RELEVANCE'
        ? await this.relevancePage(claimsPageQuery(order, filter, after !== null, shape), params, limit)
        : await this.client.read<PageRow>(claimsPageQuery(order, filter, after !== null, shape), params);
    return rows.map((r) => ({ ...r.claim, position: { sortValue: r.sortValue, slug: r.claim.slug } }));
  }

  /**
   * Lucene gives matches best first: a page read from the first few is the page read from the
   * first SEARCH_MATCH_LIMIT when it is full and its last claim scores above every match left
   * unread (a claim's relevance is its best match, so none unread can reach the page or raise a
   * claim on it). Otherwise, on a tie at the edge or a page the first matches cannot fill, the
   * page is read again from the first SEARCH_MATCH_LIMIT.
   */
  private async relevancePage(query: string, params: Params, limit: number): Promise<PageRow[]> {
    const statementMatches = Math.min(SEARCH_MATCH_LIMIT, FIRST_MATCHES_PER_PAGE_ROW.statements * limit);
    const quoteMatches = Math.min(SEARCH_MATCH_LIMIT, FIRST_MATCHES_PER_PAGE_ROW.quotes * limit);
    const [first] = await this.client.read<{ page: PageRow[]; floor: number | null }>(query, {
      ...params,
      statementMatches: cypherInt(statementMatches),
      quoteMatches: cypherInt(quoteMatches),
    });
    const last = first!.page.at(-1);
    const settled = first!.floor === null || (first!.page.length === limit && Number(last!.sortValue) > first!.floor);
    if (settled || Math.min(statementMatches, quoteMatches) === SEARCH_MATCH_LIMIT) return first!.page;
    const [all] = await this.client.read<{ page: PageRow[] }>(query, {
      ...params,
      statementMatches: cypherInt(SEARCH_MATCH_LIMIT),
      quoteMatches: cypherInt(SEARCH_MATCH_LIMIT),
    });
    return all!.page;
  }

  /** The claim page: null when no claim has that slug. */
  async pageOf(slug: string, plan: ClaimPagePlan): Promise<ClaimPage | null> {
    type Row = Omit<ClaimPage, 'sources' | 'pages'> & {
      sources: SourceRow[][];
      pages: { key: number; rows: ClaimPage['pages'][number] }[];
    };
    const [row] = await this.client.read<Row>(claimPageQuery(plan), {
      slug,
      pages: plan.pages.map((page, key) => ({ ...page, key: cypherInt(key) })),
      pageLimit: cypherInt(plan.pageLimit),
    });
    if (!row) return null;
    const pages = plan.pages.map(() => [] as ClaimPage['pages'][number]);
    for (const page of row.pages) pages[page.key] = page.rows;
    return { ...row, pages, sources: row.sources.flat() };
  }

  async count(filter: ClaimPageFilter): Promise<number> {
    const [row] = await this.client.read<{ count: number }>(claimsCountQuery(filter), { ...filter });
    return row?.count ?? 0;
  }

  /** The claims the grading assistant links passages to. */
  async known(): Promise<KnownClaim[]> {
    const rows = await this.client.read<{ slug: string; statement: string; quotes: string[]; refines: string | null }>(
      CLAIMS_WITH_QUOTES,
      { quotesPerClaim: cypherInt(QUOTES_PER_CLAIM) },
    );
    return rows.map((c) => ({
      slug: c.slug,
      statement: c.statement,
      texts: [c.statement, ...c.quotes],
      refines: c.refines,
    }));
  }

  async knownBySlugs(slugs: readonly string[]): Promise<KnownClaim[]> {
    const rows = await this.client.read<{ slug: string; statement: string; quotes: string[]; refines: string | null }>(
      KNOWN_CLAIMS_BY_SLUGS,
      { slugs, quotesPerClaim: cypherInt(QUOTES_PER_CLAIM) },
    );
    return rows.map((c) => ({
      slug: c.slug,
      statement: c.statement,
      texts: [c.statement, ...c.quotes],
      refines: c.refines,
    }));
  }

  async assistantFingerprint(): Promise<{ claims: number; assertions: number; revisions: number }> {
    const [row] = await this.client.read<{ claims: number; assertions: number; revisions: number }>(
      ASSISTANT_FINGERPRINT,
      {},
    );
    return row!;
  }

  async getBySlugs(slugs: readonly string[]): Promise<(ClaimRow | null)[]> {
    const rows = await this.client.read<{ claim: ClaimRow }>(CLAIMS_BY_SLUGS, { slugs });
    return inKeyOrder(
      slugs,
      rows.map((r) => r.claim),
      (c) => c.slug,
    );
  }

  async exists(slug: string): Promise<boolean> {
    return (await this.client.read(CLAIM_EXISTS, { slug })).length > 0;
  }

  async create(slug: string, statement: string, topics: string[]): Promise<void> {
    await this.client.write(CREATE_CLAIM, { slug, statement, topics });
  }

  /** Stored once, in slug order: CONFLICTS_WITH is read both ways. */
  async linkConflict(a: string, b: string): Promise<void> {
    const [first, second] = [a, b].sort();
    await this.client.write(LINK_CONFLICT, { a: first, b: second });
  }
}
