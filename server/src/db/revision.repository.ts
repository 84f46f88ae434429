import type { RevisionRecord } from '../domain/revision-summary.js';
import { groupBy } from './key-order.js';
import type { Neo4jClient } from './neo4j-client.js';

export type RevisionRow = RevisionRecord;

export const REVISIONS_OF = `
UNWIND $keys AS key
MATCH (r:Revision {targetType: $targetType, targetId: key})
RETURN r { .id, .targetType, .targetId, .action, .actor, .reason, .before, .after, at: toString(r.at) } AS revision
ORDER BY r.at, r.id`;

export class RevisionRepository {
  constructor(private readonly client: Neo4jClient) {}

  /** Each target's revisions, oldest first; one list per key, in key order. */
  async of(targetType: string, keys: readonly string[]): Promise<RevisionRow[][]> {
    const rows = await this.client.read<{ revision: RevisionRow }>(REVISIONS_OF, { targetType, keys });
    return groupBy(
      keys,
      rows.map((r) => r.revision),
      (r) => r.targetId,
    );
  }
}
