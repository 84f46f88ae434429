import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { TypedProperties } from '../db/backup.repository.js';
import type { Database } from '../db/repositories.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupRefusedError,
  PROGRESS_EVERY,
  readBackup,
  type BackupHeader,
  type BackupSummary,
  type EndLine,
  type NodeLine,
  type Progress,
  type RelationshipLine,
} from './backup-file.js';

export { BackupRefusedError, type BackupProgress } from './backup-file.js';

/** Nodes or relationships per restore transaction: few commits (each updates every index), within the embedded Neo4j's default heap. */
const RESTORE_BATCH = 10_000;
/** Bytes handed to gzip at a time while writing. */
const WRITE_CHUNK = 64 * 1024;

/**
 * `kb backup` / `kb restore`: the whole base (revisions, proposals, earlier texts, load records:
 * every node and relationship with every property) as one portable file, read and written as a
 * stream. The file is gzip'd NDJSON: a header line naming the format and its version, one line per
 * node, one per relationship (its ends by the nodes' places in the file), and a last line with the
 * counts and the sha256 of every line before it. A restore reads the whole file and checks all of
 * it before it writes anything.
 */
export class BackupService {
  constructor(private readonly database: Database) {}

  /** Writes the base to `file` (through `file.partial`, renamed at the end: a failed backup leaves no file behind). */
  async backup(file: string, onProgress: Progress = () => {}): Promise<BackupSummary & { skipped: number }> {
    const counts = await this.database.backup.counts();
    const partial = `${file}.partial`;
    const gzip = createGzip();
    const out = createWriteStream(partial);
    gzip.pipe(out);
    const digest = createHash('sha256');
    let chunk = '';
    const flush = async () => {
      if (chunk === '') return;
      if (!gzip.write(chunk)) await once(gzip, 'drain');
      chunk = '';
    };
    const write = async (value: unknown, hashed = true) => {
      const line = `${JSON.stringify(value)}\n`;
      if (hashed) digest.update(line);
      chunk += line;
      if (chunk.length >= WRITE_CHUNK) await flush();
    };
    try {
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        ...counts,
      };
      await write(header);
      const place = new Map<string, number>();
      for await (const node of this.database.backup.nodes()) {
        place.set(node.id, place.size);
        await write({ n: node.labels, p: node.props, ...(node.types ? { t: node.types } : {}) } satisfies NodeLine);
        if (place.size % PROGRESS_EVERY === 0) onProgress({ step: 'nodes', done: place.size, total: counts.nodes });
      }
      onProgress({ step: 'nodes', done: place.size, total: place.size });
      let relationships = 0;
      let skipped = 0;
      for await (const rel of this.database.backup.relationships()) {
        const [s, e] = [place.get(rel.start), place.get(rel.end)];
        // Made while the nodes were being read: its end is not in the file. Said, never silent.
        if (s === undefined || e === undefined) {
          skipped += 1;
          continue;
        }
        await write({
          r: rel.type,
          s,
          e,
          p: rel.props,
          ...(rel.types ? { t: rel.types } : {}),
        } satisfies RelationshipLine);
        relationships += 1;
        if (relationships % PROGRESS_EVERY === 0)
          onProgress({ step: 'relationships', done: relationships, total: counts.relationships });
      }
      onProgress({ step: 'relationships', done: relationships, total: relationships });
      await write({ end: { nodes: place.size, relationships, sha256: digest.digest('hex') } } satisfies EndLine, false);
      await flush();
      gzip.end();
      await finished(out);
      renameSync(partial, file);
      return { nodes: place.size, relationships, createdAt: header.createdAt, skipped };
    } catch (error) {
      gzip.destroy();
      out.destroy();
      rmSync(partial, { force: true });
      throw error;
    }
  }

  /** Reads the whole file and checks it (format, version, every line, counts, checksum); throws BackupRefusedError. */
  async verify(file: string, onProgress: Progress = () => {}): Promise<BackupSummary> {
    return readBackup(file, async () => {}, onProgress);
  }

  /**
   * Restores `file` into this base: checked whole first, refused (nothing written) when it is not a
   * complete backup of this format, or when the base holds anything and `replace` is not given.
   */
  async restore(file: string, options: { replace?: boolean; onProgress?: Progress } = {}): Promise<BackupSummary> {
    const onProgress = options.onProgress ?? (() => {});
    const summary = await this.verify(file, onProgress);
    const { nodes } = await this.database.backup.counts();
    if (nodes > 0 && !options.replace) {
      throw new BackupRefusedError(
        `the base is not empty (${nodes} nodes): nothing was restored. "restore FILE --replace" replaces it with the backup`,
      );
    }
    if (nodes > 0) {
      onProgress({ step: 'emptying', done: 0, total: nodes });
      await this.database.backup.deleteEverything();
      onProgress({ step: 'emptying', done: nodes, total: nodes });
    }
    // Until the last batch commits, the base says a restore is under way: the app and kb refuse a half-restored base.
    await this.database.backup.markRestoring(file);
    const writer = new RestoreWriter(this.database, summary, onProgress);
    try {
      await readBackup(
        file,
        (line) => writer.take(line),
        () => {},
      );
      await writer.finish();
    } catch (error) {
      throw new Error(
        `the restore stopped half-way (${(error as Error).message}): run "npm run kb -- restore ${file} --replace" again`,
      );
    }
    await this.database.backup.clearRestoring();
    return summary;
  }
}

/** Writes the lines of a checked file in batches: nodes per label set, relationships per type. */
class RestoreWriter {
  /** The new element id of each node, by its place in the file. */
  private readonly ids: string[] = [];
  private nodes = new Map<string, { at: number; node: TypedProperties }[]>();
  private relationships = new Map<string, { start: string; end: string; rel: TypedProperties }[]>();
  private pending = 0;
  private nodesSeen = 0;
  private written = { nodes: 0, relationships: 0 };

  constructor(
    private readonly database: Database,
    private readonly summary: BackupSummary,
    private readonly onProgress: Progress,
  ) {}

  async take(line: NodeLine | RelationshipLine): Promise<void> {
    if ('n' in line) {
      const key = line.n.join(':');
      const group = this.nodes.get(key) ?? [];
      group.push({ at: this.nodesSeen, node: { props: line.p, types: line.t } });
      this.nodesSeen += 1;
      this.nodes.set(key, group);
    } else {
      if (this.nodes.size > 0) await this.flushNodes();
      const group = this.relationships.get(line.r) ?? [];
      group.push({ start: this.ids[line.s]!, end: this.ids[line.e]!, rel: { props: line.p, types: line.t } });
      this.relationships.set(line.r, group);
    }
    this.pending += 1;
    if (this.pending >= RESTORE_BATCH) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.nodes.size > 0) await this.flushNodes();
    for (const [type, rows] of this.relationships) {
      this.written.relationships += await this.database.backup.createRelationships(type, rows);
    }
    if (this.relationships.size > 0) {
      this.onProgress({ step: 'relationships', done: this.written.relationships, total: this.summary.relationships });
      this.relationships = new Map();
    }
    this.pending = 0;
  }

  private async flushNodes(): Promise<void> {
    for (const [key, rows] of this.nodes) {
      const created = await this.database.backup.createNodes(key === '' ? [] : key.split(':'), rows);
      for (const [at, id] of created) this.ids[at] = id;
    }
    this.written.nodes = this.ids.length;
    this.onProgress({ step: 'nodes', done: this.written.nodes, total: this.summary.nodes });
    this.nodes = new Map();
    this.pending = 0;
  }
}
