import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { createDatabase, type Database } from '../../server/src/db/repositories.js';
import { CurationService } from '../../server/src/services/curation.service.js';
import { IngestService } from '../../server/src/services/ingest.service.js';
import { LoadService } from '../../server/src/services/load.service.js';
import { kb } from '../support/kb-command.js';
import { realCorpus } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

/**
 * `kb backup FILE` and `kb restore FILE`: the whole base (revisions, proposals, earlier texts, load
 * records) as one file that gives it back exactly, and that is refused whole when it is not sound.
 */

const scratch = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-backup-'));
const backupFile = path.join(scratch, 'base.claimgraph.gz');
const CHANGE = { actor: 'alice', reason: 'curating' };

let client: Neo4jClient;
let database: Database;

/**
 * Every node and relationship with every property and its Neo4j type, as sorted text: equal for two
 * bases holding the same graph whatever the element ids.
 */
async function wholeBase(): Promise<{ nodes: string[]; relationships: string[] }> {
  const typed = (v: string) =>
    `props: [k IN keys(${v}) | [k, valueType(${v}[k]), CASE WHEN valueType(${v}[k]) STARTS WITH 'ZONED' THEN toString(${v}[k]) ELSE ${v}[k] END]]`;
  const nodes = await client.read<{ node: unknown }>(`MATCH (n) RETURN { labels: labels(n), ${typed('n')} } AS node`);
  const relationships = await client.read<{ rel: unknown }>(
    `MATCH (a)-[r]->(b) RETURN { type: type(r), ${typed('r')},
       from: { labels: labels(a), ${typed('a')} }, to: { labels: labels(b), ${typed('b')} } } AS rel`,
  );
  const text = (v: unknown) =>
    JSON.stringify(v, (_k, value: unknown) =>
      Array.isArray(value) && value.every((x) => Array.isArray(x)) ? [...value].sort() : value,
    );
  return { nodes: nodes.map((r) => text(r.node)).sort(), relationships: relationships.map((r) => text(r.rel)).sort() };
}

const nodeCount = async () => (await client.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0]!.n;

beforeAll(async () => {
  client = await freshDatabase();
  database = createDatabase(client);
  await new LoadService(database).load(readValidCorpus(realCorpus));
  const curation = new CurationService(database);
  const [edited, deleted] = await client.read<{ id: string; version: number }>(
    'MATCH (a:Assertion) RETURN a.id AS id, a.version AS version ORDER BY a.id LIMIT 2',
  );
  await curation.updateAssertion(edited!.id, edited!.version, { grade: 'ANECDOTAL', basis: 'testimonial' }, CHANGE);
  await curation.deleteAssertion(deleted!.id, deleted!.version, CHANGE);
  await new IngestService(database).ingest(
    {
      title: 'Newsletter',
      kind: 'clinic_page',
      text: 'A randomized trial in 40 patients found that exosome serum reduced redness after laser treatment.',
    },
    CHANGE,
  );
  const [source] = await client.read<{ text: string }>(
    "MATCH (s:Source {id: 'korea-clinic-exosome-faq'}) RETURN s.text AS text",
  );
  await curation.reviseSourceText('korea-clinic-exosome-faq', `Revised.\n${source!.text}`, CHANGE);
});
afterAll(async () => {
  await client?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('kb backup and kb restore', () => {
  let before: Awaited<ReturnType<typeof wholeBase>>;

  it('backs up the whole base, with progress on stderr, and restores it into an empty base exactly', async () => {
    before = await wholeBase();
    expect(before.nodes.some((n) => n.includes('"Revision"'))).toBe(true);
    expect(before.nodes.some((n) => n.includes('"Proposal"'))).toBe(true);
    expect(before.nodes.some((n) => n.includes('"SourceVersion"'))).toBe(true);

    const backup = kb(['backup', backupFile]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).toMatch(/\[kb\] nodes: \d+\/\d+/);
    expect(backup.stdout).toContain(`${before.nodes.length} nodes, ${before.relationships.length} relationships`);
    const header = JSON.parse(gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n')[0]!) as {
      format: string;
      version: number;
    };
    expect(header).toMatchObject({ format: 'claimgraph-backup', version: 1 });

    await (await freshDatabase()).close();
    const restore = kb(['restore', backupFile]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stderr).toMatch(/\[kb\] relationships: \d+\/\d+/);
    expect(await wholeBase()).toEqual(before);
  });

  it('refuses to restore into a base that is not empty, and changes nothing', async () => {
    const nodes = await nodeCount();
    const refused = kb(['restore', backupFile]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the base is not empty');
    expect(refused.stderr).toContain('--replace');
    expect(await nodeCount()).toBe(nodes);
  });

  it('replaces a base with --replace', async () => {
    await client.write("CREATE (:Source {id: 'made-after-the-backup', title: 'x'})");
    const replaced = kb(['restore', backupFile, '--replace']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(await wholeBase()).toEqual(before);
  });

  it('refuses a truncated file before writing anything: an empty base stays empty', async () => {
    const truncated = path.join(scratch, 'truncated.gz');
    const bytes = readFileSync(backupFile);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await (await freshDatabase()).close();
    const refused = kb(['restore', truncated]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/truncated/);
    expect(await nodeCount()).toBe(0);
  });

  it('refuses a corrupt file and a file of another format version, naming why', async () => {
    const corrupt = path.join(scratch, 'corrupt.gz');
    const bytes = Buffer.from(readFileSync(backupFile));
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(corrupt, bytes);
    const refusedCorrupt = kb(['restore', corrupt]);
    expect(refusedCorrupt.code).toBe(1);
    expect(refusedCorrupt.stderr).toMatch(/corrupt/);

    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]!) as Record<string, unknown>;
    const future = path.join(scratch, 'future.gz');
    writeFileSync(future, gzipSync([JSON.stringify({ ...header, version: 99 }), ...lines.slice(1)].join('\n')));
    const refusedVersion = kb(['restore', future]);
    expect(refusedVersion.code).toBe(1);
    expect(refusedVersion.stderr).toContain('format version 99; this claimgraph reads version 1');

    const edited = path.join(scratch, 'edited.gz');
    writeFileSync(edited, gzipSync(lines.join('\n').replace('"Revised.', '"Edited by hand.')));
    const refusedEdit = kb(['restore', edited]);
    expect(refusedEdit.code).toBe(1);
    expect(refusedEdit.stderr).toContain('the checksum does not match');
    expect(await nodeCount()).toBe(0);
  });
});
