import { fullTextQuery } from '../../server/src/domain/search-text.js';
import { claimSlug, sourceId, type SyntheticScale } from './synthetic-corpus.js';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** One question, asked of the app and of the @neo4j/graphql peer, with what the peer's answer lacks. */
export interface BenchQuery {
  ours: GraphQLRequest;
  peer: GraphQLRequest;
  /** What the app computes that the generated API cannot express; the client would have to do it. */
  peerOmits: string;
  /** Compares the two answers' `data`; a description of the difference, or null when they agree. */
  compare?: (ours: Data, peer: Data) => string | null;
}

type Data = Record<string, unknown>;
type Rows = Record<string, unknown>[];

const rows = (value: unknown): Rows => (Array.isArray(value) ? (value as Rows) : []);
const at = (value: unknown, key: string): unknown =>
  value && typeof value === 'object' ? (value as Data)[key] : undefined;
const differ = (what: string, ours: unknown, peer: unknown) =>
  JSON.stringify(ours) === JSON.stringify(peer)
    ? null
    : `${what}: ours ${JSON.stringify(ours)}, peer ${JSON.stringify(peer)}`;

const matrixClaims = Array.from({ length: 50 }, (_, i) => claimSlug(i));
const matrixSources = Array.from({ length: 20 }, (_, i) => sourceId(i));
/** The words a reader types; the peer is given the Lucene query the app makes of them. */
const SEARCH_WORDS = 'collagen fibroblast';
const SEARCH_LUCENE = fullTextQuery(SEARCH_WORDS);

const STANCE_ALIASES = ['supports', 'contradicts', 'qualifies'] as const;
const ASSERTION_FIELDS = 'stance grade basis rationale hedged cited attribution';
/** The claim page as the browser asks for it: the consensus, conflicts, and the first 20 passages of each stance with their count. */
const ourClaimPage = `query ($id: ID!) { claim(id: $id) { slug statement topics consensus { status supporting contradicting qualifying sourceCount bestGrade gradeConflict } conflictsWith { slug statement consensus { status } }
  ${STANCE_ALIASES.map((alias) => `${alias}: assertionsWithStance(stance: ${alias.toUpperCase()}, first: 20) { totalCount edges { node { ${ASSERTION_FIELDS} overreach quote { exact start end prefix suffix } source { title kind commercialInterest } } } pageInfo { hasNextPage endCursor } }`).join('\n  ')} } }`;
const peerClaimPage = `query ($id: ID!) { claims(where: { slug: { eq: $id } }) { slug statement topics status supporting contradicting qualifying sourceCount bestGrade gradeConflict conflictsWith { slug statement status }
  ${STANCE_ALIASES.map((alias) => `${alias}: assertionsConnection(first: 20, where: { node: { stance: { eq: ${alias.toUpperCase()} } } }, sort: [{ node: { grade: DESC } }]) { totalCount edges { node { ${ASSERTION_FIELDS} exact start end prefix suffix source { title kind commercialInterest } } } pageInfo { hasNextPage endCursor } }`).join('\n  ')} } }`;
const CLAIM_PAGE_PEER_OMITS =
  'overreach (derived by the domain from stance, grade, hedging and the promotional cues in the quote; nothing stored to read) and the order of passages, strongest grade first (grade is stored as a string, so the peer sorts it alphabetically)';

/**
 * The five questions of the benchmark (the claim page twice: a typical claim and the most
 * asserted one), side by side. The peer's consensus fields are the ones the app stores on each
 * claim (consensus-cache.ts), read as plain properties.
 */
