import type { Quote } from '../domain/types.js';
import { groupBy, inKeyOrder } from './key-order.js';
import { cypherInt, type CypherRunner } from './neo4j-client.js';
import {
  assertionColumnsProjection,
  assertionProjection,
  claimProjection,
  namedSourceProjection,
  type AssertionColumn,
  sourceProjection,
  type NamedRowShape,
  type AssertionRow,
  type ClaimRow,
  type SourceRow,
} from './projections.js';

/** What a source page reads besides the source: its assertions, and the claims they are about. */
export interface SourcePagePlan {
  /** The source named (see namedSourceProjection), where the page asks no more of it, or whole. */
  source: Exclude<NamedRowShape, 'none'>;
  withText: boolean;
  /** Null when not asked; 'whole' as AssertionRow; or only these columns (besides id, sourceId and claimSlug). */
  assertions: 'whole' | readonly AssertionColumn[] | null;
  /** With whole assertions, the ClaimRow of each claim they are about; with some columns, each one's claim's slug and statement. */
  withClaims: boolean;
}

export interface SourcePage {
  /** Whole, or named (typed as a row: the page answers only from its fields). */
  source: SourceRow;
  /** In the order of the text; empty unless asked for. */
  assertions: AssertionRow[];
  claims: ClaimRow[];
}

export interface SourceVersionRow {
  sourceId: string;
  textVersion: number;
  contentHash: string;
  replacedAt: string;
  text: string;
}

export const PREVIOUS_VERSIONS = `
UNWIND $ids AS id
MATCH (:Source {id: id})-[:PREVIOUS_VERSION]->(v:SourceVersion)
RETURN v { .sourceId, .textVersion, .contentHash, .text, replacedAt: toString(v.replacedAt) } AS version
ORDER BY v.textVersion DESC`;

/** Keyset page by id: `afterId` excluded, one row more than asked so the caller knows if another page exists. */
export const SOURCES_PAGE = `
MATCH (s:Source) WHERE $afterId IS NULL OR s.id > $afterId
RETURN ${sourceProjection('s', false)} AS source, null AS score
ORDER BY s.id LIMIT $limit`;

/** How many matches of the title index a search ranks: the best ones by Lucene's score. */
export const SOURCE_SEARCH_LIMIT = 1000;

const SOURCES_MATCHING = `CALL db.index.fulltext.queryNodes('source_title', $text, {limit: ${SOURCE_SEARCH_LIMIT}}) YIELD node AS s, score`;

/** The best matches of a search in titles and publishers, best first, after a (score, id) position. */
export const SOURCES_MATCHING_PAGE = `
${SOURCES_MATCHING}
WHERE $afterId IS NULL OR score < $afterScore OR (score = $afterScore AND s.id > $afterId)
RETURN ${sourceProjection('s', false)} AS source, score
ORDER BY score DESC, s.id LIMIT $limit`;

export const SOURCES_COUNT = `MATCH (s:Source) RETURN count(s) AS count`;
export const SOURCES_MATCHING_COUNT = `${SOURCES_MATCHING} RETURN count(s) AS count`;

/** A position in a list of sources: the search score (null without a search), then the id. */
export interface SourcePosition {
  score: number | null;
  id: string;
}

export const SOURCES_BY_IDS = `
UNWIND $ids AS id MATCH (s:Source {id: id})
RETURN ${sourceProjection('s', false)} AS source`;

export const TEXTS_OF_SOURCES = `
UNWIND $ids AS id MATCH (s:Source {id: id})
RETURN s.id AS id, s.text AS text`;

/**
 * A source page in one statement: the source, and as the page asks, its assertions in text order
 * and the claims they are about, each in the shape of its own loader.
 */
export function sourcePageQuery(plan: SourcePagePlan): string {
  // No labels on a and c: HAS_ASSERTION only ever ends at an Assertion and ABOUT at a Claim (DESIGN.md's
  // model), and each label test is a db hit per row (147 -> 127 for a source of 10 assertions).
  const rows = (collected: string) => `CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_ASSERTION]->(a)-[:ABOUT]->(c)
  WITH a, c ORDER BY a.start, a.end
  RETURN ${collected}
}`;
  const assertions =
    plan.assertions === null
      ? 'WITH s, [] AS assertions, [] AS claims'
      : plan.assertions === 'whole'
        ? rows(
            `collect(${assertionProjection('a', 's', 'c')}) AS assertions${
              plan.withClaims ? `, collect(DISTINCT ${claimProjection('c')}) AS claims` : ', [] AS claims'
            }`,
          )
        : rows(
            `collect(${assertionColumnsProjection('a', 's', 'c', plan.assertions, plan.withClaims ? ', claim: c { .slug, .statement }' : '')}) AS assertions, [] AS claims`,
          );
  return `
MATCH (s:Source {id: $id})
${assertions}
RETURN ${(plan.source === 'named' ? namedSourceProjection : sourceProjection)('s', plan.withText)} AS source, assertions, claims`;
}

export const SOURCE_TEXT = `MATCH (s:Source {id: $id}) RETURN s.text AS text`;
export const SOURCE_PAGE_STARTS = `MATCH (s:Source {id: $id}) RETURN s.pageStarts AS pageStarts`;
export const SOURCE_WITH_HASH = `MATCH (s:Source {contentHash: $hash}) RETURN s.id AS id`;

export const CREATE_SOURCE = `
CREATE (s:Source {id: $id}) SET s += $props, s.commercialInterest = false, s.createdAt = datetime()
RETURN s.id AS id`;

