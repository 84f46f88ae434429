import type { Corpus } from '../corpus/corpus-reader.js';
import type { Database } from '../db/repositories.js';
import { ENTRY_KINDS, type FieldDifference } from '../domain/corpus-merge.js';
import { MergeRun, type LoadConflict, type LoadOptions, type LoadReport } from './merge-run.js';

export type { LoadConflict, LoadOptions, LoadProgress, LoadReport } from './merge-run.js';

/** Bumped when loading writes something new, so an unchanged data/ is merged again once (3: baselines, conflicts). */
export const LOADER_VERSION = 3;

/**
 * Loads data/ into the live base as a three-way merge (see domain/corpus-merge.ts): what changed on
 * one side only is taken, what changed on both is a conflict that changes nothing and is named,
 * until settled with `--take data` or `--keep base`. Entries made in the app are not in data/ and
 * are never touched. One transaction: a failure leaves the base as it was.
 */
export class LoadService {
  constructor(private readonly database: Database) {}

  /** The hash of the data/ last loaded by this version of the loader; null before the first load. */
  async loadedHash(): Promise<string | null> {
    return this.database.repositories.loads.loadedHash(LOADER_VERSION);
  }

  /** Whether this data/ is the one last loaded (by this version of the loader). */
  async isLoaded(corpus: Corpus): Promise<boolean> {
    return (await this.loadedHash()) === corpus.hash;
  }

  /** The conflicts the last load left open. */
  async openConflicts(): Promise<LoadConflict[]> {
    return (await this.database.repositories.loads.openConflicts()).map((c) => ({
      ...c,
      fields: JSON.parse(c.fields) as FieldDifference[],
    }));
  }

  async load(corpus: Corpus, options: LoadOptions = {}): Promise<LoadReport> {
    return this.database.transaction(async (tx) => {
      const merge = new MergeRun(tx, corpus, options, !(await tx.loads.everLoaded()), LOADER_VERSION);
      for (const kind of ENTRY_KINDS) await merge.mergeKind(kind);
      return merge.finish();
    });
  }
}
