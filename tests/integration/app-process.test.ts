import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';
import { fixtureCorpus } from '../support/test-app.js';
import { freshDatabase } from '../support/test-database.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-process-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
// What `npm start` runs: the server compiled to JavaScript, built here from the sources under test.
beforeAll(async () => {
  const { buildServer } = (await import(path.join(repoRoot, 'scripts', 'build-server.mjs'))) as {
    buildServer: () => Promise<string>;
  };
  await buildServer();
});

interface StartedProcess {
  child: ChildProcess;
  url: string;
  lines: string[];
}

/** Runs the app's compiled entry point as `npm start` does, on a free port, and waits for "ready". */
function startAppProcess(env: Record<string, string>): Promise<StartedProcess> {
  const child = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CLAIMGRAPH_DATA_DIR: fixtureCorpus('corpus-small'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    let url = '';
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      url ||= /serving (http:\/\/\S+\/) /.exec(line)?.[1] ?? '';
      if (line.endsWith('ready')) resolve({ child, url, lines });
    });
    readline.createInterface({ input: child.stderr! }).on('line', (line) => lines.push(line));
    child.once('exit', (code) => reject(new Error(`the app exited with ${code}:\n${lines.join('\n')}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start with no NEO4J_URI runs its own Neo4j and stops it with itself', () => {
  it('serves a healthy app, and SIGTERM leaves no java process behind', async () => {
    const app = await startAppProcess({ NEO4J_URI: '', NEO4J_DATA_DIR: path.join(scratch, 'neo4j') });
    const health = await fetch(new URL('health', app.url));
    expect(health.status).toBe(200);
    const javaPid = Number(/pid=(\d+)/.exec(app.lines.join('\n'))?.[1]);
    expect(isAlive(javaPid)).toBe(true);

    app.child.kill('SIGTERM');
    expect(await exited(app.child)).toBe(0);
    expect(isAlive(javaPid)).toBe(false);
  });

  it('keeps its data across restarts in the data folder', async () => {
    const app = await startAppProcess({ NEO4J_URI: '', NEO4J_DATA_DIR: path.join(scratch, 'neo4j') });
    expect(app.lines.join('\n')).toContain('data/ unchanged since the last load');
    app.child.kill('SIGINT');
    expect(await exited(app.child)).toBe(0);
  });
});

describe('npm start with NEO4J_URI uses that server and starts nothing', () => {
  it('serves from the given Neo4j', async () => {
    await (await freshDatabase()).close();
    const neo4j = inject('neo4j');
    const app = await startAppProcess({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
    const log = app.lines.join('\n');
    expect(log).toContain(`using Neo4j at ${neo4j.uri}`);
    expect(log).not.toContain('starting embedded Neo4j');
    const body = (await (await fetch(new URL('health', app.url))).json()) as { counts: { assertions: number } };
    expect(body.counts.assertions).toBe(2);
    app.child.kill('SIGTERM');
    expect(await exited(app.child)).toBe(0);
  });
});

describe('a data file that does not validate', () => {
  it('stops the start with the file, entry and field named, and a non-zero exit', async () => {
    const started = startAppProcess({
      NEO4J_URI: inject('neo4j').uri,
      CLAIMGRAPH_DATA_DIR: path.join(scratch, 'no-data'),
    });
    await expect(started).rejects.toThrow(/exited with 1[\s\S]*claims\.json:1 file is missing/);
  });
});
