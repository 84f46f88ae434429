import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readValidCorpus, type Corpus } from '../../server/src/corpus/corpus-reader.js';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { createDatabase } from '../../server/src/db/repositories.js';
import { StatsRepository } from '../../server/src/db/stats.repository.js';
import { LoadService } from '../../server/src/services/load.service.js';
import { freshDatabase } from '../support/test-database.js';
import { fixtureCorpus } from '../support/test-app.js';

let db: Neo4jClient;
const loader = () => new LoadService(createDatabase(db));
let corpus: Corpus;

beforeAll(async () => {
  db = await freshDatabase();
  corpus = readValidCorpus(fixtureCorpus('corpus-small'));
});
afterAll(async () => db?.close());

const countAll = async () =>
  (
    await db.read<{ nodes: number; rels: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    )
  )[0]!;

describe('loading data/ into Neo4j', () => {
  it('writes every source, claim and assertion with its links', async () => {
    await loader().load(corpus);
    expect(await new StatsRepository(db).counts()).toEqual({ sources: 1, claims: 2, assertions: 2 });
    const links = await db.read<{ claim: string; source: string; exact: string }>(
      'MATCH (s:Source)-[:HAS_ASSERTION]->(a:Assertion)-[:ABOUT]->(c:Claim) RETURN c.slug AS claim, s.id AS source, a.exact AS exact ORDER BY claim',
    );
    expect(links).toHaveLength(2);
    expect(links[1]!.exact).toMatch(/^Clinics commonly use exosome-based protocols/);
  });

  it('is idempotent: a second load leaves the same nodes and relationships', async () => {
    const before = await countAll();
    await loader().load(corpus);
    expect(await countAll()).toEqual(before);
  });

  it('records which corpus it loaded, so an unchanged data/ is not loaded again', async () => {
    expect(await loader().loadedHash()).toBe(corpus.hash);
  });

  it('leaves the base as it was when a write fails half-way', async () => {
    const before = await countAll();
    const broken: Corpus = {
      ...corpus,
      hash: 'broken',
      sources: [{ ...corpus.sources[0]!, id: 'a-new-source' }],
      // A map is not a legal Neo4j property value: the assertion batch fails after the source batch ran.
      assertions: [
        { ...corpus.assertions[0]!, id: 'a-new-assertion', rationale: { not: 'a string' } as unknown as string },
      ],
    };
    await expect(loader().load(broken)).rejects.toThrow();
    expect(await countAll()).toEqual(before);
    expect(await db.read('MATCH (s:Source {id: "a-new-source"}) RETURN s')).toEqual([]);
    expect(await loader().loadedHash()).toBe(corpus.hash);
  });

  it('records a changed data file as a revision of each assertion it changes, never silently', async () => {
    const target = corpus.assertions[0]!;
    const changed: Corpus = {
      ...corpus,
      hash: 'changed',
      assertions: corpus.assertions.map((a) =>
        a.id === target.id ? { ...a, rationale: 'A rationale rewritten in the data file.' } : a,
      ),
    };
    await loader().load(changed);
    const [row] = await db.read<{
      version: number;
      rationale: string;
      revisions: { action: string; actor: string; before: string; after: string }[];
    }>(
      `MATCH (a:Assertion {id: $id}) RETURN a.version AS version, a.rationale AS rationale,
        COLLECT { MATCH (r:Revision {targetId: $id}) RETURN r { .action, .actor, .before, .after } } AS revisions`,
      { id: target.id },
    );
    expect(row!.version).toBe(2);
    expect(row!.rationale).toBe('A rationale rewritten in the data file.');
    expect(row!.revisions).toHaveLength(1);
    expect(row!.revisions[0]).toMatchObject({ action: 'load', actor: 'data/' });
    expect(JSON.parse(row!.revisions[0]!.before).rationale).toBe(target.rationale);
    const untouched = await db.read<{ versions: number[] }>(
      'MATCH (a:Assertion) WHERE a.id <> $id RETURN collect(a.version) AS versions',
      { id: target.id },
    );
    expect(new Set(untouched[0]!.versions)).toEqual(new Set([1]));
  });
});
