import type { EntryFields, EntryKind } from '../domain/corpus-merge.js';
import type { BaseSnapshot } from '../domain/evidence-table.js';
import type { AssertionRecord, ClaimRecord, Quote, SourceRecord } from '../domain/types.js';
import type { CypherRunner } from './neo4j-client.js';

/**
 * The queries of loading data/ into a live base as a three-way merge: the entries as the base
 * holds them (in the shape of domain/corpus-entries.ts), the baseline of each (the data/ last
 * loaded), the writes that apply data/, and the conflicts left open.
 */

/** Taking a node's write lock by writing it: kept until commit, so a curator's edit waits instead of being overwritten. */
const LOCK = (v: string) => `SET ${v}.lockedAt = true REMOVE ${v}.lockedAt`;

const SOURCE_FIELDS = `s { .title, .kind, .publisher, authors: coalesce(s.authors, []), .url, .publishedAt, .retrievedAt,
  language: coalesce(s.language, 'en'), .seedFile, .contentHash,
  commercialInterest: { present: coalesce(s.commercialInterest, false),
    evidence: CASE WHEN s.commercialInterestExact IS NULL THEN null ELSE {
      exact: s.commercialInterestExact, start: s.commercialInterestStart, end: s.commercialInterestEnd,
      prefix: s.commercialInterestPrefix, suffix: s.commercialInterestSuffix } END },
  jama: CASE WHEN s.jamaAuthorshipMet IS NULL THEN null ELSE {
    authorship: { met: s.jamaAuthorshipMet, reason: s.jamaAuthorshipReason },
    attribution: { met: s.jamaAttributionMet, reason: s.jamaAttributionReason },
    disclosure: { met: s.jamaDisclosureMet, reason: s.jamaDisclosureReason },
    currency: { met: s.jamaCurrencyMet, reason: s.jamaCurrencyReason } } END }`;

const CLAIM_FIELDS = `{ statement: c.statement, topics: coalesce(c.topics, []) }`;

const ASSERTION_FIELDS = `{ sourceId: s.id, claimSlug: c.slug, stance: a.stance, grade: a.grade, basis: a.basis,
  rationale: a.rationale, hedged: a.hedged, cited: a.cited, attribution: a.attribution,
  quote: { exact: a.exact, start: a.start, end: a.end, prefix: a.prefix, suffix: a.suffix },
  gradedBy: coalesce(a.gradedBy, 'curator'), anchorState: coalesce(a.anchorState, 'ANCHORED') }`;

export const LIVE_ENTRIES: Record<EntryKind, string> = {
  Source: `UNWIND $keys AS key MATCH (s:Source {id: key}) ${LOCK('s')} RETURN key, ${SOURCE_FIELDS} AS fields`,
  Claim: `UNWIND $keys AS key MATCH (c:Claim {slug: key}) ${LOCK('c')} RETURN key, ${CLAIM_FIELDS} AS fields`,
  Assertion: `UNWIND $keys AS key MATCH (s:Source)-[:HAS_ASSERTION]->(a:Assertion {id: key})-[:ABOUT]->(c:Claim) ${LOCK('a')}
RETURN key, ${ASSERTION_FIELDS} AS fields`,
  ClaimLink: `UNWIND $keys AS key
WITH key, split(key, ' ') AS parts
MATCH (a:Claim {slug: parts[1]}), (b:Claim {slug: parts[2]})
WHERE (parts[0] = 'CONFLICTS_WITH' AND EXISTS { (a)-[:CONFLICTS_WITH]-(b) }) OR (parts[0] = 'REFINES' AND EXISTS { (a)-[:REFINES]->(b) })
RETURN key, {} AS fields`,
};

/** A changed text keeps the one it replaces as a SourceVersion, as a curator's revision does. */
export const SOURCES_FROM_DATA = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
WITH s, row, s.contentHash AS oldHash, s.text AS oldText, coalesce(s.textVersion, 1) AS oldVersion
FOREACH (_ IN CASE WHEN oldHash IS NOT NULL AND oldHash <> row.props.contentHash THEN [1] ELSE [] END |
  CREATE (s)-[:PREVIOUS_VERSION]->(:SourceVersion {sourceId: row.id, textVersion: oldVersion, text: oldText,
    contentHash: oldHash, replacedAt: datetime()})
  SET s.textVersion = oldVersion + 1)
