import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { repoRoot } from '../../server/src/config.js';

/** A GraphQL server the bench started as a child process: the app or the peer. */
export interface ServerProcess {
  label: string;
  /** Base URL, ending in `/`; GraphQL at `${url}graphql`. */
  url: string;
  /** Peak resident memory of the server's node process so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * Runs a TypeScript entry point with tsx and resolves once it prints `serving <url> ` and then a
 * line ending in `ready` on stdout, as the app and the peer do. Its stderr passes through.
 */
export async function startServer(label: string, entry: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), [entry], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let serving = '';
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      serving ||= /serving (http:\/\/\S+\/) /.exec(line)?.[1] ?? '';
      if (line.endsWith('ready')) resolve(serving);
    });
    child.once('exit', (code) => reject(new Error(`${label} exited with ${code} before it was ready`)));
  });
  // tsx runs the entry point in a child node process: its memory is what counts.
  const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/);
  const pid = Number(children[0] || child.pid);
  let lastPeak = 0;
  return {
    label,
    url,
    peakRssMb: () => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        lastPeak = Math.max(lastPeak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      } catch {
        // Gone already: the last reading stands.
      }
      return Math.round(lastPeak);
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        for (const target of new Set([pid, child.pid!])) {
          try {
            process.kill(target, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
