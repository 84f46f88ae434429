import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { createDatabase } from '../../server/src/db/repositories.js';
import { CurationService } from '../../server/src/services/curation.service.js';
import { LoadService } from '../../server/src/services/load.service.js';
import { realCorpus, startTestApp } from '../support/test-app.js';
import { kb } from '../support/kb-command.js';
import { freshDatabase } from '../support/test-database.js';

/**
 * The live base is the record once it exists: loading data/ again merges three ways (the data/ last
 * loaded, today's data/, the base), takes what changed on one side, and names what changed on both.
 */

const scratch = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-merge-'));
const dataDir = path.join(scratch, 'data');
const SOURCE = 'korea-clinic-exosome-faq';
const assertionsFile = path.join(dataDir, 'assertions', `${SOURCE}.json`);
cpSync(realCorpus, dataDir, { recursive: true });
const CURATOR = { actor: 'alice', reason: 'the passage cites no study' };

type DataAssertion = { id: string; rationale: string; hedged: boolean; attribution: string | null };
const assertionsInData = () => JSON.parse(readFileSync(assertionsFile, 'utf8')) as DataAssertion[];
const [EDITED, ELSEWHERE, DELETED, BOTH] = assertionsInData().map((a) => a.id);

function editData(id: string, change: Partial<DataAssertion>) {
  writeFileSync(
    assertionsFile,
    JSON.stringify(
      assertionsInData().map((a) => (a.id === id ? { ...a, ...change } : a)),
      null,
      2,
    ),
  );
}

let client: Neo4jClient;
const load = (options = {}) => new LoadService(createDatabase(client)).load(readValidCorpus(dataDir), options);
const curation = () => new CurationService(createDatabase(client));

async function stored(id: string) {
  const [row] = await client.read<{ rationale: string; hedged: boolean; version: number }>(
    'MATCH (a:Assertion {id: $id}) RETURN a.rationale AS rationale, a.hedged AS hedged, a.version AS version',
    { id },
  );
  return row ?? null;
}

const revisionsOf = (id: string) =>
  client.read<{ action: string; actor: string; reason: string }>(
    'MATCH (r:Revision {targetId: $id}) RETURN r.action AS action, r.actor AS actor, r.reason AS reason ORDER BY r.at',
    { id },
  );

const kbOn = (args: string[], dir = dataDir) => kb(args, { CLAIMGRAPH_DATA_DIR: dir });

