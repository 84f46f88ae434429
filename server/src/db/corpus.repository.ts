import type { Corpus } from '../corpus/corpus-reader.js';
import type { BaseSnapshot } from '../domain/evidence-table.js';
import type { AssertionRecord, ClaimRecord, SourceRecord } from '../domain/types.js';
import { refreshConsensus } from './consensus-cache.js';
import type { Neo4jClient, TransactionRunner } from './neo4j-client.js';
import { writeRevisions, type Change } from './revision-log.js';

const BATCH_SIZE = 500;

/** Who and why, for what a load changes in a base that was loaded before. */
const DATA_FILES_CHANGED: Change = { actor: 'data/', reason: 'the data files changed (kb load)' };

export const MERGE_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props`;

export const MERGE_CLAIMS = `
UNWIND $rows AS row
MERGE (c:Claim {slug: row.slug})
SET c.statement = row.statement, c.topics = row.topics
WITH c, row
CALL (c) { MATCH (c)-[old:IN_TOPIC|REFINES]->() DELETE old }
FOREACH (name IN row.topics | MERGE (t:Topic {name: name}) MERGE (c)-[:IN_TOPIC]->(t))`;

export const MERGE_CLAIM_LINKS = `
UNWIND $conflicts AS pair
MATCH (a:Claim {slug: pair[0]}), (b:Claim {slug: pair[1]})
MERGE (a)-[:CONFLICTS_WITH]->(b)
WITH count(*) AS ignored
UNWIND $refines AS pair
MATCH (narrow:Claim {slug: pair[0]}), (broad:Claim {slug: pair[1]})
MERGE (narrow)-[:REFINES]->(broad)`;

export const MERGE_ASSERTIONS = `
UNWIND $rows AS row
MATCH (s:Source {id: row.sourceId})
MATCH (c:Claim {slug: row.claimSlug})
MERGE (a:Assertion {id: row.id})
ON CREATE SET a.version = 1, a.createdAt = datetime()
SET a += row.props, a.anchorState = 'ANCHORED', a.gradedBy = 'curator'
WITH a, s, c, row
CALL (a) { MATCH (a)-[old:ABOUT|ATTRIBUTED_TO]->() DELETE old }
CALL (a) { MATCH (:Source)-[old:HAS_ASSERTION]->(a) DELETE old }
MERGE (s)-[:HAS_ASSERTION]->(a)
MERGE (a)-[:ABOUT]->(c)
FOREACH (name IN CASE WHEN row.attribution IS NULL THEN [] ELSE [row.attribution] END |
  MERGE (p:Person {name: name}) MERGE (a)-[:ATTRIBUTED_TO]->(p))`;

/** Bumped when loading writes something new (as the stored consensus), so an unchanged data/ is loaded again once. */
const LOADER_VERSION = 2;

const LOADED_FIELDS = [
  'stance',
  'grade',
  'basis',
  'rationale',
  'hedged',
  'cited',
  'attribution',
  'exact',
  'start',
  'end',
  'prefix',
  'suffix',
] as const;

export const STORED_ASSERTIONS = `
UNWIND $ids AS id
MATCH (s:Source)-[:HAS_ASSERTION]->(a:Assertion {id: id})-[:ABOUT]->(c:Claim)
RETURN a.id AS id, s.id AS sourceId, c.slug AS claimSlug, a { ${LOADED_FIELDS.map((f) => `.${f}`).join(', ')} } AS props`;

export const BUMP_VERSIONS = `UNWIND $ids AS id MATCH (a:Assertion {id: id}) SET a.version = a.version + 1`;

export const MARK_LOADED = `
MERGE (l:CorpusLoad {key: 'data'})
SET l.hash = $hash, l.loaderVersion = $loaderVersion, l.loadedAt = datetime()`;

export const LOADED_HASH = `MATCH (l:CorpusLoad {key: 'data'}) WHERE l.loaderVersion = $loaderVersion RETURN l.hash AS hash`;

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

export interface LoadProgress {
  step: 'sources' | 'claims' | 'links' | 'assertions' | 'consensus';
  done: number;
  total: number;
}

export class CorpusRepository {
  constructor(private readonly client: Neo4jClient) {}

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

  async loadedHash(): Promise<string | null> {
    const rows = await this.client.read<{ hash: string }>(LOADED_HASH, { loaderVersion: LOADER_VERSION });
    return rows[0]?.hash ?? null;
  }

  /** Writes the corpus in one transaction of batched statements: a failure leaves the base as it was. */
  async load(corpus: Corpus, onProgress: (p: LoadProgress) => void = () => {}): Promise<void> {
    await this.client.writeTransaction(async (run) => {
      await inBatches(run, MERGE_SOURCES, corpus.sources.map(sourceRow), (done, total) =>
        onProgress({ step: 'sources', done, total }),
      );
      await inBatches(run, MERGE_CLAIMS, corpus.claims.map(claimRow), (done, total) =>
        onProgress({ step: 'claims', done, total }),
      );
      await run(MERGE_CLAIM_LINKS, claimLinks(corpus.claims));
      onProgress({ step: 'links', done: 1, total: 1 });
      await loadAssertions(run, corpus.assertions.map(assertionRow), (done, total) =>
        onProgress({ step: 'assertions', done, total }),
      );
      await refreshConsensus(
        run,
        corpus.claims.map((c) => c.slug),
        DATA_FILES_CHANGED,
      );
      onProgress({ step: 'consensus', done: corpus.claims.length, total: corpus.claims.length });
      await run(MARK_LOADED, { hash: corpus.hash, loaderVersion: LOADER_VERSION });
    });
  }
}

type AssertionLoadRow = ReturnType<typeof assertionRow>;
type StoredAssertion = { id: string; sourceId: string; claimSlug: string; props: Record<string, unknown> };

/**
 * Loads assertions batch by batch; where a stored assertion differs from its data file, the change
 * is not silent: its version goes up and a revision by "data/" records before and after.
 */
async function loadAssertions(
  run: TransactionRunner,
  rows: AssertionLoadRow[],
  progress: (done: number, total: number) => void,
) {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const batch = rows.slice(i, i + BATCH_SIZE);
    const stored = new Map(
      (await run<StoredAssertion>(STORED_ASSERTIONS, { ids: batch.map((r) => r.id) })).map((a) => [a.id, a]),
    );
    const changed = batch.flatMap((row) => {
      const before = stored.get(row.id);
      if (!before) return [];
      const after = { ...row.props, sourceId: row.sourceId, claimSlug: row.claimSlug };
      const old = { ...before.props, sourceId: before.sourceId, claimSlug: before.claimSlug };
      const differs = (Object.keys(after) as (keyof typeof after)[]).some(
        (key) => (old as Record<string, unknown>)[key] !== after[key],
      );
      return differs ? [{ id: row.id, before: old, after }] : [];
    });
    await run(MERGE_ASSERTIONS, { rows: batch });
    if (changed.length > 0) {
      await run(BUMP_VERSIONS, { ids: changed.map((c) => c.id) });
      await writeRevisions(
        run,
        changed.map((c) => ({
          targetType: 'Assertion',
          targetId: c.id,
          action: 'load',
          before: c.before,
          after: c.after,
          claimSlug: c.after.claimSlug,
          sourceId: c.after.sourceId,
        })),
        DATA_FILES_CHANGED,
      );
    }
    progress(Math.min(i + BATCH_SIZE, rows.length), rows.length);
  }
}

async function inBatches(
  run: TransactionRunner,
  cypher: string,
  rows: unknown[],
  progress: (done: number, total: number) => void,
) {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    await run(cypher, { rows: rows.slice(i, i + BATCH_SIZE) });
    progress(Math.min(i + BATCH_SIZE, rows.length), rows.length);
  }
}

function sourceRow(s: SourceRecord) {
  const evidence = s.commercialInterest.evidence;
  const jama = Object.fromEntries(
    (['authorship', 'attribution', 'disclosure', 'currency'] as const).flatMap((k) => {
      const name = k[0]!.toUpperCase() + k.slice(1);
      return [
        [`jama${name}Met`, s.jama[k].met],
        [`jama${name}Reason`, s.jama[k].reason],
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

function claimRow(c: ClaimRecord) {
  return { slug: c.slug, statement: c.statement, topics: c.topics };
}

function claimLinks(claims: ClaimRecord[]) {
  const conflicts = claims.flatMap((c) => c.conflictsWith.map((other) => [c.slug, other].sort()));
  const refines = claims.flatMap((c) => (c.refines ? [[c.slug, c.refines]] : []));
  return { conflicts, refines };
}

function assertionRow(a: AssertionRecord) {
  return {
    id: a.id,
    sourceId: a.sourceId,
    claimSlug: a.claimSlug,
    attribution: a.attribution,
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
    },
  };
}
