import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The address of an embedded Neo4j, kept in its data folder while it runs, so that `kb` commands
 * started beside a running app use its Neo4j instead of failing on the store's lock. A record whose
 * process is gone (a crash, a kill -9) is stale: ignored and removed.
 */
export interface BoltAddress {
  uri: string;
  /** The launcher (java) process that holds the store. */
  pid: number;
  /** The process that started it, and what it is ("npm start", "kb load", …). */
  ownerPid: number;
  owner: string;
  startedAt: string;
}

export const BOLT_ADDRESS_FILE = 'claimgraph-bolt.json';

const fileIn = (dataDir: string) => path.join(dataDir, BOLT_ADDRESS_FILE);

export function writeBoltAddress(dataDir: string, address: BoltAddress): void {
  writeFileSync(fileIn(dataDir), `${JSON.stringify(address, null, 2)}\n`);
}

/** Removes the record if it is this launcher's (another may have taken the folder since). */
export function removeBoltAddress(dataDir: string, pid: number): void {
  const current = readRecord(dataDir);
  if (current?.pid === pid) rmSync(fileIn(dataDir), { force: true });
}

/** The address of the Neo4j running on this data folder, or null (none recorded, or its process is gone). */
export function runningBoltAddress(dataDir: string): BoltAddress | null {
  const record = readRecord(dataDir);
  if (record === null) return null;
  if (isRunning(record.pid, dataDir)) return record;
  rmSync(fileIn(dataDir), { force: true });
  return null;
}

function readRecord(dataDir: string): BoltAddress | null {
  if (!existsSync(fileIn(dataDir))) return null;
  try {
    const record = JSON.parse(readFileSync(fileIn(dataDir), 'utf8')) as Partial<BoltAddress>;
    return typeof record.uri === 'string' && Number.isInteger(record.pid) ? (record as BoltAddress) : null;
  } catch {
    return null;
  }
}

/** Alive, and (where /proc tells) still a launcher of this folder: a reused pid is not taken for it. */
function isRunning(pid: number, dataDir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  try {
    return readFileSync(cmdline, 'utf8').split('\0').includes(path.resolve(dataDir));
  } catch {
    return true;
  }
}