/** Setting a property takes the node's write lock, so what is read after it stays as read until commit. */
export const LOCK_SOURCE = `
MATCH (s:Source {id: $id})
SET s.lockedAt = datetime()
RETURN s.text AS text, s.contentHash AS contentHash, coalesce(s.textVersion, 1) AS textVersion,
  [(s)-[:HAS_ASSERTION]->(a:Assertion)-[:ABOUT]->(c:Claim) | a { .id, .exact, .start, .end, .prefix, .suffix, .anchorState, claimSlug: c.slug }] AS assertions`;

export const REPLACE_SOURCE_TEXT = `
MATCH (s:Source {id: $id})
CREATE (s)-[:PREVIOUS_VERSION]->(:SourceVersion {sourceId: $id, textVersion: $oldVersion, text: s.text,
  contentHash: s.contentHash, replacedAt: datetime()})
SET s.text = $text, s.contentHash = $contentHash, s.textVersion = $oldVersion + 1
REMOVE s.lockedAt`;

/** What a source is stored from when made in the app: its text and the metadata a curator gives. */
export interface NewSourceProps {
  title: string;
  kind: string;
  text: string;
  contentHash: string;
  publisher: string | null;
  authors: string[];
  url: string | null;
  publishedAt: string | null;
  language: string;
  /** For a PDF, where each page starts in the text (page n at pageStarts[n - 1]); quotes name their page by it. */
  pageStarts?: number[] | null;
}

/** A source locked for a change of text: its text, version and the selectors of its assertions. */
export type LockedSource = {
  text: string;
  contentHash: string;
  textVersion: number;
  assertions: (Quote & { id: string; anchorState: string; claimSlug: string })[];
};

export class SourceRepository {
  constructor(private readonly client: CypherRunner) {}

  /** Sources by id, or with `text` (a Lucene query) the best matches first; each with its position, for the next cursor. */
  async page(
    after: SourcePosition | null,
    limit: number,
    text: string | null,
  ): Promise<(SourceRow & { position: SourcePosition })[]> {
    const rows = await this.client.read<{ source: SourceRow; score: number | null }>(
      text === null ? SOURCES_PAGE : SOURCES_MATCHING_PAGE,
      { afterId: after?.id ?? null, afterScore: after?.score ?? null, limit: cypherInt(limit), text },
    );
    return rows.map((r) => ({ ...r.source, position: { score: r.score, id: r.source.id } }));
  }

  /** How many sources there are, or how many match `text` (among the SOURCE_SEARCH_LIMIT best). */
  async count(text: string | null): Promise<number> {
    const [row] = await this.client.read<{ count: number }>(text === null ? SOURCES_COUNT : SOURCES_MATCHING_COUNT, {
      text,
    });
    return row?.count ?? 0;
  }

  /** The source page: null when no source has that id. */
  async pageOf(id: string, plan: SourcePagePlan): Promise<SourcePage | null> {
    const [row] = await this.client.read<SourcePage>(sourcePageQuery(plan), { id });
    return row ?? null;
  }

  /** Each source's text, in id order; `null` where no source has that id. */
  async textsOf(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.client.read<{ id: string; text: string }>(TEXTS_OF_SOURCES, { ids });
    return inKeyOrder(ids, rows, (r) => r.id).map((r) => r?.text ?? null);
  }

  /** One result per id, in id order, without the text; `null` where no source has that id. */
  async getByIds(ids: readonly string[]): Promise<(SourceRow | null)[]> {
    const rows = await this.client.read<{ source: SourceRow }>(SOURCES_BY_IDS, { ids });
    return inKeyOrder(
      ids,
      rows.map((r) => r.source),
      (s) => s.id,
    );
  }

  /** Each source's earlier texts, newest first; one list per id, in id order. */
  async previousVersions(ids: readonly string[]): Promise<SourceVersionRow[][]> {
    const rows = await this.client.read<{ version: SourceVersionRow }>(PREVIOUS_VERSIONS, { ids });
    return groupBy(
      ids,
      rows.map((r) => r.version),
      (v) => v.sourceId,
    );
  }

  async text(id: string): Promise<string | null> {
    const [row] = await this.client.read<{ text: string }>(SOURCE_TEXT, { id });
    return row?.text ?? null;
  }

  /** Where a PDF source's pages start in its text; null for other sources. */
  async pageStarts(id: string): Promise<number[] | null> {
    const [row] = await this.client.read<{ pageStarts: number[] | null }>(SOURCE_PAGE_STARTS, { id });
    return row?.pageStarts ?? null;
  }

  /** The source whose text has this sha256, if any: the same document is stored once. */
  async idWithContentHash(hash: string): Promise<string | null> {
    const [row] = await this.client.read<{ id: string }>(SOURCE_WITH_HASH, { hash });
    return row?.id ?? null;
  }

  async create(id: string, props: NewSourceProps): Promise<void> {
    await this.client.write(CREATE_SOURCE, { id, props });
  }

  /** Locks the source until the transaction ends; null when there is none. */
  async lock(id: string): Promise<LockedSource | null> {
    const [row] = await this.client.write<LockedSource>(LOCK_SOURCE, { id });
    return row ?? null;
  }

  /** A new text, the current one kept as a SourceVersion. */
  async replaceText(id: string, text: string, contentHash: string, oldVersion: number): Promise<void> {
    await this.client.write(REPLACE_SOURCE_TEXT, { id, text, contentHash, oldVersion: cypherInt(oldVersion) });
  }
}