SET s += row.props
RETURN s.id AS id, oldHash IS NOT NULL AND oldHash <> row.props.contentHash AS textChanged`;

export const CLAIMS_FROM_DATA = `
UNWIND $rows AS row
MERGE (c:Claim {slug: row.slug})
SET c.statement = row.statement, c.topics = row.topics, c.corpusOrder = row.order
WITH c, row
CALL (c) { MATCH (c)-[old:IN_TOPIC]->() DELETE old }
FOREACH (name IN row.topics | MERGE (t:Topic {name: name}) MERGE (c)-[:IN_TOPIC]->(t))`;

export const ASSERTIONS_FROM_DATA = `
UNWIND $rows AS row
MATCH (s:Source {id: row.sourceId})
MATCH (c:Claim {slug: row.claimSlug})
WHERE row.props.anchorState = 'ORPHANED'
  OR substring(s.text, toInteger(row.props.start), toInteger(row.props.end) - toInteger(row.props.start)) = row.props.exact
MERGE (a:Assertion {id: row.id})
ON CREATE SET a.version = 1, a.createdAt = datetime()
ON MATCH SET a.version = a.version + 1
SET a += row.props, a.corpusOrder = row.order
WITH a, s, c, row
CALL (a) { MATCH (a)-[old:ABOUT|ATTRIBUTED_TO]->() DELETE old }
CALL (a) { MATCH (:Source)-[old:HAS_ASSERTION]->(a) DELETE old }
MERGE (s)-[:HAS_ASSERTION]->(a)
MERGE (a)-[:ABOUT]->(c)
FOREACH (name IN CASE WHEN row.props.attribution IS NULL THEN [] ELSE [row.props.attribution] END |
  MERGE (p:Person {name: name}) MERGE (a)-[:ATTRIBUTED_TO]->(p))
RETURN a.id AS id`;

export const DELETE_ASSERTIONS = `
UNWIND $keys AS key MATCH (a:Assertion {id: key})-[:ABOUT]->(c:Claim)
DETACH DELETE a RETURN c.slug AS claimSlug`;

/** In the direction data/ declares them: a conflict is read both ways, but exported on the claim that lists it. */
export const LINKS_FROM_DATA = `
UNWIND $links AS link
MATCH (a:Claim {slug: link.from}), (b:Claim {slug: link.to})
FOREACH (_ IN CASE WHEN link.type = 'CONFLICTS_WITH' THEN [1] ELSE [] END | MERGE (a)-[:CONFLICTS_WITH]->(b))
FOREACH (_ IN CASE WHEN link.type = 'REFINES' THEN [1] ELSE [] END | MERGE (a)-[:REFINES]->(b))`;

export const DELETE_LINKS = `
UNWIND $keys AS key
WITH split(key, ' ') AS parts
MATCH (:Claim {slug: parts[1]})-[r]-(:Claim {slug: parts[2]})
WHERE type(r) = parts[0] AND (type(r) = 'CONFLICTS_WITH' OR startNode(r).slug = parts[1])
DELETE r`;

/** What would be lost with a source or claim that data/ no longer has: passages or proposals the base holds on it. */
export const DEPENDENTS: Record<'Source' | 'Claim', string> = {
  Source: `UNWIND $keys AS key MATCH (s:Source {id: key})
RETURN key, COUNT { (s)-[:HAS_ASSERTION]->() } AS assertions, COUNT { (s)-[:HAS_PROPOSAL]->() } AS proposals`,
  Claim: `UNWIND $keys AS key MATCH (c:Claim {slug: key})
RETURN key, COUNT { (c)<-[:ABOUT]-() } AS assertions, COUNT { MATCH (p:Proposal {claimSlug: key}) } AS proposals`,
};

export const DELETE_ENTRIES: Record<'Source' | 'Claim', string> = {
  Source: `UNWIND $keys AS key MATCH (s:Source {id: key})
