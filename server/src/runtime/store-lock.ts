import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/** How much of a process's command line a message quotes. */
const COMMAND_SHOWN = 160;

/**
 * The process that holds files of this data folder open (Neo4j's store lock), found through /proc
 * (Linux); null where it cannot be seen (another user's process, another system).
 */
export function storeLockHolder(dataDir: string): { pid: number; command: string } | null {
  const folder = path.resolve(dataDir) + path.sep;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  } catch {
    return null;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    const holds = fds.some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith(folder);
      } catch {
        return false;
      }
    });
    if (holds) {
      let command = '';
      try {
        command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      } catch {
        command = '(command unknown)';
      }
      return {
        pid: Number(pid),
        command: command.length > COMMAND_SHOWN ? `${command.slice(0, COMMAND_SHOWN - 1)}…` : command,
      };
    }
  }
  return null;
}
