import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { repoRoot } from '../../server/src/config.js';

export interface KbResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const TSX = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

function kbOptions(env: Record<string, string>) {
  const neo4j = inject('neo4j');
  return {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, ...env },
    encoding: 'utf8' as const,
    maxBuffer: 64 * 1024 * 1024,
  };
}

/** `npm run kb -- ARGS` on the tests' Neo4j (as NEO4J_URI), with `env` added; waits for it to end. */
export function kb(args: string[], env: Record<string, string> = {}): KbResult {
  const result = spawnSync(TSX, ['server/src/cli/kb.ts', ...args], kbOptions(env));
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The same, without blocking this process while it runs: for a test whose app runs in this process
 * too, which must go on serving (and closing idle connections on time) meanwhile.
 */
export function kbInBackground(args: string[], env: Record<string, string> = {}): Promise<KbResult> {
  return new Promise((resolve) => {
    execFile(TSX, ['server/src/cli/kb.ts', ...args], kbOptions(env), (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
