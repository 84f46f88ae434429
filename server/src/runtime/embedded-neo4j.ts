import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { repoRoot, type EmbeddedNeo4jOptions, type Neo4jConnection } from '../config.js';
import { removeBoltAddress, writeBoltAddress } from './bolt-address.js';
import { storeLockHolder } from './store-lock.js';

export const launcherDir = path.join(repoRoot, 'server', 'neo4j');
export const neo4jJarDir = path.join(launcherDir, 'lib');

/** Flags Neo4j's own embedded tests use on Java 17: its off-heap and reflection access. */
const JAVA_OPENS = ['java.lang', 'java.nio', 'java.io', 'java.util', 'java.util.concurrent', 'sun.nio.ch'].map(
  (pkg) => `--add-opens=java.base/${pkg}=ALL-UNNAMED`,
);

export class EmbeddedNeo4jError extends Error {}

export interface EmbeddedNeo4j {
  connection: Neo4jConnection;
  version: string;
  pid: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function embeddedConnection(port: number): Neo4jConnection {
  return { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: '' };
}

function javaExecutable(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function assertJarsPresent(): void {
  if (!existsSync(neo4jJarDir) || !readdirSync(neo4jJarDir).some((f) => f.startsWith('neo4j-bolt-'))) {
    throw new EmbeddedNeo4jError(
      `the Neo4j jars are missing in ${neo4jJarDir}: run "node scripts/setup.mjs" (needs Maven and Maven Central)`,
    );
  }
}

/**
 * Starts Neo4j Community as a child JVM and resolves once Bolt answers. Fails within seconds,
 * never hangs, when Java is missing, the port is taken or the data folder cannot be opened.
 */
export async function startEmbeddedNeo4j(
  options: EmbeddedNeo4jOptions,
  log: (line: string) => void = () => {},
  owner = 'claimgraph',
): Promise<EmbeddedNeo4j> {
  assertJarsPresent();
  mkdirSync(options.dataDir, { recursive: true });
  const port = options.boltPort ?? (await freePort());
  const args = [
    ...JAVA_OPENS,
    `-Xmx${options.heapMb}m`,
    '-XX:+UseSerialGC',
    '-cp',
    `${neo4jJarDir}${path.sep}*`,
    path.join(launcherDir, 'Launcher.java'),
    options.dataDir,
    String(port),
    String(options.pageCacheMb),
  ];
  const child = spawn(javaExecutable(), args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
  });

  let version: string;
  try {
    version = await waitForReady(child, options.startTimeoutMs, stderrTail, log);
  } catch (error) {
    throw withLockHolder(error, options.dataDir);
  }
  const connection = embeddedConnection(port);
  const pid = child.pid!;
  writeBoltAddress(options.dataDir, {
    uri: connection.uri,
    pid,
    ownerPid: process.pid,
    owner,
    startedAt: new Date().toISOString(),
  });
  return {
    connection,
    version,
    pid,
    stop: async () => {
      removeBoltAddress(options.dataDir, pid);
      await stopChild(child);
    },
  };
}

/** A store lock held by a process that left no address to share: name it, and say what to do. */
function withLockHolder(error: unknown, dataDir: string): unknown {
  if (!(error instanceof EmbeddedNeo4jError) || !/locked by another process/.test(error.message)) return error;
  const holder = storeLockHolder(dataDir);
  const who = holder ? `process ${holder.pid} (${holder.command})` : 'a process this user cannot see';
  return new EmbeddedNeo4jError(
    `${error.message}\nThe data folder ${dataDir} is locked by ${who}, which left no address to share it by. ` +
      `If it is a claimgraph or Neo4j you left running, stop it${holder ? ` (kill ${holder.pid})` : ''}; ` +
      'otherwise set NEO4J_DATA_DIR to another folder, or NEO4J_URI to a Neo4j server.',
  );
}

function waitForReady(
  child: ChildProcess,
  timeoutMs: number,
  stderrTail: string[],
  log: (line: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(`embedded Neo4j did not start: ${reason}`));
    };
    const timer = setTimeout(() => fail(`no answer within ${timeoutMs} ms`), timeoutMs);
    child.once('error', (error: NodeJS.ErrnoException) => {
      fail(
        error.code === 'ENOENT' ? `Java was not found (${javaExecutable()}); install a Java 17 runtime` : error.message,
      );
    });
    child.once('exit', (code, signal) => {
      const detail = stderrTail
        .filter((l) => /Exception|Error|error:/.test(l))
        .slice(-3)
        .join(' | ');
      fail(`the launcher exited (${signal ?? `code ${code}`})${detail ? `: ${detail}` : ''}`);
    });
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('READY ')) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(/version=(\S+)/.exec(line)?.[1] ?? 'unknown');
      } else if (line.startsWith('FAILED ')) {
        fail(line.slice('FAILED '.length));
      } else {
        log(line);
      }
    });
  });
}

function stopChild(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
