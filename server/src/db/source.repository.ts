import type { Quote, SourceRecord } from '../domain/types.js';
import { groupBy, inKeyOrder } from './key-order.js';
import { cypherInt, type Neo4jClient } from './neo4j-client.js';

/** A source as stored: its commercial interest flattened to a flag and the passage that shows it. */
export type SourceRow = Omit<SourceRecord, 'commercialInterest' | 'jama'> & {
  /** Null until a curator has assessed the source (curated corpus sources always are). */
  jama: SourceRecord['jama'] | null;
  textVersion: number;
  commercialInterest: boolean;
  commercialInterestEvidence: Quote | null;
};

const SOURCE_PROJECTION = `s {
  .id, .title, .kind, textVersion: coalesce(s.textVersion, 1), .publisher, .authors, .url, .publishedAt, .retrievedAt, .language, .contentHash, .text,
  commercialInterest: coalesce(s.commercialInterest, false),
  commercialInterestEvidence: CASE WHEN s.commercialInterestExact IS NULL THEN null ELSE {
    exact: s.commercialInterestExact, start: s.commercialInterestStart, end: s.commercialInterestEnd,
    prefix: s.commercialInterestPrefix, suffix: s.commercialInterestSuffix } END,
  jama: CASE WHEN s.jamaAuthorshipMet IS NULL THEN null ELSE {
    authorship: { met: s.jamaAuthorshipMet, reason: s.jamaAuthorshipReason },
    attribution: { met: s.jamaAttributionMet, reason: s.jamaAttributionReason },
    disclosure: { met: s.jamaDisclosureMet, reason: s.jamaDisclosureReason },
    currency: { met: s.jamaCurrencyMet, reason: s.jamaCurrencyReason } } END
}`;

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
RETURN ${SOURCE_PROJECTION} AS source
ORDER BY s.id LIMIT $limit`;

export const SOURCES_BY_IDS = `
UNWIND $ids AS id MATCH (s:Source {id: id})
RETURN ${SOURCE_PROJECTION} AS source`;

export class SourceRepository {
  constructor(private readonly client: Neo4jClient) {}

  async page(afterId: string | null, limit: number): Promise<SourceRow[]> {
    const rows = await this.client.read<{ source: SourceRow }>(SOURCES_PAGE, { afterId, limit: cypherInt(limit) });
    return rows.map((r) => r.source);
  }

  /** One result per id, in id order; `null` where no source has that id. */
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
}