export function benchQueries(scale: SyntheticScale): Record<string, BenchQuery> {
  const typical = claimSlug(Math.floor(scale.claims / 3));
  const hot = claimSlug(0);
  const claimPage: BenchQuery['compare'] = (ours, peer) =>
    differ(
      'passages per stance (total, first page)',
      STANCE_ALIASES.map((stance) => [
        at(at(ours.claim, stance), 'totalCount'),
        rows(at(at(ours.claim, stance), 'edges')).length,
      ]),
      STANCE_ALIASES.map((stance) => [
        at(at(rows(peer.claims)[0], stance), 'totalCount'),
        rows(at(at(rows(peer.claims)[0], stance), 'edges')).length,
      ]),
    );
  return {
    claim_page_typical: {
      ours: { query: ourClaimPage, variables: { id: typical } },
      peer: { query: peerClaimPage, variables: { id: typical } },
      peerOmits: CLAIM_PAGE_PEER_OMITS,
      compare: claimPage,
    },
    claims_list_by_status: {
      ours: {
        query: `{ claims(first: 50, filter: { status: CONTESTED }, orderBy: MOST_SOURCES) { edges { node { slug statement consensus { status supporting contradicting qualifying bestGrade gradeConflict } } } pageInfo { hasNextPage endCursor } } }`,
      },
      peer: {
        query: `{ claimsConnection(first: 50, where: { status: { eq: CONTESTED } }, sort: [{ sourceCount: DESC }, { slug: ASC }]) { edges { node { slug statement status supporting contradicting qualifying bestGrade gradeConflict } } pageInfo { hasNextPage endCursor } } }`,
      },
      peerOmits:
        'nothing for the first page; its cursors are offsets, so a later page costs a SKIP where the app seeks by key',
      compare: (ours, peer) =>
        differ(
          'slugs in order',
          rows(at(ours.claims, 'edges')).map((e) => at(e.node, 'slug')),
          rows(at(peer.claimsConnection, 'edges')).map((e) => at(e.node, 'slug')),
        ),
    },
    matrix_20x50: {
      ours: {
        query: `query ($c: [ID!], $s: [ID!]) { agreementMatrix(claimIds: $c, sourceIds: $s) { claims { slug statement } sources { slug title } cells { claim { slug } source { slug } position { stance grade } } } }`,
        variables: { c: matrixClaims, s: matrixSources },
      },
      // Asked source by source: a root `assertions` filtered on both relationships would scan every assertion.
      peer: {
        query: `query ($c: [ID!], $s: [ID!]) { claims(where: { slug: { in: $c } }) { slug statement } sources(where: { id: { in: $s } }) { id title assertions(where: { claim: { slug: { in: $c } } }) { stance grade claim { slug } } } }`,
        variables: { c: matrixClaims, s: matrixSources },
      },
      peerOmits:
        'the cells: one position per source and claim, its strongest assertion speaking for it; the peer returns every assertion and the client reduces them',
      compare: (ours, peer) =>
        differ(
          'cells',
          rows(at(ours.agreementMatrix, 'cells')).length,
          rows(peer.sources).reduce((n, s) => n + new Set(rows(s.assertions).map((a) => at(a.claim, 'slug'))).size, 0),
        ),
    },
    full_text_search: {
      ours: {
        query: `query ($text: String!) { claims(first: 20, filter: { text: $text }) { edges { node { slug statement consensus { status } } } } }`,
        variables: { text: SEARCH_WORDS },
      },
      // @fulltext over the same two indexes the app queries (claim_text, assertion_quote), one root field each, best score first.
      peer: {
        query: `query ($phrase: String!) { claimsByStatement(phrase: $phrase, first: 20, sort: [{ score: DESC }]) { edges { score node { slug statement status } } } assertionsByQuote(phrase: $phrase, first: 20, sort: [{ score: DESC }]) { edges { score node { claim { slug statement status } } } } }`,
        variables: { phrase: SEARCH_LUCENE },
      },
      peerOmits:
        'one page of distinct claims ranked by relevance, whether the words match the statement or a quote: the peer answers two lists (the 20 best statements, the claims of the 20 best quotes, duplicates included) that the client merges; and the escaping of Lucene syntax in what a user types',
    },
    source_page: {
      ours: {
        query: `query ($id: ID!) { source(id: $id) { title text assertions { stance grade quote { start end } claim { slug statement } } } }`,
        variables: { id: sourceId(7) },
      },
      peer: {
        query: `query ($id: ID!) { sources(where: { id: { eq: $id } }) { title text assertions(sort: [{ start: ASC }, { end: ASC }]) { stance grade start end claim { slug statement } } } }`,
        variables: { id: sourceId(7) },
      },
      peerOmits: 'nothing',
      compare: (ours, peer) =>
        differ(
          'quote starts',
          rows(at(ours.source, 'assertions')).map((a) => at(a.quote, 'start')),
          rows(at(rows(peer.sources)[0], 'assertions')).map((a) => a.start),
        ),
    },
    // Last: a claim with thousands of assertions can leave work queued in the server after its run.
    claim_page_hot: {
      ours: { query: ourClaimPage, variables: { id: hot } },
      peer: { query: peerClaimPage, variables: { id: hot } },
      peerOmits: CLAIM_PAGE_PEER_OMITS,
      compare: claimPage,
    },
  };
}
