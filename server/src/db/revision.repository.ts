import { randomUUID } from 'node:crypto';
import { groupBy } from './key-order.js';
import type { CypherRunner } from './neo4j-client.js';

export interface RevisionRow {
  id: string;
  targetType: string;
  targetId: string;
  action: string;
  actor: string;
  reason: string;
  at: string;
  before: string | null;
  after: string | null;
}

/** One change to record: what it changed, how, and the state before and after (null: none). */
export interface NewRevision {
  targetType: string;
  targetId: string;
  action: string;
  before: object | null;
  after: object | null;
}

export const REVISIONS_OF = `
UNWIND $keys AS key
MATCH (r:Revision {targetType: $targetType, targetId: key})
RETURN r { .id, .targetType, .targetId, .action, .actor, .reason, .before, .after, at: toString(r.at) } AS revision
ORDER BY r.at, r.id`;

export const WRITE_REVISIONS = `
UNWIND $rows AS row
CREATE (r:Revision {id: row.id, targetType: row.targetType, targetId: row.targetId, action: row.action, actor: $actor,
  reason: $reason, before: row.before, after: row.after, at: datetime()})`;

export class RevisionRepository {
  constructor(private readonly client: CypherRunner) {}

  /** Each target's revisions, oldest first; one list per key, in key order. */
  async of(targetType: string, keys: readonly string[]): Promise<RevisionRow[][]> {
    const rows = await this.client.read<{ revision: RevisionRow }>(REVISIONS_OF, { targetType, keys });
    return groupBy(
      keys,
      rows.map((r) => r.revision),
      (r) => r.targetId,
    );
  }

  /** Records changes made by one actor for one reason (who, why, when, before and after). */
  async record(revisions: readonly NewRevision[], change: { actor: string; reason: string }): Promise<void> {
    if (revisions.length === 0) return;
    await this.client.write(WRITE_REVISIONS, {
      actor: change.actor,
      reason: change.reason,
      rows: revisions.map((r) => ({
        id: randomUUID(),
        targetType: r.targetType,
        targetId: r.targetId,
        action: r.action,
        before: r.before && JSON.stringify(r.before),
        after: r.after && JSON.stringify(r.after),
      })),
    });
  }
}
