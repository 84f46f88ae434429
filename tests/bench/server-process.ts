import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import readline from 'node:readline';
import { repoRoot } from '../../server/src/config.js';

/** A GraphQL server the bench started as a child process: the app or the peer. */
export interface ServerProcess {
  label: string;
  /** Base URL, ending in `/`; GraphQL at `${url}graphql`. */
  url: string;
  pid: number;
  /** False once the process has exited (a crash under load, say). */
  alive(): boolean;
  /** Peak resident memory of the server's node process so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * Runs a compiled entry point (JavaScript, as `npm start` runs the app) with this node and resolves
 * once it prints `serving <url> ` and then a line ending in `ready` on stdout, as the app and the
 * peer do. Its stderr passes through. `nodeOptions` go to node before the entry (`--cpu-prof`, say).
 */
export async function startServer(
  label: string,
  entry: string,
  env: Record<string, string>,
  nodeOptions: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeOptions, entry], {
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
  const pid = child.pid!;
  let lastPeak = 0;
  return {
    label,
    url,
    pid,
    alive: () => child.exitCode === null && child.signalCode === null,
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
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
