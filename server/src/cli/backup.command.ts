import { statSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config.js';
import { withNeo4j } from '../runtime/neo4j-session.js';
import { BackupRefusedError, BackupService, type BackupProgress } from '../services/backup.service.js';
import { log } from './cli-options.js';

export const BACKUP_USAGE = 'backup FILE';
export const RESTORE_USAGE = 'restore FILE [--replace]';

const progress = (p: BackupProgress) => log(`${p.step}: ${p.done}/${p.total}`);
const megabytes = (file: string) => (statSync(file).size / 1e6).toFixed(1);

/** kb backup FILE: the whole base, revisions and proposals included, as one portable file. */
export async function backupCommand(argv: readonly string[], config: AppConfig): Promise<number> {
  const file = argv[1];
  if (!file || file.startsWith('--')) {
    console.error(`usage: npm run kb -- ${BACKUP_USAGE}`);
    return 2;
  }
  const target = path.resolve(file);
  return withNeo4j(config, log, async (database) => {
    const started = performance.now();
    const written = await new BackupService(database).backup(target, progress);
    if (written.skipped > 0)
      log(
        `${written.skipped} relationships made while the backup ran were left out (their nodes came after the node scan)`,
      );
    console.log(
      `${target}: ${written.nodes} nodes, ${written.relationships} relationships, ${megabytes(target)} MB, ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  });
}

/** kb restore FILE [--replace]: the file checked whole, then written; refused on a non-empty base without --replace. */
export async function restoreCommand(argv: readonly string[], config: AppConfig): Promise<number> {
  const file = argv[1];
  if (!file || file.startsWith('--')) {
    console.error(`usage: npm run kb -- ${RESTORE_USAGE}`);
    return 2;
  }
  const source = path.resolve(file);
  return withNeo4j(
    config,
    log,
    async (database) => {
      const started = performance.now();
      try {
        const restored = await new BackupService(database).restore(source, {
          replace: argv.includes('--replace'),
          onProgress: progress,
        });
        console.log(
          `restored ${restored.nodes} nodes and ${restored.relationships} relationships from ${source} ` +
            `(backed up ${restored.createdAt}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        return 0;
      } catch (error) {
        if (!(error instanceof BackupRefusedError)) throw error;
        console.error(`[kb] ${error.message}`);
        return 1;
      }
    },
    { restoring: true },
  );
}
