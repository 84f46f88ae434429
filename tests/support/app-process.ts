import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { repoRoot } from '../../server/src/config.js';
import { buildServer } from '../../scripts/build-server.mjs';
import { fixtureCorpus } from './test-app.js';

export interface StartedProcess {
  child: ChildProcess;
  url: string;
  lines: string[];
}

/** What `npm start` runs: the server compiled to JavaScript, built from the sources under test. */
export async function buildApp(): Promise<void> {
  await buildServer();
}

/** Runs the app's compiled entry point as `npm start` does, on a free port, and waits for "ready". */
export function startAppProcess(env: Record<string, string>): Promise<StartedProcess> {
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

export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
