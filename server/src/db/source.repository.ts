import type { JamaBenchmarks, Quote } from '../domain/types.js';
import { cypherInt, type Neo4jClient } from './neo4j-client.js';

export interface SourceRow {
  id: string;
  title: string;
  kind: string;
  publisher: string | null;
  authors: string[];
  url: string | null;
  publishedAt: string | null;
  retrievedAt: string | null;
  language: string;
  contentHash: string;
  text: string;
  commercialInterest: boolean;
  commercialInterestEvidence: Quote | null;
  jama: JamaBenchmarks;
}

const SOURCE_PROJECTION = `s {
  .id, .title, .kind, .publisher, .authors, .url, .publishedAt, .retrievedAt, .language, .contentHash, .text,
  commercialInterest: coalesce(s.commercialInterest, false),
  commercialInterestEvidence: CASE WHEN s.commercialInterestExact IS NULL THEN null ELSE {
    exact: s.commercialInterestExact, start: s.commercialInterestStart, end: s.commercialInterestEnd,
    prefix: s.commercialInterestPrefix, suffix: s.commercialInterestSuffix } END,
  jama: {
    authorship: { met: s.jamaAuthorshipMet, reason: s.jamaAuthorshipReason },
    attribution: { met: s.jamaAttributionMet, reason: s.jamaAttributionReason },
    disclosure: { met: s.jamaDisclosureMet, reason: s.jamaDisclosureReason },
    currency: { met: s.jamaCurrencyMet, reason: s.jamaCurrencyReason } }
}`;

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
    const byId = new Map(rows.map((r) => [r.source.id, r.source]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
