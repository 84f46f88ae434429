import { fullTextQuery } from '../../server/src/domain/search-text.js';
import type { SyntheticScale } from './synthetic-corpus.js';
import {
  busiestClaimMix,
  claimMix,
  matrixMix,
  searchMix,
  sourceMix,
  statusMix,
  type MatrixChoice,
} from './workload.js';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** One question, asked of the app and of the @neo4j/graphql peer over the same mix of ids, with what the peer's answer lacks. */
export interface BenchQuery {
  /** What is asked, for the report. */
  about: string;
  /** The requests in the order they are sent, the same ids for both sides (see workload.ts). */
  ours: GraphQLRequest[];
  peer: GraphQLRequest[];
  /** What the app computes that the generated API cannot express; the client would have to do it. */
  peerOmits: string;
  /** Compares the two answers' `data` to one request; a description of the difference, or null when they agree. */
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
const firstDifference = (...differences: (string | null)[]) => differences.find((d) => d !== null) ?? null;
const GRADE_RANK: Record<string, number> = { ANECDOTAL: 0, PRECLINICAL: 1, CLINICAL: 2 };

const CONSENSUS = ['status', 'supporting', 'contradicting', 'qualifying', 'sourceCount', 'bestGrade', 'gradeConflict'];
const STANCE_ALIASES = ['supports', 'contradicts', 'qualifies'] as const;
const ASSERTION_FIELDS = 'stance grade basis rationale hedged cited attribution';
/** The claim page as the browser asks for it: the consensus, conflicts, and the first 20 passages of each stance with their count. */
const ourClaimPage = `query ($id: ID!) { claim(id: $id) { slug statement topics consensus { ${CONSENSUS.join(' ')} } conflictsWith { slug statement consensus { status } }
  ${STANCE_ALIASES.map((alias) => `${alias}: assertionsWithStance(stance: ${alias.toUpperCase()}, first: 20) { totalCount edges { node { ${ASSERTION_FIELDS} overreach quote { exact start end prefix suffix } source { title kind commercialInterest } } } pageInfo { hasNextPage endCursor } }`).join('\n  ')} } }`;
const peerClaimPage = `query ($id: ID!) { claims(where: { slug: { eq: $id } }) { slug statement topics ${CONSENSUS.join(' ')} conflictsWith { slug statement status }
  ${STANCE_ALIASES.map((alias) => `${alias}: assertionsConnection(first: 20, where: { node: { stance: { eq: ${alias.toUpperCase()} } } }, sort: [{ node: { grade: DESC } }]) { totalCount edges { node { ${ASSERTION_FIELDS} exact start end prefix suffix source { title kind commercialInterest } } } pageInfo { hasNextPage endCursor } }`).join('\n  ')} } }`;
const CLAIM_PAGE_PEER_OMITS =
  'overreach (derived by the domain from stance, grade, hedging and the promotional cues in the quote; nothing stored to read) and the order of passages, strongest grade first (grade is stored as a string, so the peer sorts it alphabetically)';

/** A passage as both answers can name it: its source, where it stands, its stance and grade. */
const passage = (node: unknown, quote: (n: unknown) => unknown) =>
  `${String(at(at(node, 'source'), 'title'))}@${String(at(quote(node), 'start'))}:${String(at(node, 'grade'))}`;

const compareClaimPage = (ours: Data, peer: Data) => {
  const mine = ours.claim;
  const theirs = rows(peer.claims)[0];
  return firstDifference(
    differ('statement', at(mine, 'statement'), at(theirs, 'statement')),
    differ(
      'consensus',
      CONSENSUS.map((field) => at(at(mine, 'consensus'), field)),
      CONSENSUS.map((field) => at(theirs, field)),
    ),
    differ(
      'conflicting claims',
      rows(at(mine, 'conflictsWith'))
        .map((c) => c.slug)
        .sort(),
      rows(at(theirs, 'conflictsWith'))
        .map((c) => c.slug)
        .sort(),
    ),
    ...STANCE_ALIASES.map((stance) => {
      const ourGroup = at(mine, stance);
      const theirGroup = at(theirs, stance);
      const total = at(ourGroup, 'totalCount');
      // The whole group on one page: the same passages (the order differs, see peerOmits).
      const whole = typeof total === 'number' && total <= 20;
      return firstDifference(
        differ(`${stance}: total`, total, at(theirGroup, 'totalCount')),
        differ(
          `${stance}: passages on the first page`,
          rows(at(ourGroup, 'edges')).length,
          rows(at(theirGroup, 'edges')).length,
        ),
        whole
          ? differ(
              `${stance}: the passages`,
              rows(at(ourGroup, 'edges'))
                .map((e) => passage(e.node, (n) => at(n, 'quote')))
                .sort(),
              rows(at(theirGroup, 'edges'))
                .map((e) => passage(e.node, (n) => n))
                .sort(),
            )
          : null,
      );
    }),
  );
};

/** Each source's position on each claim from the peer's assertions, reduced as the app does: its strongest assertion, first in the text on a tie. */
function peerCells(peer: Data): string[] {
  return rows(peer.sources).flatMap((source) => {
    const byClaim = new Map<string, Rows>();
    for (const a of rows(source.assertions)) {
      const slug = String(at(a.claim, 'slug'));
      byClaim.set(slug, [...(byClaim.get(slug) ?? []), a]);
    }
    return [...byClaim.entries()].map(([slug, list]) => {
      const best = [...list].sort(
        (x, y) => GRADE_RANK[String(y.grade)]! - GRADE_RANK[String(x.grade)]! || Number(x.start) - Number(y.start),
      )[0]!;
      return `${slug}|${String(source.id)}|${String(best.stance)}|${String(best.grade)}`;
    });
  });
}

const matrixRequests = (matrices: MatrixChoice[]) => ({
  ours: matrices.map((m) => ({
    query: `query ($c: [ID!], $s: [ID!]) { agreementMatrix(claimIds: $c, sourceIds: $s) { claims { slug statement } sources { slug title } cells { claim { slug } source { slug } position { stance grade } } } }`,
    variables: { c: m.claimSlugs, s: m.sourceIds },
  })),
  // Asked source by source: a root `assertions` filtered on both relationships would scan every assertion.
  peer: matrices.map((m) => ({
    query: `query ($c: [ID!], $s: [ID!]) { claims(where: { slug: { in: $c } }) { slug statement } sources(where: { id: { in: $s } }) { id title assertions(where: { claim: { slug: { in: $c } } }) { stance grade start claim { slug } } } }`,
    variables: { c: m.claimSlugs, s: m.sourceIds },
  })),
});

/**
 * The six questions of the benchmark (the claim page twice: over the claims a reader opens, and
 * over the busiest claims), side by side, each over a Zipf mix of ids (workload.ts). The peer's
 * consensus fields are the ones the app stores on each claim (consensus-cache.ts), read as plain
 * properties.
 */
export function benchQueries(scale: SyntheticScale): Record<string, BenchQuery> {
  const claimPages = (slugs: string[]) => ({
    ours: slugs.map((id) => ({ query: ourClaimPage, variables: { id } })),
    peer: slugs.map((id) => ({ query: peerClaimPage, variables: { id } })),
  });
  const statuses = statusMix();
  const words = searchMix();
  const sources = sourceMix(scale);
  return {
    claim_page_typical: {
      about: "a claim's page, claims drawn by a Zipf law",
      ...claimPages(claimMix(scale)),
      peerOmits: CLAIM_PAGE_PEER_OMITS,
      compare: compareClaimPage,
    },
    claims_list_by_status: {
      about: 'the 50 claims with the most sources among those of a status, statuses drawn by a Zipf law',
      ours: statuses.map((status) => ({
        query: `query ($status: ConsensusStatus) { claims(first: 50, filter: { status: $status }, orderBy: MOST_SOURCES) { edges { node { slug statement consensus { status supporting contradicting qualifying bestGrade gradeConflict } } } pageInfo { hasNextPage endCursor } } }`,
        variables: { status },
      })),
      peer: statuses.map((status) => ({
        query: `query ($status: ConsensusStatus) { claimsConnection(first: 50, where: { status: { eq: $status } }, sort: [{ sourceCount: DESC }, { slug: ASC }]) { edges { node { slug statement status supporting contradicting qualifying bestGrade gradeConflict } } pageInfo { hasNextPage endCursor } } }`,
        variables: { status },
      })),
      peerOmits:
        'nothing for the first page; its cursors are offsets, so a later page costs a SKIP where the app seeks by key',
      compare: (ours, peer) =>
        firstDifference(
          differ(
            'slugs in order',
            rows(at(ours.claims, 'edges')).map((e) => at(e.node, 'slug')),
            rows(at(peer.claimsConnection, 'edges')).map((e) => at(e.node, 'slug')),
          ),
          differ(
            'consensus of each',
            rows(at(ours.claims, 'edges')).map((e) => at(at(e.node, 'consensus'), 'status')),
            rows(at(peer.claimsConnection, 'edges')).map((e) => at(e.node, 'status')),
          ),
          differ(
            'another page follows',
            at(at(ours.claims, 'pageInfo'), 'hasNextPage'),
            at(at(peer.claimsConnection, 'pageInfo'), 'hasNextPage'),
          ),
        ),
    },
    matrix_20x50: {
      about: 'claims × sources: 20 sources drawn by a Zipf law and the first 50 claims they make',
      ...matrixRequests(matrixMix(scale)),
      peerOmits:
        'the cells: one position per source and claim, its strongest assertion speaking for it; the peer returns every assertion and the client reduces them',
      compare: (ours, peer) =>
        differ(
          'cells (claim, source, stance, grade)',
          rows(at(ours.agreementMatrix, 'cells'))
            .map(
              (c) =>
                `${String(at(c.claim, 'slug'))}|${String(at(c.source, 'slug'))}|${String(at(c.position, 'stance'))}|${String(at(c.position, 'grade'))}`,
            )
            .sort(),
          peerCells(peer).sort(),
        ),
    },
    full_text_search: {
      about: 'claims whose statement or quotes hold two words, word pairs drawn by a Zipf law',
      ours: words.map((text) => ({
        query: `query ($text: String!) { claims(first: 20, filter: { text: $text }) { edges { node { slug statement consensus { status } } } } }`,
        variables: { text },
      })),
      // @fulltext over the same two indexes the app queries (claim_text, assertion_quote), one root field each, best score first.
      peer: words.map((text) => ({
        query: `query ($phrase: String!) { claimsByStatement(phrase: $phrase, first: 20, sort: [{ score: DESC }]) { edges { score node { slug statement status } } } assertionsByQuote(phrase: $phrase, first: 20, sort: [{ score: DESC }]) { edges { score node { claim { slug statement status } } } } }`,
        variables: { phrase: fullTextQuery(text) },
      })),
      peerOmits:
        'one page of distinct claims ranked by relevance, whether the words match the statement or a quote: the peer answers two lists (the 20 best statements, the claims of the 20 best quotes, duplicates included) that the client merges; and the escaping of Lucene syntax in what a user types',
      compare: (ours, peer) => {
        // The best match of all is the best statement or the claim of the best quote, whichever
        // scores higher; claims tied at that score are equally best (the app breaks ties by slug).
        const scored = [
          ...rows(at(peer.claimsByStatement, 'edges')).map((e) => [Number(e.score), at(e.node, 'slug')] as const),
          ...rows(at(peer.assertionsByQuote, 'edges')).map(
            (e) => [Number(e.score), at(at(e.node, 'claim'), 'slug')] as const,
          ),
        ];
        const top = Math.max(...scored.map(([score]) => score));
        const best = scored.filter(([score]) => score === top).map(([, slug]) => slug);
        const ourBest = at(rows(at(ours.claims, 'edges'))[0]?.node, 'slug');
        return best.includes(ourBest) ? null : `best match: ours ${String(ourBest)}, peer ${best.join(' or ')}`;
      },
    },
    source_page: {
      about: "a source's page (its text, every assertion and its claim), sources drawn by a Zipf law",
      ours: sources.map((id) => ({
        query: `query ($id: ID!) { source(id: $id) { title text assertions { stance grade quote { start end } claim { slug statement } } } }`,
        variables: { id },
      })),
      peer: sources.map((id) => ({
        query: `query ($id: ID!) { sources(where: { id: { eq: $id } }) { title text assertions(sort: [{ start: ASC }, { end: ASC }]) { stance grade start end claim { slug statement } } } }`,
        variables: { id },
      })),
      peerOmits: 'nothing',
      compare: (ours, peer) => {
        const theirs = rows(peer.sources)[0];
        const assertion = (a: Data, start: unknown) =>
          `${String(start)}:${String(a.stance)}:${String(a.grade)}:${String(at(a.claim, 'slug'))}`;
        return firstDifference(
          differ('text', at(ours.source, 'text'), at(theirs, 'text')),
          differ(
            'assertions in text order',
            rows(at(ours.source, 'assertions')).map((a) => assertion(a, at(a.quote, 'start'))),
            rows(at(theirs, 'assertions')).map((a) => assertion(a, a.start)),
          ),
        );
      },
    },
    // Last: a claim with thousands of assertions can leave work queued in the server after its run.
    claim_page_hot: {
      about: 'the page of one of the 20 most asserted claims, drawn by a Zipf law',
      ...claimPages(busiestClaimMix(scale)),
      peerOmits: CLAIM_PAGE_PEER_OMITS,
      compare: compareClaimPage,
    },
  };
}