OPTIONAL MATCH (s)-[:PREVIOUS_VERSION]->(v:SourceVersion) DETACH DELETE v, s`,
  Claim: `UNWIND $keys AS key MATCH (c:Claim {slug: key}) DETACH DELETE c`,
};

export const SELECTORS_ON_SOURCES = `
UNWIND $ids AS id
MATCH (:Source {id: id})-[:HAS_ASSERTION]->(a:Assertion)
RETURN a { .id, .exact, .start, .end, .prefix, .suffix, anchorState: coalesce(a.anchorState, 'ANCHORED') } AS assertion`;

export const SNAPSHOT_SOURCES = `
MATCH (s:Source)
WHERE $slug IS NULL OR EXISTS { (s)-[:HAS_ASSERTION]->(:Assertion)-[:ABOUT]->(:Claim {slug: $slug}) }
RETURN s { .id, .title, .kind, commercialInterest: coalesce(s.commercialInterest, false) } AS row ORDER BY s.id`;

export const SNAPSHOT_CLAIMS = `
MATCH (c:Claim) WHERE $slug IS NULL OR c.slug = $slug
RETURN c { .slug, .statement, topics: coalesce(c.topics, []),
  conflictsWith: [(c)-[:CONFLICTS_WITH]-(o:Claim) | o.slug] } AS row ORDER BY c.slug`;

export const SNAPSHOT_ASSERTIONS = `
MATCH (s:Source)-[:HAS_ASSERTION]->(a:Assertion)-[:ABOUT]->(c:Claim) WHERE $slug IS NULL OR c.slug = $slug
RETURN a { .id, .stance, .grade, .basis, .rationale, .hedged, .cited, .attribution, .anchorState, .gradedBy,
  sourceId: s.id, claimSlug: c.slug,
  quote: { exact: a.exact, start: a.start, end: a.end, prefix: a.prefix, suffix: a.suffix } } AS row
ORDER BY c.slug, s.id, a.start`;

/** Every source with its text, claim and assertion of the base in the shape of data/, for `kb export --format corpus`. */
export const CORPUS_SOURCES = `MATCH (s:Source) RETURN s.id AS key, ${SOURCE_FIELDS} AS fields, s.text AS text ORDER BY s.id`;
/** In the order of the files they were loaded from (corpusOrder), then those made in the app, oldest first. */
export const CORPUS_CLAIMS = `
MATCH (c:Claim)
RETURN c.slug AS key, ${CLAIM_FIELDS} AS fields,
  [(c)-[:CONFLICTS_WITH]->(o:Claim) | o.slug] AS conflictsWith, head([(c)-[:REFINES]->(b:Claim) | b.slug]) AS refines
