import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { createDatabase } from '../../server/src/db/repositories.js';
import { StatsRepository } from '../../server/src/db/stats.repository.js';
import { LoadService } from '../../server/src/services/load.service.js';
import { scaleFor, syntheticSources } from '../bench/synthetic-corpus.js';
import { writeCopiedCorpus } from '../support/copied-corpus.js';
import { startScript, type ScriptProcess } from '../support/script-process.js';
import { realCorpus } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

// Two sources or claims with one id, or an assertion with other than one source and one claim.
const DUPLICATES = `
MATCH (n) WHERE n:Source OR n:Claim OR n:Assertion OR n:Topic OR n:Person
WITH labels(n)[0] AS label, coalesce(n.id, n.slug, n.name) AS key, count(*) AS copies WHERE copies > 1
RETURN label + ' ' + key + ' ×' + copies AS duplicate
UNION ALL
MATCH (a:Assertion) WHERE COUNT { (a)<-[:HAS_ASSERTION]-(:Source) } <> 1 OR COUNT { (a)-[:ABOUT]->(:Claim) } <> 1
RETURN 'the links of assertion ' + a.id AS duplicate`;

const ASSERTION_LINKS = `
MATCH (s:Source)-[:HAS_ASSERTION]->(a:Assertion)-[:ABOUT]->(c:Claim)
RETURN a.id AS id, s.id AS sourceId, c.slug AS claimSlug, a.exact AS exact`;

interface AssertionLink {
  id: string;
  sourceId: string;
  claimSlug: string;
  exact: string;
}

const byId = (links: AssertionLink[]) => [...links].sort((a, b) => (a.id < b.id ? -1 : 1));

const scratch = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-killed-load-'));
// 16 copies of data/: 64 sources and 2,400 assertions, five batches of assertions in the one transaction.
const copiedCorpus = path.join(scratch, 'data');
writeCopiedCorpus(realCorpus, copiedCorpus, 16);
const corpus = readValidCorpus(copiedCorpus);

let db: Neo4jClient;
const loader = () => new LoadService(createDatabase(db));
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db?.close();
  rmSync(scratch, { recursive: true, force: true });
});

function neo4jEnv() {
  const neo4j = inject('neo4j');
  return { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
}

const kbLoad = () =>
  startScript(['server/src/cli/kb.ts', 'load'], { ...neo4jEnv(), CLAIMGRAPH_DATA_DIR: copiedCorpus });

/** kb says "assertions: 1500/2400" after each batch it has written inside its transaction. */
function halfTheAssertionsWritten(line: string): boolean {
  const progress = /\[kb\] assertions: (\d+)\/(\d+)$/.exec(line);
  return progress !== null && Number(progress[1]) * 2 >= Number(progress[2]) && progress[1] !== progress[2];
}

/** SIGKILL, and proof that it landed before the load could finish on its own. */
async function kill(load: ScriptProcess): Promise<void> {
  const end = await load.stop('SIGKILL');
  expect(end.signal).toBe('SIGKILL');
  expect(load.lines.join('\n')).not.toContain('"assertions":');
}

async function expectTheWholeCorpusOnce(): Promise<void> {
  expect(await new StatsRepository(db).counts()).toEqual({
    sources: corpus.sources.length,
    claims: corpus.claims.length,
    assertions: corpus.assertions.length,
  });
  expect(await db.read(DUPLICATES)).toEqual([]);
  const expected = corpus.assertions.map((a) => ({
    id: a.id,
    sourceId: a.sourceId,
    claimSlug: a.claimSlug,
    exact: a.quote.exact,
  }));
  expect(byId(await db.read<AssertionLink>(ASSERTION_LINKS))).toEqual(byId(expected));
  expect(await loader().loadedHash()).toBe(corpus.hash);
}

describe('kb load (server/src/cli/kb.ts), killed half-way', () => {
  it('leaves an empty base empty, and run again loads every source, claim and assertion once', async () => {
    const load = kbLoad();
    await load.waitForLine(halfTheAssertionsWritten);
    await kill(load);
    expect(await new StatsRepository(db).counts()).toEqual({ sources: 0, claims: 0, assertions: 0 });
    expect(await loader().loadedHash()).toBeNull();

    const again = kbLoad();
    expect(await again.ended, again.lines.join('\n')).toEqual({ code: 0, signal: null });
    await expectTheWholeCorpusOnce();
  }, 120_000);

  it('loses nothing of a loaded base, and run again still holds each node once and records no change', async () => {
    const load = kbLoad();
    await load.waitForLine(halfTheAssertionsWritten);
    await kill(load);
    await expectTheWholeCorpusOnce();

    const again = kbLoad();
    expect(await again.ended, again.lines.join('\n')).toEqual({ code: 0, signal: null });
    await expectTheWholeCorpusOnce();
    expect(await db.read('MATCH (r:Revision) RETURN r.targetId AS changed')).toEqual([]);
  }, 120_000);
});

describe('the benchmark’s batched synthetic load, killed between batches', () => {
  const scale = scaleFor(200);
  const syntheticLoad = () =>
    startScript(['tests/support/synthetic-load.ts', String(scale.sources), '100', '20'], neo4jEnv());

  it('keeps whole batches, and run again ends with exactly the scale’s sources, claims and assertions', async () => {
    await (await freshDatabase()).close();
    const load = syntheticLoad();
    await load.waitForLine((line) => line === `sources ${scale.sources / 2}/${scale.sources}`);
    expect((await load.stop('SIGKILL')).signal).toBe('SIGKILL');
    const killed = await new StatsRepository(db).counts();
    expect(killed.sources).toBeGreaterThanOrEqual(scale.sources / 2);
    expect(killed.sources).toBeLessThan(scale.sources);
    expect(killed.assertions).toBe((killed.sources * scale.assertions) / scale.sources);

    const again = syntheticLoad();
    expect(await again.ended, again.lines.join('\n')).toEqual({ code: 0, signal: null });
    expect(await new StatsRepository(db).counts()).toEqual(scale);
    expect(await db.read(DUPLICATES)).toEqual([]);
    const expected = [...syntheticSources(scale)].flatMap((s) =>
      s.assertions.map((a) => ({
        id: a.id,
        sourceId: s.id,
        claimSlug: a.claimSlug,
        exact: s.text.slice(a.start, a.end),
      })),
    );
    expect(byId(await db.read<AssertionLink>(ASSERTION_LINKS))).toEqual(byId(expected));
  }, 120_000);
});
