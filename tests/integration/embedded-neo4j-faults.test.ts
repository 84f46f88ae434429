import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedOptionsFrom } from '../../server/src/config.js';
import { freePort, startEmbeddedNeo4j } from '../../server/src/runtime/embedded-neo4j.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-faults-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Starting a Neo4j JVM takes 13 s on an idle 2-core machine and can pass a minute on a loaded one.
const NEO4J_STARTS_TIMEOUT_MS = 180_000;

const options = (dataDir: string, extra: Partial<ReturnType<typeof embeddedOptionsFrom>> = {}) => ({
  ...embeddedOptionsFrom({}),
  dataDir,
  heapMb: 256,
  pageCacheMb: 16,
  startTimeoutMs: 90_000,
  ...extra,
});

describe('an embedded Neo4j that cannot start says why and exits, never hangs', () => {
  it('names the port when it is taken', async () => {
    const port = await freePort();
    const squatter = net.createServer().listen(port, '127.0.0.1');
    try {
      await expect(startEmbeddedNeo4j(options(path.join(scratch, 'port'), { boltPort: port }))).rejects.toThrow(
        `port ${port} on 127.0.0.1 is already in use`,
      );
    } finally {
      squatter.close();
    }
  });

  it('says Java is missing when there is none', async () => {
    const javaHome = process.env.JAVA_HOME;
    process.env.JAVA_HOME = path.join(scratch, 'no-such-jdk');
    try {
      await expect(startEmbeddedNeo4j(options(path.join(scratch, 'nojava')))).rejects.toThrow(/Java was not found/);
    } finally {
      if (javaHome === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = javaHome;
    }
  });

  it(
    'refuses a corrupt data folder with the database’s own reason',
    async () => {
      const dataDir = path.join(scratch, 'corrupt');
      for (const [dir, file] of [
        ['databases', 'neostore'],
        ['transactions', 'neostore.transaction.db.0'],
      ] as const) {
        mkdirSync(path.join(dataDir, 'data', dir, 'neo4j'), { recursive: true });
        writeFileSync(path.join(dataDir, 'data', dir, 'neo4j', file), Buffer.alloc(65_536, 0xab));
      }
      await expect(startEmbeddedNeo4j(options(dataDir))).rejects.toThrow(/could not start \(corrupt data folder\?\)/);
    },
    NEO4J_STARTS_TIMEOUT_MS,
  );

  it(
    'refuses a data folder that another Neo4j holds, instead of waiting for it',
    async () => {
      const dataDir = path.join(scratch, 'shared');
      const first = await startEmbeddedNeo4j(options(dataDir));
      try {
        await expect(startEmbeddedNeo4j(options(dataDir))).rejects.toThrow(/locked by another process/);
      } finally {
        await first.stop();
      }
    },
    NEO4J_STARTS_TIMEOUT_MS,
  );
});