ORDER BY c.corpusOrder IS NULL, c.corpusOrder, c.createdAt, c.slug`;
export const CORPUS_ASSERTIONS = `
MATCH (s:Source)-[:HAS_ASSERTION]->(a:Assertion)-[:ABOUT]->(c:Claim)
RETURN a.id AS key, ${ASSERTION_FIELDS} AS fields
ORDER BY s.id, a.corpusOrder IS NULL, a.corpusOrder, a.createdAt, a.start, a.id`;

export type EntryRow = { key: string; fields: EntryFields };

export class CorpusRepository {
  constructor(private readonly client: CypherRunner) {}

  /** The whole base as plain data, for export and statistics; or one claim with its assertions and their sources. */
  async snapshot(claimSlug: string | null = null): Promise<BaseSnapshot> {
    const rowsOf = async <T>(cypher: string) =>
      (await this.client.read<{ row: T }>(cypher, { slug: claimSlug })).map((r) => r.row);
    const [sources, claims, assertions] = await Promise.all([
      rowsOf<BaseSnapshot['sources'][number]>(SNAPSHOT_SOURCES),
      rowsOf<BaseSnapshot['claims'][number]>(SNAPSHOT_CLAIMS),
      rowsOf<BaseSnapshot['assertions'][number]>(SNAPSHOT_ASSERTIONS),
    ]);
    return { sources, claims, assertions };
  }

  /** The entries of one kind as the base holds them, locked until the transaction ends. */
  async liveEntries(kind: EntryKind, keys: readonly string[]): Promise<EntryRow[]> {
    return this.client.write<EntryRow>(LIVE_ENTRIES[kind], { keys });
  }

  /** Creates or updates sources from data/; returns the ids whose text changed (the old text kept). */
  async writeSources(sources: readonly SourceRecord[]): Promise<string[]> {
    if (sources.length === 0) return [];
    const rows = await this.client.write<{ id: string; textChanged: boolean }>(SOURCES_FROM_DATA, {
      rows: sources.map(sourceRow),
    });
    return rows.filter((r) => r.textChanged).map((r) => r.id);
  }

  /** Creates or updates claims from data/, each with its place in the claims file (`order`), which export keeps. */
  async writeClaims(claims: readonly (ClaimRecord & { order: number })[]): Promise<void> {
    if (claims.length > 0)
      await this.client.write(CLAIMS_FROM_DATA, {
        rows: claims.map((c) => ({ slug: c.slug, statement: c.statement, topics: c.topics, order: c.order })),
      });
  }

  /**
   * Creates or updates assertions from data/ (an update bumps the version); returns the ids written:
   * not those whose quote does not stand in the base's text of their source, or whose source or claim is missing.
   */
  async writeAssertions(assertions: readonly (AssertionRecord & { order: number })[]): Promise<string[]> {
    if (assertions.length === 0) return [];
    const rows = await this.client.write<{ id: string }>(ASSERTIONS_FROM_DATA, {
      rows: assertions.map((a) => ({ ...assertionRow(a), order: a.order })),
    });
    return rows.map((r) => r.id);
  }

  /** Removes assertions; returns the slugs of the claims they were about. */
  async deleteAssertions(keys: readonly string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    return (await this.client.write<{ claimSlug: string }>(DELETE_ASSERTIONS, { keys })).map((r) => r.claimSlug);
  }

  async writeLinks(links: readonly { type: string; from: string; to: string }[]): Promise<void> {
    if (links.length > 0) await this.client.write(LINKS_FROM_DATA, { links });
  }

  async deleteLinks(keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.client.write(DELETE_LINKS, { keys });
  }

  /** How many assertions and proposals hang on each source or claim. */
  async dependents(
    kind: 'Source' | 'Claim',
    keys: readonly string[],
  ): Promise<{ key: string; assertions: number; proposals: number }[]> {
    return keys.length === 0 ? [] : this.client.read(DEPENDENTS[kind], { keys });
  }

  /** Removes sources (with their earlier texts) or claims; the caller has checked that nothing hangs on them. */
  async deleteEntries(kind: 'Source' | 'Claim', keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.client.write(DELETE_ENTRIES[kind], { keys });
  }

  /** The selectors of every assertion on these sources, to re-anchor after their texts changed. */
  async selectorsOn(sourceIds: readonly string[]): Promise<(Quote & { id: string; anchorState: string })[]> {
    const rows = await this.client.read<{ assertion: Quote & { id: string; anchorState: string } }>(
      SELECTORS_ON_SOURCES,
      { ids: sourceIds },
    );
    return rows.map((r) => r.assertion);
  }

  /** Every source (with its text), claim (with its links) and assertion, in the shape data/ holds them. */
  async corpusEntries(): Promise<{
    sources: (EntryRow & { text: string })[];
    claims: (EntryRow & { conflictsWith: string[]; refines: string | null })[];
    assertions: EntryRow[];
  }> {
    const [sources, claims, assertions] = await Promise.all([
      this.client.read<EntryRow & { text: string }>(CORPUS_SOURCES),
      this.client.read<EntryRow & { conflictsWith: string[]; refines: string | null }>(CORPUS_CLAIMS),
      this.client.read<EntryRow>(CORPUS_ASSERTIONS),
    ]);
    return { sources, claims, assertions };
  }
}

function sourceRow(s: SourceRecord) {
  const evidence = s.commercialInterest.evidence;
  const jama = Object.fromEntries(
    (['authorship', 'attribution', 'disclosure', 'currency'] as const).flatMap((k) => {
      const name = k[0]!.toUpperCase() + k.slice(1);
      return [
        [`jama${name}Met`, s.jama?.[k].met ?? null],
        [`jama${name}Reason`, s.jama?.[k].reason ?? null],
      ];
    }),
  );
  return {
    id: s.id,
    props: {
      title: s.title,
      kind: s.kind,
      publisher: s.publisher,
      authors: s.authors,
      url: s.url,
      publishedAt: s.publishedAt,
      retrievedAt: s.retrievedAt,
      language: s.language,
      seedFile: s.seedFile ?? null,
      contentHash: s.contentHash,
      text: s.text,
      commercialInterest: s.commercialInterest.present,
      commercialInterestExact: evidence?.exact ?? null,
      commercialInterestStart: evidence?.start ?? null,
      commercialInterestEnd: evidence?.end ?? null,
      commercialInterestPrefix: evidence?.prefix ?? null,
      commercialInterestSuffix: evidence?.suffix ?? null,
      ...jama,
    },
  };
}

function assertionRow(a: AssertionRecord) {
  return {
    id: a.id,
    sourceId: a.sourceId,
    claimSlug: a.claimSlug,
    props: {
      stance: a.stance,
      grade: a.grade,
      basis: a.basis,
      rationale: a.rationale,
      hedged: a.hedged,
      cited: a.cited,
      attribution: a.attribution,
      exact: a.quote.exact,
      start: a.quote.start,
      end: a.quote.end,
      prefix: a.quote.prefix,
      suffix: a.quote.suffix,
      gradedBy: a.gradedBy ?? 'curator',
      anchorState: a.anchorState ?? 'ANCHORED',
    },
  };
}
