import { pdfBytesOf, scannedPdfBytes, TRIAL_REPORT } from '../support/pdf-documents.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { readValidCorpus } from '../../server/src/corpus/corpus-reader.js';
import { Neo4jClient } from '../../server/src/db/neo4j-client.js';
import { kb } from '../support/kb-command.js';
import { realCorpus } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const corpus = readValidCorpus(realCorpus);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-kb-'));

beforeAll(async () => {
  await (await freshDatabase()).close();
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('kb validate', () => {
  it('passes on the real data and says what it holds', () => {
    const { code, stdout } = kb(['validate']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `valid: ${corpus.sources.length} sources, ${corpus.claims.length} claims, ${corpus.assertions.length} assertions`,
    );
  });

  it('exits 1 on a quote that is not verbatim, naming file, line, entry and field', () => {
    const dir = path.join(scratch, 'broken');
    cpSync(realCorpus, dir, { recursive: true });
    const file = path.join(dir, 'assertions', 'korea-clinic-exosome-faq.json');
    const list = JSON.parse(readFileSync(file, 'utf8')) as { id: string; quote: { end: number } }[];
    list[0]!.quote.end -= 1;
    writeFileSync(file, JSON.stringify(list, null, 2));
    const { code, stdout } = kb(['validate'], { CLAIMGRAPH_DATA_DIR: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`korea-clinic-exosome-faq\\.json:\\d+ \\[${list[0]!.id}\\] quote\\.exact: `));
  });
});

describe('kb load, stats and export', () => {
  it('loads the base idempotently: twice gives the same counts', () => {
    const first = kb(['load']);
    expect(first.code).toBe(0);
    const second = kb(['load']);
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
    expect(JSON.parse(second.stdout)).toEqual({
      sources: 4,
      claims: corpus.claims.length,
      assertions: corpus.assertions.length,
    });
    expect(first.stderr).toContain(`assertions: ${corpus.assertions.length}/${corpus.assertions.length}`);
  });

  it('refuses to load data that does not validate, and loads nothing', async () => {
    const db = await freshDatabase();
    const { code, stdout } = kb(['load'], { CLAIMGRAPH_DATA_DIR: path.join(scratch, 'broken') });
    expect(code).toBe(1);
    expect(stdout).toContain('nothing was loaded');
    expect(await db.read('MATCH (n) RETURN n LIMIT 1')).toEqual([]);
    await db.close();
    expect(kb(['load']).code).toBe(0);
  });

  it('counts by grade, stance, status and source', () => {
    const stats = JSON.parse(kb(['stats']).stdout) as {
      assertionsByGrade: Record<string, number>;
      assertionsBySource: Record<string, number>;
      claimsByStatus: Record<string, number>;
    };
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(stats.assertionsByGrade)).toBe(corpus.assertions.length);
    expect(sum(stats.claimsByStatus)).toBe(corpus.claims.length);
    expect(stats.claimsByStatus.CONTESTED).toBeGreaterThan(0);
    expect(Object.keys(stats.assertionsBySource).sort()).toEqual(corpus.sources.map((s) => s.id).sort());
  });

  it('exports a CSV evidence table with one row per assertion and its verbatim quote', () => {
    const { code, stdout } = kb(['export', '--format', 'csv']);
    expect(code).toBe(0);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(corpus.assertions.length);
    const byId = new Map(corpus.assertions.map((a) => [a.id, a]));
    for (const row of rows) expect(row.quote).toBe(byId.get(row.assertion!)!.quote.exact);
    expect(new Set(rows.map((r) => r.status))).toContain('CONTESTED');
  });

  it('exports Markdown with a table per claim and JSON with every claim’s consensus', () => {
    const md = kb(['export', '--format', 'md']).stdout;
    expect(md.match(/^### /gm)).toHaveLength(corpus.claims.length);
    const json = JSON.parse(kb(['export', '--format', 'json']).stdout) as {
      claims: { consensus: { status: string } }[];
    };
    expect(json.claims).toHaveLength(corpus.claims.length);
    expect(kb(['export', '--format', 'pdf']).code).toBe(2);
  });
});

describe('kb ingest: the grading assistant on a new document', () => {
  const document = path.join(repoRoot, 'tests', 'fixtures', 'documents', 'split-face-trial.html');

  it('prints exactly { source, assertions } with --dry-run --json, and writes nothing', async () => {
    expect(kb(['load']).code).toBe(0);
    const db = await nodeCounter();
    const before = await db.count();
    const { code, stdout } = kb(['ingest', document, '--dry-run', '--json', '--title', 'A split-face trial']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      source: { title: string; contentHash: string };
      assertions: {
        quote: { exact: string };
        grade: string;
        stance: string;
        claim: { id: string | null; isNew: boolean };
        confidence: number;
      }[];
    };
    expect(Object.keys(result).sort()).toEqual(['assertions', 'source']);
    expect(result.source.title).toBe('A split-face trial');
    const trial = result.assertions.find((a) =>
      a.quote.exact.startsWith('In a randomized, double-blind, split-face trial'),
    )!;
    expect(trial).toMatchObject({ grade: 'CLINICAL', stance: 'SUPPORTS' });
    expect(trial.claim.isNew).toBe(false);
    expect(trial.claim.id).toBeTruthy();
    expect(result.assertions.find((a) => a.quote.exact.startsWith('In cultured fibroblasts'))).toMatchObject({
      grade: 'PRECLINICAL',
      stance: 'QUALIFIES',
    });
    expect(result.assertions.find((a) => a.quote.exact.startsWith('I noticed'))).toMatchObject({ grade: 'ANECDOTAL' });
    expect(await db.count()).toBe(before);
    await db.close();
  });

  it('stores the document and its proposals without --dry-run, once however often it is ingested', async () => {
    const first = kb(['ingest', document, '--title', 'A split-face trial']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/stored "a-split-face-trial" with \d+ proposals for review/);
    const again = kb(['ingest', document]);
    expect(again.stdout).toContain('this text is already the source "a-split-face-trial": nothing was stored');
    const db = await nodeCounter();
    const proposals = await db.proposals();
    await db.close();
    expect(proposals).toBe(Number(/with (\d+) proposals/.exec(first.stdout)![1]));
  });

  it('reads a PDF told by its content, whatever its name, and names each proposal’s page', async () => {
    const paper = path.join(scratch, 'paper.txt');
    writeFileSync(paper, await pdfBytesOf(TRIAL_REPORT));
    const { code, stdout } = kb(['ingest', paper, '--dry-run', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      source: { format: string; pages: number };
      assertions: { quote: { exact: string }; grade: string; page: number }[];
    };
    expect(result.source).toMatchObject({ format: 'PDF', pages: 2 });
    const trial = result.assertions.find((a) => a.quote.exact.startsWith('In a randomized, double-blind'))!;
    expect(trial.quote.exact).toContain('sped epithelial regeneration compared with saline.');
    expect(trial).toMatchObject({ page: 1, grade: 'CLINICAL' });
    expect(result.assertions.find((a) => a.quote.exact.startsWith('In cultured fibroblasts'))).toMatchObject({
      page: 2,
      grade: 'PRECLINICAL',
    });
  });

  it('refuses a PDF with no text layer, saying so, and a file named .pdf that is not one', async () => {
    const scan = path.join(scratch, 'scan.pdf');
    writeFileSync(scan, await scannedPdfBytes());
    const refused = kb(['ingest', scan, '--dry-run']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/scan\.pdf: has no text layer on any of its 1 page \(a scan\?\)/);
    const fake = path.join(scratch, 'fake.pdf');
    writeFileSync(fake, 'Exosomes calm redness.');
    expect(kb(['ingest', fake, '--dry-run']).stderr).toContain('fake.pdf: not a PDF');
  });

  it('refuses an empty file', () => {
    const empty = path.join(scratch, 'empty.txt');
    writeFileSync(empty, '');
    const { code, stderr } = kb(['ingest', empty, '--dry-run']);
    expect(code).toBe(1);
    expect(stderr).toContain('the file is empty');
  });
});

/** Counts the nodes of the tests' Neo4j, leaving its content alone (unlike freshDatabase). */
async function nodeCounter() {
  const client = Neo4jClient.connect(inject('neo4j'));
  return {
    count: async () => (await client.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0]!.n,
    proposals: async () => (await client.read<{ n: number }>('MATCH (p:Proposal) RETURN count(p) AS n'))[0]!.n,
    close: () => client.close(),
  };
}
