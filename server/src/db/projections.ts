/**
 * The map projections a read returns for each entity, shared by the repositories so that a page
 * read in one statement (a claim with its assertions and their sources, say) returns rows of the
 * same shape as each entity's own loader. Each takes the Cypher variable it projects.
 */

import type { Consensus } from '../domain/consensus.js';
import type { AssertionRecord, Quote, SourceRecord } from '../domain/types.js';

/** A claim as stored, with its consensus and links. */
export interface ClaimRow {
  slug: string;
  statement: string;
  topics: string[];
  /** As stored by the last write that touched the claim's assertions; null on a claim never derived. */
  consensus: Consensus | null;
  /** Assertions per stance, in the order of STANCES, as stored with the consensus; null on a claim never derived. */
  assertionCounts: number[] | null;
  /** Slugs of the claims it conflicts with (CONFLICTS_WITH is symmetric in meaning and stored once, in either direction). */
  conflicts: string[];
  /** The broader claim it refines, if any. */
  broader: string | null;
}

/** An assertion as stored: the curated record plus who graded it, its anchoring and its version. */
export type AssertionRow = AssertionRecord & {
  gradedBy: string;
  anchorState: string;
  version: number;
  /** The page of a PDF source the quote stands on; null for other sources. */
  page?: number | null;
  /** Only in a source page's rows of some columns: the claim's slug and statement (see assertionColumnsProjection). */
  claim?: Pick<ClaimRow, 'slug' | 'statement'>;
};

/**
 * A source as stored: its commercial interest flattened to a flag and the passage that shows it.
 * Its text only where the read asked for it (`withText`): most pages show a source's name beside a
 * quote, not its whole text.
 */
export type SourceRow = Omit<SourceRecord, 'commercialInterest' | 'jama' | 'text'> & {
  text?: string;
  /** Null until a curator has assessed the source (curated corpus sources always are). */
  jama: SourceRecord['jama'] | null;
  textVersion: number;
  commercialInterest: boolean;
  commercialInterestEvidence: Quote | null;
  /**
   * Only on the row a source page's root field answers with: its assertions with only the columns
   * that query asks for, kept out of the loaders so that no other field reads them as whole rows.
   */
  pageAssertions?: AssertionRow[];
};

const storedConsensus = (
  c: string,
) => `CASE WHEN ${c}.status IS NULL THEN null ELSE { status: ${c}.status, supporting: ${c}.supporting,
    contradicting: ${c}.contradicting, qualifying: ${c}.qualifying, sourceCount: ${c}.sourceCount,
    bestGrade: ${c}.bestGrade, gradeConflict: ${c}.gradeConflict } END`;

/** A claim as ClaimRow: its stored consensus, the claims it conflicts with and the one it refines, by slug. */
export const claimProjection = (
  c: string,
) => `${c} { .slug, .statement, topics: coalesce(${c}.topics, []), .assertionCounts,
  conflicts: [(${c})-[:CONFLICTS_WITH]-(other:Claim) | other.slug], broader: head([(${c})-[:REFINES]->(b:Claim) | b.slug]),
  consensus: ${storedConsensus(c)} }`;

/**
 * How a page reads rows it names (a matrix's claims and sources, a claim page's sources, a source
 * page's source): none asked; named, only the few columns that name each (fewer property reads a
 * row); or whole rows.
 */
export type NamedRowShape = 'none' | 'named' | 'whole';

/** What a list of claims shows of each: its slug, statement and stored consensus. */
export type ClaimSummary = Pick<ClaimRow, 'slug' | 'statement' | 'consensus'>;

/**
 * A claim as ClaimSummary: a third of a whole row's db hits (a page of 50 claims by status, 1,912
 * -> about 700), as it follows none of the claim's relationships.
 */
export const claimSummaryProjection = (c: string) => `${c} { .slug, .statement, consensus: ${storedConsensus(c)} }`;

/**
 * A claim as a line of a list that names it and its consensus status (the search's): slug,
 * statement and status, 3 property reads where a summary makes 9 (a search page of 20 at 1M
 * assertions: 336 -> 210 db hits). Its consensus holds nothing but the status.
 */
export const claimLineProjection = (c: string) =>
  `${c} { .slug, .statement, consensus: CASE WHEN ${c}.status IS NULL THEN null ELSE { status: ${c}.status } END }`;

