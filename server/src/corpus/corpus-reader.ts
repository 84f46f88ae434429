import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.js';
import { quoteProblems } from '../domain/anchoring.js';
import { basisMismatch } from '../domain/curation.js';
import type { AssertionRecord, ClaimRecord, Quote, SourceRecord } from '../domain/types.js';
import { CorpusInvalidError, type CorpusProblem } from './corpus-error.js';
import { schemaViolations, type DataFileKind } from './data-schemas.js';
import { JsonFile } from './json-file.js';

export interface Corpus {
  sources: SourceRecord[];
  claims: ClaimRecord[];
  assertions: AssertionRecord[];
  /** sha256 over every data file, so a load can tell that nothing changed since the last one. */
  hash: string;
  /** Where each entry stands, by `Kind key` (`Source id`, `Claim slug`, `Assertion id`): so a conflict can name it. */
  locations?: ReadonlyMap<string, EntryLocation>;
}

export interface EntryLocation {
  file: string;
  line: number;
}

type RawSource = Omit<SourceRecord, 'text' | 'jama'> & { jama?: SourceRecord['jama'] };
type RawClaim = { slug: string; statement: string; topics: string[]; conflictsWith?: string[]; refines?: string };
type RawAssertion = Omit<AssertionRecord, 'sourceId' | 'claimSlug'> & { claim: string };
type LocatedAssertion = { record: AssertionRecord; file: JsonFile; index: number };

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Reads data/ and checks everything `kb validate` promises; never touches a database. */
export function readCorpus(dataDir: string): { corpus: Corpus; problems: CorpusProblem[] } {
  const problems: CorpusProblem[] = [];
  const locations = new Map<string, EntryLocation>();
  const digest = createHash('sha256');
  const rel = (file: string) => path.relative(repoRoot, file) || file;

  const parse = (file: string, kind: DataFileKind): JsonFile | null => {
    const text = readFileSync(file, 'utf8');
    digest.update(rel(file)).update(text);
    const parsed = JsonFile.parse(rel(file), text);
    if (!(parsed instanceof JsonFile)) {
      problems.push(parsed);
      return null;
    }
    const violations = schemaViolations(kind, parsed.value);
    for (const v of violations) problems.push(parsed.problem(v.path, entryName(parsed.value, v.path), v.message));
    return violations.length === 0 ? parsed : null;
  };

  const sources = readSources(path.join(dataDir, 'sources'), parse, problems, digest, locations);
  const claimsFile = path.join(dataDir, 'claims.json');
  const claimsJson = existsSync(claimsFile) ? parse(claimsFile, 'claims') : null;
  if (!existsSync(claimsFile))
    problems.push({ file: rel(claimsFile), line: 1, entry: null, field: null, message: 'file is missing' });
  const claims = claimsJson ? checkClaims(claimsJson, problems, locations) : [];

  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const claimSlugs = new Set(claims.map((c) => c.slug));
  const located: LocatedAssertion[] = [];
  const assertionDir = path.join(dataDir, 'assertions');
  for (const name of jsonFilesIn(assertionDir)) {
    const file = parse(path.join(assertionDir, name), 'assertions');
    if (file) located.push(...checkAssertions(file, path.basename(name, '.json'), sourceById, claimSlugs, problems));
  }
  checkIdsUnique(located, problems);
  for (const { record, file, index } of located)
    locations.set(`Assertion ${record.id}`, { file: file.file, line: file.lineOf([index]) });
  const assertions = located.map((l) => l.record);

  return { corpus: { sources, claims, assertions, hash: digest.digest('hex'), locations }, problems };
}

export function readValidCorpus(dataDir: string): Corpus {
  const { corpus, problems } = readCorpus(dataDir);
  if (problems.length > 0) throw new CorpusInvalidError(problems);
  return corpus;
}

function jsonFilesIn(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
}

function entryName(value: unknown, at: (string | number)[]): string | null {
  if (typeof at[0] !== 'number' || !Array.isArray(value)) return null;
  const entry = value[at[0]] as { id?: unknown; slug?: unknown } | undefined;
  const name = entry?.id ?? entry?.slug;
  return typeof name === 'string' ? name : `#${at[0]}`;
}

