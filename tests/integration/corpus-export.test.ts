import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import type { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { createDatabase, type Database } from '../../server/src/db/repositories.js';
import { CurationService } from '../../server/src/services/curation.service.js';
import { IngestService } from '../../server/src/services/ingest.service.js';
import { LoadService } from '../../server/src/services/load.service.js';
import { ReviewService } from '../../server/src/services/review.service.js';
import { realCorpus } from '../support/test-app.js';
import { kb } from '../support/kb-command.js';
import { freshDatabase } from '../support/test-database.js';

/**
 * `kb export --format corpus` writes the live base as a data/ folder: what curators did in the app
 * becomes files they can commit and review, and loading them into an empty base gives the base back.
 */

const scratch = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-export-'));
const CHANGE = { actor: 'alice', reason: 'curating' };

/** Written by the database for its own bookkeeping, not by curators: versions, times, locks, file order. */
const BOOKKEEPING = new Set(['version', 'createdAt', 'lockedAt', 'textVersion', 'corpusOrder']);
/** The base's content: history (revisions, earlier texts), the review queue and load records travel by backup. */
const CONTENT_LABELS = ['Source', 'Claim', 'Assertion', 'Topic', 'Person'];

let client: Neo4jClient;
let database: Database;

const kbOn = (args: string[], dir = realCorpus) => kb(args, { CLAIMGRAPH_DATA_DIR: dir });

/** Every content node and relationship with every field but bookkeeping, in a stable order. */
async function contentOfBase() {
  const nodes = await client.read<{ key: string; props: Record<string, unknown> }>(
    `MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels)
     RETURN labels(n)[0] + ' ' + coalesce(n.id, n.slug, n.name) AS key, properties(n) AS props ORDER BY key`,
    { labels: CONTENT_LABELS },
  );
  const relationships = await client.read<{ key: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b)
     WHERE any(label IN labels(a) WHERE label IN $labels) AND any(label IN labels(b) WHERE label IN $labels)
     RETURN coalesce(a.id, a.slug, a.name) + ' -' + type(r) + '-> ' + coalesce(b.id, b.slug, b.name) AS key,
       properties(r) AS props ORDER BY key`,
    { labels: CONTENT_LABELS },
  );
  const content = (rows: { key: string; props: Record<string, unknown> }[]) =>
    rows.map(({ key, props }) => ({
      key,
      props: Object.fromEntries(Object.entries(props).filter(([field]) => !BOOKKEEPING.has(field))),
    }));
  return { nodes: content(nodes), relationships: content(relationships) };
}

function filesIn(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const sub of ['sources', 'assertions'])
    for (const name of readdirSync(path.join(dir, sub)))
      files.set(`${sub}/${name}`, readFileSync(path.join(dir, sub, name), 'utf8'));
  files.set('claims.json', readFileSync(path.join(dir, 'claims.json'), 'utf8'));
  return files;
}

beforeAll(async () => {
  client = await freshDatabase();
  database = createDatabase(client);
  await new LoadService(database).load(readValidCorpus(realCorpus));
});
afterAll(async () => {
  await client?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('kb export --format corpus', () => {
  it('writes a base nothing changed as the very data/ it was loaded from, file for file', () => {
    const out = path.join(scratch, 'unchanged');
    expect(kbOn(['export', '--format', 'corpus', '--out', out]).code).toBe(0);
    expect(filesIn(out)).toEqual(filesIn(realCorpus));
  });

  // Three kb processes, each compiling the CLI through tsx: past a minute on a loaded 2-core machine.
  it('exports curators’ work so that kb validate accepts it and kb load into an empty base gives every field back', async () => {
    const curation = new CurationService(database);
    const [edited, deleted] = (
      await client.read<{ id: string; version: number }>(
        'MATCH (a:Assertion) RETURN a.id AS id, a.version AS version ORDER BY a.id LIMIT 2',
      )
    ).map((a) => a);
    await curation.updateAssertion(
      edited!.id,
      edited!.version,
      { rationale: 'Edited in the app, with reason.' },
      CHANGE,
    );
    await curation.deleteAssertion(deleted!.id, deleted!.version, CHANGE);
    const sourceId = await curation.createSource(
      {
        title: 'A reader’s letter',
        kind: 'other',
        text: 'I tried an exosome serum and my skin felt smoother within a week.',
        publisher: 'Reader mail',
        authors: ['A. Reader'],
        url: 'https://example.org/letters/1',
        publishedAt: '2025-03',
        language: 'en',
      },
      CHANGE,
    );
    const claimSlug = await curation.createClaim('Exosome serums make skin feel smoother', ['texture'], CHANGE);
    await curation.createAssertion(
      {
        sourceId,
        claimSlug,
        start: 0,
        end: 45,
        stance: 'SUPPORTS',
        grade: 'ANECDOTAL',
        basis: 'testimonial',
        rationale: 'One reader speaks of her own skin: a testimonial.',
        hedged: false,
        cited: false,
        attribution: 'A. Reader',
      },
      CHANGE,
    );
    await curation.linkConflict(claimSlug, 'exosome-therapy-gives-instant-or-permanent-results', CHANGE);
    const ingested = await new IngestService(database).ingest(
      {
        title: 'Newsletter: exosome serum after laser',
        kind: 'clinic_page',
        text: 'A randomized trial in 40 patients found that exosome serum reduced redness after fractional laser treatment. Our patients love it.',
      },
      CHANGE,
    );
    const [proposal] = (await database.repositories.proposals.ofSources([ingested.sourceId!], 'PROPOSED'))[0]!;
    await new ReviewService(database).accept(proposal!.id, {}, CHANGE);
    const [revised] = await client.read<{ id: string; text: string }>(
      "MATCH (s:Source {id: 'korea-clinic-exosome-faq'}) RETURN s.id AS id, s.text AS text",
    );
    await curation.reviseSourceText(revised!.id, `A note added at the top.\n\n${revised!.text.slice(0, 2000)}`, CHANGE);
    const before = await contentOfBase();

    const out = path.join(scratch, 'curated');
    const exported = kbOn(['export', '--format', 'corpus', '--out', out]);
    expect(exported.code, exported.stdout + exported.stderr).toBe(0);
    const validated = kbOn(['validate'], out);
    expect(validated.code, validated.stdout).toBe(0);

    await (await freshDatabase()).close();
    const loaded = kbOn(['load'], out);
    expect(loaded.code, loaded.stdout + loaded.stderr).toBe(0);
    const after = await contentOfBase();
    expect(after.nodes.map((n) => n.key)).toEqual(before.nodes.map((n) => n.key));
    expect(after.relationships.map((r) => r.key)).toEqual(before.relationships.map((r) => r.key));
    expect(after).toEqual(before);
    // What the curators did is in the files, for review as a diff.
    const files = filesIn(out);
    expect(files.get(`sources/${sourceId}.txt`)).toBe(
      'I tried an exosome serum and my skin felt smoother within a week.',
    );
    expect(files.get('claims.json')).toContain(claimSlug);
    expect([...files.values()].join('\n')).not.toContain(`"id": "${deleted!.id}"`);
    expect([...files.values()].join('\n')).toContain('"anchorState": "ORPHANED"');
  }, 180_000);
});
