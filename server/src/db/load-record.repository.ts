import type { EntryKind } from '../domain/corpus-merge.js';
import type { CypherRunner } from './neo4j-client.js';

/**
 * What loads leave in the base: per entry, the fields of the data/ last loaded (the baseline of the
 * three-way merge, canonical JSON), the conflicts the last load left open, and which data/ it was.
 */

export const BASELINES = `
UNWIND $keys AS key MATCH (b:LoadBaseline {key: $kind + ' ' + key}) RETURN key, b.fields AS fields`;
export const BASELINE_KEYS = `MATCH (b:LoadBaseline {kind: $kind}) RETURN b.entry AS key`;
export const WRITE_BASELINES = `
UNWIND $rows AS row
MERGE (b:LoadBaseline {key: $kind + ' ' + row.key})
SET b.kind = $kind, b.entry = row.key, b.fields = row.fields`;
export const DELETE_BASELINES = `UNWIND $keys AS key MATCH (b:LoadBaseline {key: $kind + ' ' + key}) DELETE b`;

export const REPLACE_CONFLICTS = `
CALL () { MATCH (old:LoadConflict) DELETE old }
UNWIND $rows AS row
CREATE (:LoadConflict {key: row.key, kind: row.kind, entry: row.entry, file: row.file, line: row.line,
  fields: row.fields, detectedAt: datetime()})`;

export const OPEN_CONFLICTS = `
MATCH (c:LoadConflict)
RETURN c { .kind, .entry, .file, .line, .fields, detectedAt: toString(c.detectedAt) } AS conflict
ORDER BY c.file, c.line, c.entry`;

export const CONFLICT_COUNT = `MATCH (c:LoadConflict) RETURN count(c) AS count`;

export const MARK_LOADED = `
MERGE (l:CorpusLoad {key: 'data'})
SET l.hash = $hash, l.loaderVersion = $loaderVersion, l.loadedAt = datetime()`;

export const LOADED_HASH = `MATCH (l:CorpusLoad {key: 'data'}) WHERE l.loaderVersion = $loaderVersion RETURN l.hash AS hash`;
export const EVER_LOADED = `MATCH (l:CorpusLoad {key: 'data'}) RETURN count(l) > 0 AS loaded`;

/** An open conflict as stored: where data/ holds the entry, and the fields on which the two sides differ (JSON). */
export interface StoredConflict {
  kind: EntryKind;
  entry: string;
  file: string;
  line: number;
  fields: string;
  detectedAt?: string;
}

export class LoadRecordRepository {
  constructor(private readonly client: CypherRunner) {}

  /** Each entry's fields as last loaded from data/ (canonical JSON). */
  async baselines(kind: EntryKind, keys: readonly string[]): Promise<{ key: string; fields: string }[]> {
    return this.client.read(BASELINES, { kind, keys });
  }

  /** The keys of every entry of this kind that data/ held when last loaded. */
  async baselineKeys(kind: EntryKind): Promise<string[]> {
    return (await this.client.read<{ key: string }>(BASELINE_KEYS, { kind })).map((r) => r.key);
  }

  async recordBaselines(kind: EntryKind, rows: readonly { key: string; fields: string }[]): Promise<void> {
    if (rows.length > 0) await this.client.write(WRITE_BASELINES, { kind, rows });
  }

  async forgetBaselines(kind: EntryKind, keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.client.write(DELETE_BASELINES, { kind, keys });
  }

  /** Replaces the open conflicts with these (none: every conflict is settled). */
  async replaceConflicts(conflicts: readonly StoredConflict[]): Promise<void> {
    await this.client.write(REPLACE_CONFLICTS, {
      rows: conflicts.map((c) => ({ ...c, key: `${c.kind} ${c.entry}` })),
    });
  }

  async conflictCount(): Promise<number> {
    return (await this.client.read<{ count: number }>(CONFLICT_COUNT))[0]?.count ?? 0;
  }

  async openConflicts(): Promise<StoredConflict[]> {
    return (await this.client.read<{ conflict: StoredConflict }>(OPEN_CONFLICTS)).map((r) => r.conflict);
  }

  /** The hash of the data/ last loaded by this loader version, or null. */
  async loadedHash(loaderVersion: number): Promise<string | null> {
    const rows = await this.client.read<{ hash: string }>(LOADED_HASH, { loaderVersion });
    return rows[0]?.hash ?? null;
  }

  /** Whether data/ was ever loaded into this base (by any version). */
  async everLoaded(): Promise<boolean> {
    return (await this.client.read<{ loaded: boolean }>(EVER_LOADED))[0]?.loaded ?? false;
  }

  async markLoaded(hash: string, loaderVersion: number): Promise<void> {
    await this.client.write(MARK_LOADED, { hash, loaderVersion });
  }
}