beforeAll(async () => {
  client = await freshDatabase();
  await load();
});
afterAll(async () => {
  await client?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('loading data/ into a base curators have changed', () => {
  it('keeps an edit made in the app and takes a data/ change made elsewhere', async () => {
    const version = (await stored(EDITED!))!.version;
    await curation().updateAssertion(EDITED!, version, { rationale: 'Edited in the app: no study is named.' }, CURATOR);
    editData(ELSEWHERE!, { rationale: 'Corrected in data/: a definitional aside.' });

    const report = await load();

    expect(report.conflicts).toEqual([]);
    expect(report).toMatchObject({ updated: 1, keptBase: 1 });
    expect((await stored(EDITED!))!.rationale).toBe('Edited in the app: no study is named.');
    expect((await stored(ELSEWHERE!))!.rationale).toBe('Corrected in data/: a definitional aside.');
    expect((await revisionsOf(ELSEWHERE!)).map((r) => [r.action, r.actor])).toEqual([['load', 'data/']]);
  });

  it('keeps the edit through a further load, and a restart that finds data/ unchanged', async () => {
    editData(ELSEWHERE!, { rationale: 'Corrected again in data/: a definitional aside.' });
    await load();
    expect((await stored(EDITED!))!.rationale).toBe('Edited in the app: no study is named.');
    expect(await new LoadService(createDatabase(client)).isLoaded(readValidCorpus(dataDir))).toBe(true);
  });

  it('does not bring back an assertion deleted in the app when data/ changes elsewhere', async () => {
    await curation().deleteAssertion(DELETED!, (await stored(DELETED!))!.version, CURATOR);
    editData(ELSEWHERE!, { hedged: false });
    const report = await load();
    expect(report.conflicts).toEqual([]);
    expect(await stored(DELETED!)).toBeNull();
    expect((await stored(ELSEWHERE!))!.hedged).toBe(false);
  });

  it('never deletes what was made in the app: sources, claims and assertions data/ does not hold', async () => {
    const sourceId = await curation().createSource(
      {
        title: 'A letter from a reader',
        kind: 'other',
        text: 'I tried an exosome serum and my skin felt smoother.',
        publisher: null,
        authors: [],
        url: null,
        publishedAt: null,
        language: 'en',
      },
      CURATOR,
    );
    const claimSlug = await curation().createClaim('Exosome serums make skin feel smoother', ['texture'], CURATOR);
    const assertionId = await curation().createAssertion(
      {
        sourceId,
        claimSlug,
        start: 0,
        end: 50,
        stance: 'SUPPORTS',
        grade: 'ANECDOTAL',
        basis: 'testimonial',
        rationale: 'One reader says so of herself: a testimonial.',
        hedged: false,
        cited: false,
        attribution: null,
      },
      CURATOR,
    );
    editData(ELSEWHERE!, { hedged: true });
    await load();
    const [kept] = await client.read<{ n: number }>(
      `MATCH (s:Source {id: $sourceId})-[:HAS_ASSERTION]->(:Assertion {id: $assertionId})-[:ABOUT]->(:Claim {slug: $claimSlug})
       RETURN count(*) AS n`,
      { sourceId, assertionId, claimSlug },
    );
    expect(kept!.n).toBe(1);
  });

  it('names an entry changed on both sides (file, line, entry, field, both values) and changes nothing of it', async () => {
    await curation().updateAssertion(
      BOTH!,
      (await stored(BOTH!))!.version,
      { rationale: 'The base says this.' },
      CURATOR,
    );
    editData(BOTH!, { rationale: 'data/ says that instead.' });
    const before = await stored(BOTH!);

    const { code, stdout } = kbOn(['load']);

    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        `conflict: .*assertions/${SOURCE}\\.json:\\d+ \\[${BOTH}\\] rationale: data/ "data/ says that instead\\." \\| base "The base says this\\."`,
      ),
    );
    expect(stdout).toContain('1 conflict:');
    expect(await stored(BOTH!)).toEqual(before);
    const health = await new LoadService(createDatabase(client)).openConflicts();
    expect(health.map((c) => c.entry)).toEqual([BOTH]);
    // Run again: still a conflict, still unchanged.
    expect(kbOn(['load']).code).toBe(1);
    expect(await stored(BOTH!)).toEqual(before);
  });

  it('settles it with --keep base: the base stays, a revision says why, and the next load is clean', async () => {
    const before = await stored(BOTH!);
    const { code } = kbOn(['load', '--keep', 'base']);
    expect(code).toBe(0);
    expect(await stored(BOTH!)).toEqual(before);
    expect((await revisionsOf(BOTH!)).at(-1)).toMatchObject({ action: 'keep_base', actor: 'data/' });
    expect((await revisionsOf(BOTH!)).at(-1)!.reason).toContain('--keep base');
    expect(kbOn(['load']).code).toBe(0);
    expect(await new LoadService(createDatabase(client)).openConflicts()).toEqual([]);
  });

  it('settles another with --take data: data/ replaces the base, with a revision naming why', async () => {
    await curation().updateAssertion(
      BOTH!,
      (await stored(BOTH!))!.version,
      { rationale: 'The base, once more.' },
      CURATOR,
    );
    editData(BOTH!, { rationale: 'data/, once more, and this one wins.' });
    expect(kbOn(['load']).code).toBe(1);

    const { code } = kbOn(['load', '--take', 'data']);

    expect(code).toBe(0);
    expect((await stored(BOTH!))!.rationale).toBe('data/, once more, and this one wins.');
    const last = (await revisionsOf(BOTH!)).at(-1)!;
    expect(last).toMatchObject({ action: 'load', actor: 'data/' });
    expect(last.reason).toContain('--take data');
    expect(kbOn(['load']).code).toBe(0);
  });

  it('names a change in data/ to an assertion deleted in the app as a conflict; --take data brings it back', async () => {
    editData(DELETED!, { rationale: 'data/ changed the assertion the app deleted.' });
    const first = kbOn(['load']);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(new RegExp(`\\[${DELETED}\\] \\(entry\\): data/ "present" \\| base "deleted"`));
    expect(await stored(DELETED!)).toBeNull();
    expect(kbOn(['load', '--take', 'data', DELETED!]).code).toBe(0);
    expect((await stored(DELETED!))!.rationale).toBe('data/ changed the assertion the app deleted.');
  });

  it('on start, the app applies what merges cleanly, keeps the conflict as the base has it, and /health counts it', async () => {
    await curation().updateAssertion(
      BOTH!,
      (await stored(BOTH!))!.version,
      { rationale: 'The base, on start.' },
      CURATOR,
    );
    editData(BOTH!, { rationale: 'data/, on start.' });
    editData(ELSEWHERE!, { rationale: 'A clean change, taken on start.' });
    const app = await startTestApp(dataDir);
    try {
      const health = (await (await fetch(new URL('health', app.url))).json()) as {
        status: string;
        openConflicts: number;
      };
      expect(health).toMatchObject({ status: 'ok', openConflicts: 1 });
      expect((await stored(BOTH!))!.rationale).toBe('The base, on start.');
      expect((await stored(ELSEWHERE!))!.rationale).toBe('A clean change, taken on start.');
    } finally {
      await app.stop();
    }
  });
});
