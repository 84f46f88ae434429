import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { repoRoot } from '../../server/src/config.js';

export interface KbResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run kb -- ARGS` on the tests' Neo4j (as NEO4J_URI), with `env` added; waits for it to end. */
export function kb(args: string[], env: Record<string, string> = {}): KbResult {
  const neo4j = inject('neo4j');
  const result = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['server/src/cli/kb.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
