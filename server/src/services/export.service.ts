import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/repositories.js';
import { DEFAULT_ANCHOR_STATE, DEFAULT_GRADED_BY } from '../domain/corpus-entries.js';
import type { EntryFields } from '../domain/corpus-merge.js';

export interface CorpusExport {
  sources: number;
  claims: number;
  assertions: number;
  /** Files of an earlier export (or data/) that the base no longer has, removed. */
  removed: string[];
}

/** Data files as they are checked in: two-space JSON, non-ASCII as is, a final newline. */
const dataFile = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files a corpus folder is made of; anything else in the folder (a README) is left alone. */
const CORPUS_FILES = [
  { dir: 'sources', pattern: /\.(json|txt)$/ },
  { dir: 'assertions', pattern: /\.json$/ },
];

/**
 * The live base written as a data/ folder (`kb export --format corpus`): every source with its text
 * and metadata, every claim with its links, every assertion with its grading and who graded it,
 * those made in the app included, those deleted absent. Keys and entries keep the order of the
 * files they were loaded from, so a base that nothing changed exports as the data/ it came from,
 * and a curator's work shows as a small diff.
 */
export class ExportService {
  constructor(private readonly database: Database) {}

  async exportCorpus(dir: string): Promise<CorpusExport> {
    const { sources, claims, assertions } = await this.database.repositories.corpus.corpusEntries();
    const files = new Map<string, string>();
    for (const s of sources) {
      files.set(path.join('sources', `${s.key}.json`), dataFile(sourceFile(s.key, s.fields)));
      files.set(path.join('sources', `${s.key}.txt`), s.text);
    }
    files.set(
      'claims.json',
      dataFile(
        claims.map((c) => ({
          slug: c.key,
          statement: c.fields.statement,
          topics: c.fields.topics,
          ...(c.refines ? { refines: c.refines } : {}),
          ...(c.conflictsWith.length > 0 ? { conflictsWith: [...c.conflictsWith].sort() } : {}),
        })),
      ),
    );
    const bySource = new Map<string, object[]>();
    for (const a of assertions) {
      const sourceId = String(a.fields.sourceId);
      bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), assertionFile(a.key, a.fields)]);
    }
    for (const [sourceId, list] of bySource) files.set(path.join('assertions', `${sourceId}.json`), dataFile(list));

    const removed = writeCorpusFolder(dir, files);
    return { sources: sources.length, claims: claims.length, assertions: assertions.length, removed };
  }
}

type Quote = { exact: string; start: number; end: number; prefix: string; suffix: string };
type Benchmark = { met: boolean; reason: string };

/** Maps come back from Neo4j in no set order: each object is rebuilt with its keys in the order of the data files. */
const quoteOf = (q: Quote) => ({ exact: q.exact, start: q.start, end: q.end, prefix: q.prefix, suffix: q.suffix });
const benchmarkOf = (b: Benchmark) => ({ met: b.met, reason: b.reason });

function sourceFile(id: string, f: EntryFields): object {
  const interest = f.commercialInterest as { present: boolean; evidence: Quote | null };
  const jama = f.jama as Record<'authorship' | 'attribution' | 'disclosure' | 'currency', Benchmark> | null;
  return {
    id,
    title: f.title,
    kind: f.kind,
    publisher: f.publisher,
    authors: f.authors,
    url: f.url,
    publishedAt: f.publishedAt,
    retrievedAt: f.retrievedAt,
    language: f.language,
    ...(f.seedFile ? { seedFile: f.seedFile } : {}),
    contentHash: f.contentHash,
    commercialInterest: { present: interest.present, evidence: interest.evidence && quoteOf(interest.evidence) },
    ...(jama
      ? {
          jama: {
            authorship: benchmarkOf(jama.authorship),
            attribution: benchmarkOf(jama.attribution),
            disclosure: benchmarkOf(jama.disclosure),
            currency: benchmarkOf(jama.currency),
          },
        }
      : {}),
  };
}

function assertionFile(id: string, f: EntryFields): object {
  return {
    id,
    claim: f.claimSlug,
    quote: quoteOf(f.quote as Quote),
    stance: f.stance,
    grade: f.grade,
    basis: f.basis,
    rationale: f.rationale,
    hedged: f.hedged,
    cited: f.cited,
    attribution: f.attribution,
    ...(f.gradedBy !== DEFAULT_GRADED_BY ? { gradedBy: f.gradedBy } : {}),
    ...(f.anchorState !== DEFAULT_ANCHOR_STATE ? { anchorState: f.anchorState } : {}),
  };
}

/** Writes every file and removes the corpus files of an earlier export that are not among them; returns those. */
function writeCorpusFolder(dir: string, files: Map<string, string>): string[] {
  const removed: string[] = [];
  for (const { dir: sub, pattern } of CORPUS_FILES) {
    const folder = path.join(dir, sub);
    mkdirSync(folder, { recursive: true });
    for (const name of readdirSync(folder)) {
      const relative = path.join(sub, name);
      if (pattern.test(name) && !files.has(relative)) {
        rmSync(path.join(folder, name));
        removed.push(relative);
      }
    }
  }
  for (const [relative, content] of files) {
    const file = path.join(dir, relative);
    if (!existsSync(path.dirname(file))) mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return removed;
}
