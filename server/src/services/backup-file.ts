import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { IDENTIFIER, type TypedProperties } from '../db/backup.repository.js';

/**
 * The backup file: gzip'd NDJSON, a header line naming the format and its version, one line per
 * node, one per relationship (its ends by the nodes' places in the file), and a last line with the
 * counts and the sha256 of every line before it.
 */
export const BACKUP_FORMAT = 'claimgraph-backup';
export const BACKUP_VERSION = 1;

/** How often progress is said while streaming, in lines. */
export const PROGRESS_EVERY = 50_000;

export interface BackupHeader {
  format: string;
  version: number;
  createdAt: string;
  nodes: number;
  relationships: number;
}

export interface BackupSummary {
  nodes: number;
  relationships: number;
  createdAt: string;
}

export interface BackupProgress {
  step: 'nodes' | 'relationships' | 'checking' | 'emptying';
  done: number;
  total: number;
}

export type Progress = (p: BackupProgress) => void;

/** Why a file was refused: nothing was written. */
export class BackupRefusedError extends Error {}

export type NodeLine = { n: string[]; p: TypedProperties['props']; t?: TypedProperties['types'] };
export type RelationshipLine = {
  r: string;
  s: number;
  e: number;
  p: TypedProperties['props'];
  t?: TypedProperties['types'];
};
export type EndLine = { end: { nodes: number; relationships: number; sha256: string } };

/**
 * Reads a backup line by line, checking each as it comes and the whole at the end, and hands every
 * node and relationship line to `take` in file order. Throws BackupRefusedError naming the problem.
 */
export async function readBackup(
  file: string,
  take: (line: NodeLine | RelationshipLine) => Promise<void>,
  onProgress: Progress,
): Promise<BackupSummary> {
  if (!existsSync(file)) throw new BackupRefusedError(`${file}: no such file`);
  const digest = createHash('sha256');
  const gunzip = createGunzip();
  createReadStream(file)
    .on('error', (error) => gunzip.destroy(error))
    .pipe(gunzip);
  gunzip.setEncoding('utf8');
  const state = {
    lineNumber: 0,
    header: null as BackupHeader | null,
    nodes: 0,
    relationships: 0,
    end: null as EndLine['end'] | null,
  };
  const refuse = (why: string): never => {
    throw new BackupRefusedError(`${file}:${state.lineNumber}: ${why}; nothing was restored`);
  };
  const handle = async (text: string) => {
    state.lineNumber += 1;
    if (state.end) refuse('a line after the last one (the checksum line)');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      refuse('not a line of a backup (not JSON): the file is corrupt');
    }
    if (state.header === null) {
      state.header = checkedHeader(value, refuse);
    } else if (isEnd(value)) {
      state.end = value.end;
      return;
    } else if (isNode(value)) {
      if (state.relationships > 0) refuse('a node after the relationships');
      state.nodes += 1;
      if (state.nodes % PROGRESS_EVERY === 0)
        onProgress({ step: 'checking', done: state.nodes, total: state.header.nodes });
      await take(value);
    } else if (isRelationship(value)) {
      if (value.s >= state.nodes || value.e >= state.nodes) refuse('a relationship to a node the file does not hold');
      state.relationships += 1;
      await take(value);
    } else {
      refuse('not a node, a relationship or the checksum line');
    }
    digest.update(`${text}\n`);
  };
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const line of lines) await handle(line);
    }
  } catch (error) {
    if (error instanceof BackupRefusedError) throw error;
    throw new BackupRefusedError(
      `${file}: the file is truncated or corrupt (${(error as Error).message}); nothing was restored`,
    );
  }
  if (rest !== '') refuse('the file ends in the middle of a line: it is truncated');
  if (state.header === null) refuse('the file is empty');
  if (state.end === null) refuse('the file ends before its checksum line: it is truncated');
  const end = state.end!;
  if (end.nodes !== state.nodes || end.relationships !== state.relationships)
    refuse(
      `the file holds ${state.nodes} nodes and ${state.relationships} relationships, its last line says ${end.nodes} and ${end.relationships}`,
    );
  if (digest.digest('hex') !== end.sha256) refuse('the checksum does not match the content: the file is corrupt');
  onProgress({ step: 'checking', done: state.nodes, total: state.nodes });
  return { nodes: state.nodes, relationships: state.relationships, createdAt: state.header!.createdAt };
}

function checkedHeader(value: unknown, refuse: (why: string) => never): BackupHeader {
  const header = value as Partial<BackupHeader> | null;
  if (header?.format !== BACKUP_FORMAT)
    refuse(`not a claimgraph backup (its first line does not say "${BACKUP_FORMAT}")`);
  if (header!.version !== BACKUP_VERSION)
    refuse(`a backup of format version ${String(header!.version)}; this claimgraph reads version ${BACKUP_VERSION}`);
  return header as BackupHeader;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const TYPE_NAMES = new Set(['FLOAT', 'LIST<FLOAT>', 'DATETIME']);
const typesValid = (t: unknown) =>
  t === undefined || (isRecord(t) && Object.values(t).every((v) => TYPE_NAMES.has(v as string)));

function isNode(v: unknown): v is NodeLine {
  return (
    isRecord(v) &&
    Array.isArray(v.n) &&
    v.n.every((l) => typeof l === 'string' && IDENTIFIER.test(l)) &&
    isRecord(v.p) &&
    typesValid(v.t)
  );
}

function isRelationship(v: unknown): v is RelationshipLine {
  return (
    isRecord(v) &&
    typeof v.r === 'string' &&
    IDENTIFIER.test(v.r) &&
    Number.isInteger(v.s) &&
    Number.isInteger(v.e) &&
    isRecord(v.p) &&
    typesValid(v.t)
  );
}

function isEnd(v: unknown): v is EndLine {
  return isRecord(v) && isRecord(v.end) && typeof v.end.sha256 === 'string';
}