function readSources(
  dir: string,
  parse: (file: string, kind: DataFileKind) => JsonFile | null,
  problems: CorpusProblem[],
  digest: ReturnType<typeof createHash>,
  locations: Map<string, EntryLocation>,
): SourceRecord[] {
  const sources: SourceRecord[] = [];
  for (const name of jsonFilesIn(dir)) {
    const file = parse(path.join(dir, name), 'source');
    if (!file) continue;
    const raw = file.value as RawSource;
    const id = raw.id;
    if (`${id}.json` !== name)
      problems.push(file.problem(['id'], id, `must match the file name "${path.basename(name, '.json')}"`));
    const textFile = path.join(dir, `${path.basename(name, '.json')}.txt`);
    if (!existsSync(textFile)) {
      problems.push(file.problem([], id, `its text file ${path.basename(textFile)} is missing`));
      continue;
    }
    const text = readFileSync(textFile, 'utf8');
    digest.update(text);
    if (sha256(text) !== raw.contentHash)
      problems.push(
        file.problem(['contentHash'], id, `is not the sha256 of ${path.basename(textFile)} (${sha256(text)})`),
      );
    const evidence = raw.commercialInterest.evidence;
    if (evidence) reportQuote(file, ['commercialInterest', 'evidence'], id, text, evidence, problems);
    if (raw.commercialInterest.present !== (evidence !== null)) {
      problems.push(
        file.problem(
          ['commercialInterest'],
          id,
          'a commercial interest needs the passage that shows it, and only then',
        ),
      );
    }
    sources.push({ ...raw, jama: raw.jama ?? null, text });
    locations.set(`Source ${id}`, { file: file.file, line: 1 });
  }
  return sources;
}

function reportQuote(
  file: JsonFile,
  at: (string | number)[],
  entry: string,
  text: string,
  quote: Quote,
  problems: CorpusProblem[],
): void {
  for (const p of quoteProblems(text, quote)) problems.push(file.problem([...at, p.field], entry, p.message));
}

function checkClaims(file: JsonFile, problems: CorpusProblem[], locations: Map<string, EntryLocation>): ClaimRecord[] {
  const raw = file.value as RawClaim[];
  const slugs = new Set<string>();
  raw.forEach((c, i) => {
    if (slugs.has(c.slug)) problems.push(file.problem([i, 'slug'], c.slug, 'is used by an earlier claim'));
    slugs.add(c.slug);
    locations.set(`Claim ${c.slug}`, { file: file.file, line: file.lineOf([i]) });
  });
  raw.forEach((c, i) => {
    (c.conflictsWith ?? []).forEach((other, j) => {
      if (!slugs.has(other) || other === c.slug)
        problems.push(file.problem([i, 'conflictsWith', j], c.slug, `"${other}" is not another claim`));
    });
    if (c.refines !== undefined && (!slugs.has(c.refines) || c.refines === c.slug)) {
      problems.push(file.problem([i, 'refines'], c.slug, `"${c.refines}" is not another claim`));
    }
  });
  return raw.map((c) => ({
    slug: c.slug,
    statement: c.statement,
    topics: c.topics,
    conflictsWith: c.conflictsWith ?? [],
    refines: c.refines ?? null,
  }));
}

function checkAssertions(
  file: JsonFile,
  sourceId: string,
  sources: Map<string, SourceRecord>,
  claimSlugs: Set<string>,
  problems: CorpusProblem[],
): LocatedAssertion[] {
  const source = sources.get(sourceId);
  if (!source) {
    problems.push(file.problem([], null, `no source "${sourceId}" in data/sources/ for this file`));
    return [];
  }
  return (file.value as RawAssertion[]).map((raw, i) => {
    if (!claimSlugs.has(raw.claim))
      problems.push(file.problem([i, 'claim'], raw.id, `no claim "${raw.claim}" in data/claims.json`));
    const mismatch = basisMismatch(raw.grade, raw.basis);
    if (mismatch) problems.push(file.problem([i, 'basis'], raw.id, mismatch));
    // An orphaned quote stands on an earlier text of its source, which data/ does not keep.
    if (raw.anchorState !== 'ORPHANED') reportQuote(file, [i, 'quote'], raw.id, source.text, raw.quote, problems);
    const { claim, ...rest } = raw;
    return { record: { ...rest, sourceId, claimSlug: claim }, file, index: i };
  });
}

function checkIdsUnique(assertions: LocatedAssertion[], problems: CorpusProblem[]): void {
  const seen = new Set<string>();
  for (const { record, file, index } of assertions) {
    if (seen.has(record.id)) problems.push(file.problem([index, 'id'], record.id, 'is used by another assertion'));
    seen.add(record.id);
  }
}
