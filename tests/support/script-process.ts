import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { repoRoot } from '../../server/src/config.js';

export interface ProcessEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ScriptProcess {
  pid: number;
  /** stdout and stderr, line by line, as they came. */
  lines: string[];
  ended: Promise<ProcessEnd>;
  /** The first line, seen or still to come, that passes `wanted`; rejects when the process ends first. */
  waitForLine(wanted: (line: string) => boolean): Promise<string>;
  stop(signal: NodeJS.Signals): Promise<ProcessEnd>;
}

/**
 * Runs a TypeScript entry point of the repository as `node --import tsx [nodeOptions] SCRIPT ARGS`:
 * one process, so its pid is the script's own (the tsx command would run it in a child process,
 * out of reach of a SIGKILL sent to tsx).
 */
export function startScript(args: string[], env: Record<string, string>, nodeOptions: string[] = []): ScriptProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...nodeOptions, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  for (const stream of [child.stdout!, child.stderr!]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      for (const listener of listeners) listener(line);
    });
  }
  const ended = new Promise<ProcessEnd>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));

  const waitForLine = (wanted: (line: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find(wanted);
      if (seen !== undefined) return resolve(seen);
      const listener = (line: string) => {
        if (!wanted(line)) return;
        listeners.delete(listener);
        resolve(line);
      };
      listeners.add(listener);
      void ended.then((end) => {
        listeners.delete(listener);
        reject(
          new Error(
            `${args.join(' ')} ended (${end.signal ?? end.code}) before printing the line it waited for:\n${lines.join('\n')}`,
          ),
        );
      });
    });

  const stop = (signal: NodeJS.Signals) => {
    child.kill(signal);
    return ended;
  };

  return { pid: child.pid!, lines, ended, waitForLine, stop };
}
