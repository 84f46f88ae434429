import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedOptionsFrom, repoRoot } from '../../server/src/config.js';
import { BOLT_ADDRESS_FILE } from '../../server/src/runtime/bolt-address.js';
import { startEmbeddedNeo4j } from '../../server/src/runtime/embedded-neo4j.js';
import { startScript, type ScriptProcess } from '../support/script-process.js';
import { fixtureCorpus } from '../support/test-app.js';

/**
 * `kb` commands in a second terminal while `npm start` runs on its own embedded Neo4j: they use the
 * app's Neo4j (its Bolt address is recorded in the data folder) instead of failing on the store's lock.
 */

const scratch = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-beside-'));
const dataDir = path.join(scratch, 'neo4j');
const backupFile = path.join(scratch, 'beside.claimgraph.gz');
/** Starting a JVM on a loaded 2-core machine: seconds idle, a minute or more under load. */
const NEO4J_STARTS_MS = 300_000;

const env = {
  NEO4J_URI: '',
  NEO4J_DATA_DIR: dataDir,
  CLAIMGRAPH_DATA_DIR: fixtureCorpus('corpus-small'),
  PORT: '0',
  HOST: '127.0.0.1',
  NEO4J_HEAP_MB: '512',
  NEO4J_PAGECACHE_MB: '64',
};

/** `npm run kb -- ARGS` with the embedded Neo4j's settings: no NEO4J_URI. */
function kbEmbedded(args: string[]) {
  const result = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['server/src/cli/kb.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let app: ScriptProcess | null = null;
afterAll(async () => {
  await app?.stop('SIGTERM');
  rmSync(scratch, { recursive: true, force: true });
});

describe('kb beside a running app', () => {
  it(
    'kb stats and kb backup use the running app’s Neo4j; kb restore waits for it to stop',
    async () => {
      app = startScript(['server/src/main.ts'], env);
      await app.waitForLine((line) => line.endsWith('ready'));
      expect(existsSync(path.join(dataDir, BOLT_ADDRESS_FILE))).toBe(true);

      const stats = kbEmbedded(['stats']);
      expect(stats.code, stats.stderr).toBe(0);
      expect(stats.stderr).toMatch(/using the Neo4j that the app \(npm start\) \(pid \d+\) runs on/);
      expect(JSON.parse(stats.stdout)).toMatchObject({ claimsByStatus: expect.any(Object) });

      const backup = kbEmbedded(['backup', backupFile]);
      expect(backup.code, backup.stderr).toBe(0);
      expect(existsSync(backupFile)).toBe(true);

      // A restore would replace what the app serves under it: refused while the app runs.
      const restore = kbEmbedded(['restore', backupFile, '--replace']);
      expect(restore.code).toBe(1);
      expect(restore.stderr).toContain('stop it before a restore');
    },
    NEO4J_STARTS_MS,
  );

  it(
    'ignores the address left by an app that is gone, and starts a Neo4j of its own (a restore on the embedded Neo4j)',
    async () => {
      const end = await app!.stop('SIGTERM');
      expect(end.code).toBe(0);
      app = null;
      expect(existsSync(path.join(dataDir, BOLT_ADDRESS_FILE))).toBe(false);
      // What a crash (kill -9) leaves behind: an address whose process is gone.
      const gone = spawnSync(process.execPath, ['-e', 'process.pid'], { encoding: 'utf8' }).pid!;
      writeFileSync(
        path.join(dataDir, BOLT_ADDRESS_FILE),
        JSON.stringify({
          uri: 'bolt://127.0.0.1:1',
          pid: gone,
          ownerPid: gone,
          owner: 'the app (npm start)',
          startedAt: '',
        }),
      );
      const restore = kbEmbedded(['restore', backupFile, '--replace']);
      expect(restore.code, restore.stderr).toBe(0);
      expect(restore.stderr).toContain('starting embedded Neo4j');
      expect(restore.stdout).toMatch(/restored \d+ nodes and \d+ relationships/);
    },
    NEO4J_STARTS_MS,
  );

  it(
    'names the process that holds the data folder without an address, and says what to do',
    async () => {
      const holder = await startEmbeddedNeo4j({ ...embeddedOptionsFrom(env), dataDir });
      try {
        rmSync(path.join(dataDir, BOLT_ADDRESS_FILE));
        const refused = kbEmbedded(['stats']);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain(`locked by process ${holder.pid} (`);
        expect(refused.stderr).toContain(`kill ${holder.pid}`);
        expect(refused.stderr).toContain('NEO4J_DATA_DIR');
      } finally {
        await holder.stop();
      }
    },
    NEO4J_STARTS_MS,
  );
});