/** An assertion as AssertionRow, given its source `s` and claim `c`; `extra` adds entries (`, pageKey: a.pageKey`). */
export const assertionProjection = (a: string, s: string, c: string, extra = '') => `${a} {
  .id, .stance, .grade, .basis, .rationale, .hedged, .cited, .attribution, .gradedBy, .anchorState, .version, .page,
  sourceId: ${s}.id, claimSlug: ${c}.slug,
  quote: { exact: ${a}.exact, start: ${a}.start, end: ${a}.end, prefix: ${a}.prefix, suffix: ${a}.suffix }${extra}
}`;

/** The columns of an assertion a page can read alone (the quote's by part); id, sourceId and claimSlug come always. */
export const ASSERTION_COLUMNS = [
  'stance',
  'grade',
  'basis',
  'rationale',
  'hedged',
  'cited',
  'attribution',
  'gradedBy',
  'anchorState',
  'version',
  'page',
  'exact',
  'start',
  'end',
  'prefix',
  'suffix',
] as const;
export type AssertionColumn = (typeof ASSERTION_COLUMNS)[number];
const QUOTE_PARTS: readonly AssertionColumn[] = ['exact', 'start', 'end', 'prefix', 'suffix'];

/**
 * An assertion with only some columns, given its source `s` and claim `c`: each property read is a
 * db hit, and a page of quotes shows a few of an assertion's sixteen. `extra` adds entries.
 */
export const assertionColumnsProjection = (
  a: string,
  s: string,
  c: string,
  columns: readonly AssertionColumn[],
  extra = '',
) => {
  const quote = QUOTE_PARTS.filter((part) => columns.includes(part));
  const entries = [
    '.id',
    ...columns.filter((column) => !QUOTE_PARTS.includes(column)).map((column) => `.${column}`),
    `sourceId: ${s}.id`,
    `claimSlug: ${c}.slug`,
    ...(quote.length > 0 ? [`quote: { ${quote.map((part) => `${part}: ${a}.${part}`).join(', ')} }`] : []),
  ];
  return `${a} { ${entries.join(', ')}${extra} }`;
};

/**
 * A source as a line names it (a claim page's passages, a source page's heading): id, title, kind
 * and commercialInterest, and its text where asked; a dozen fewer property reads than a whole row
 * (and none of the JAMA or commercial-interest checks).
 */
export type NamedSource = Pick<SourceRow, 'id' | 'title' | 'kind' | 'commercialInterest'> & { text?: string };
export const namedSourceProjection = (s: string, withText = false) =>
  `${s} { .id, .title, .kind, commercialInterest: coalesce(${s}.commercialInterest, false)${withText ? ', .text' : ''} }`;

/**
 * A source as SourceRow, without its text unless asked: a page that lists sources beside quotes
 * (a claim's 60 passages from 60 sources) would otherwise carry every source's whole text.
 */
export const sourceProjection = (s: string, withText: boolean) => `${s} {
  .id, .title, .kind, textVersion: coalesce(${s}.textVersion, 1), .publisher, .authors, .url, .publishedAt, .retrievedAt,
  .language, .contentHash,${withText ? ` .text,` : ''}
  commercialInterest: coalesce(${s}.commercialInterest, false),
  commercialInterestEvidence: CASE WHEN ${s}.commercialInterestExact IS NULL THEN null ELSE {
    exact: ${s}.commercialInterestExact, start: ${s}.commercialInterestStart, end: ${s}.commercialInterestEnd,
    prefix: ${s}.commercialInterestPrefix, suffix: ${s}.commercialInterestSuffix } END,
  jama: CASE WHEN ${s}.jamaAuthorshipMet IS NULL THEN null ELSE {
    authorship: { met: ${s}.jamaAuthorshipMet, reason: ${s}.jamaAuthorshipReason },
    attribution: { met: ${s}.jamaAttributionMet, reason: ${s}.jamaAttributionReason },
    disclosure: { met: ${s}.jamaDisclosureMet, reason: ${s}.jamaDisclosureReason },
    currency: { met: ${s}.jamaCurrencyMet, reason: ${s}.jamaCurrencyReason } } END
}`;
