import neo4j, { isDateTime, type RecordShape } from 'neo4j-driver';
import type { Neo4jClient } from './neo4j-client.js';

/**
 * The whole base as nodes and relationships, every property with its Neo4j type: what a backup
 * writes and a restore writes back. JSON has one kind of number and no dates, so the values JSON
 * cannot tell apart travel with their type (`types`): FLOAT and LIST<FLOAT> (a number is an
 * INTEGER otherwise) and DATETIME (an ISO-8601 string). Other Neo4j types are refused by name.
 */

export type JsonValue = string | number | boolean | null | JsonValue[];
export type TypedProperties = { props: Record<string, JsonValue>; types?: Record<string, PropertyType> };
export type PropertyType = 'FLOAT' | 'LIST<FLOAT>' | 'DATETIME';

export interface BackupNode extends TypedProperties {
  /** The node's element id in the base it was read from: relationships name their ends by it. */
  id: string;
  labels: string[];
}

export interface BackupRelationship extends TypedProperties {
  type: string;
  start: string;
  end: string;
}

/** A label or relationship type as written into Cypher: a plain identifier only. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const TYPES_OF = (v: string) => `
  [k IN keys(${v}) WHERE valueType(${v}[k]) STARTS WITH 'FLOAT' | [k, 'FLOAT']]
  + [k IN keys(${v}) WHERE valueType(${v}[k]) STARTS WITH 'LIST<FLOAT' | [k, 'LIST<FLOAT>']]
  + [k IN keys(${v}) WHERE valueType(${v}[k]) STARTS WITH 'ZONED DATETIME' | [k, 'DATETIME']]
  + [k IN keys(${v}) WHERE NOT valueType(${v}[k]) =~ '(STRING|INTEGER|FLOAT|BOOLEAN|ZONED DATETIME|LIST<(STRING|INTEGER|FLOAT|BOOLEAN|NOTHING)( NOT NULL)?>) NOT NULL'
      | [k, 'UNSUPPORTED ' + valueType(${v}[k])]] AS types`;

export const ALL_NODES = `MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props, ${TYPES_OF('n')}`;
export const ALL_RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props, ${TYPES_OF('r')}`;
export const NODE_COUNT = `MATCH (n) RETURN count(n) AS count`;
export const RELATIONSHIP_COUNT = `MATCH ()-[r]->() RETURN count(r) AS count`;
export const DELETE_EVERYTHING = `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;
export const MARK_RESTORING = `CREATE (:RestoreInProgress {file: $file, startedAt: datetime()})`;
export const CLEAR_RESTORING = `MATCH (r:RestoreInProgress) DELETE r`;
export const UNFINISHED_RESTORE = `MATCH (r:RestoreInProgress) RETURN r.file AS file, toString(r.startedAt) AS startedAt LIMIT 1`;

const createNodes = (labels: string[]) => `
UNWIND $rows AS row
CREATE (n${labels.map((l) => `:\`${l}\``).join('')})
SET n = row.props
RETURN row.at AS at, elementId(n) AS id`;

const createRelationships = (type: string) => `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.start
MATCH (b) WHERE elementId(b) = row.end
CREATE (a)-[r:\`${type}\`]->(b)
SET r = row.props
RETURN count(r) AS created`;

export class UnsupportedPropertyError extends Error {}

export class BackupRepository {
  constructor(private readonly client: Neo4jClient) {}

  async counts(): Promise<{ nodes: number; relationships: number }> {
    const [[nodes], [relationships]] = await Promise.all([
      this.client.read<{ count: number }>(NODE_COUNT),
      this.client.read<{ count: number }>(RELATIONSHIP_COUNT),
    ]);
    return { nodes: nodes!.count, relationships: relationships!.count };
  }

  /** Every node, streamed as it is read; a property of a type a backup cannot carry stops it, named. */
  nodes(): AsyncGenerator<BackupNode> {
    return this.client.stream(ALL_NODES, {}, (record) => ({
      id: record.id as string,
      labels: record.labels as string[],
      ...typed(record, `a node labelled ${(record.labels as string[]).join(':')}`),
    }));
  }

  /** Every relationship, streamed, its ends named by their element ids. */
  relationships(): AsyncGenerator<BackupRelationship> {
    return this.client.stream(ALL_RELATIONSHIPS, {}, (record) => ({
      start: record.start as string,
      end: record.end as string,
      type: record.type as string,
      ...typed(record, `a relationship ${String(record.type)}`),
    }));
  }

  /** Creates nodes of one label set, in a transaction of their own; returns each new element id by `at`. */
  async createNodes(labels: string[], rows: { at: number; node: TypedProperties }[]): Promise<Map<number, string>> {
    if (!labels.every((l) => IDENTIFIER.test(l))) throw new Error(`not a label: ${labels.join(':')}`);
    const created = await this.client.writeTransaction((tx) =>
      tx.write<{ at: number; id: string }>(createNodes(labels), {
        rows: rows.map((r) => ({ at: r.at, props: driverValues(r.node) })),
      }),
    );
    return new Map(created.map((c) => [c.at, c.id]));
  }

  /** Creates relationships of one type between nodes named by their (new) element ids; returns how many. */
  async createRelationships(
    type: string,
    rows: { start: string; end: string; rel: TypedProperties }[],
  ): Promise<number> {
    if (!IDENTIFIER.test(type)) throw new Error(`not a relationship type: ${type}`);
    const [row] = await this.client.writeTransaction((tx) =>
      tx.write<{ created: number }>(createRelationships(type), {
        rows: rows.map((r) => ({ start: r.start, end: r.end, props: driverValues(r.rel) })),
      }),
    );
    return row?.created ?? 0;
  }

  async markRestoring(file: string): Promise<void> {
    await this.client.write(MARK_RESTORING, { file });
  }

  async clearRestoring(): Promise<void> {
    await this.client.write(CLEAR_RESTORING);
  }

  /** The restore that began and did not finish, if any. */
  async unfinishedRestore(): Promise<{ file: string; startedAt: string } | null> {
    return (await this.client.read<{ file: string; startedAt: string }>(UNFINISHED_RESTORE))[0] ?? null;
  }

  /** Empties the base, 10,000 nodes per inner transaction (constraints and indexes stay). */
  async deleteEverything(): Promise<void> {
    await this.client.writeAutoCommit(DELETE_EVERYTHING);
  }
}

/** A record's properties as JSON values, with the types JSON cannot tell. */
function typed(record: RecordShape, what: string): TypedProperties {
  const types = Object.fromEntries(record.types as [string, string][]);
  const unsupported = Object.entries(types).find(([, type]) => type.startsWith('UNSUPPORTED '));
  if (unsupported) {
    throw new UnsupportedPropertyError(
      `${what} has a property "${unsupported[0]}" of type ${unsupported[1].slice('UNSUPPORTED '.length)}, which a backup cannot carry`,
    );
  }
  const props = Object.fromEntries(
    Object.entries(record.props as Record<string, unknown>).map(([key, value]) => [
      key,
      isDateTime(value) ? value.toString() : (value as JsonValue),
    ]),
  );
  return Object.keys(types).length > 0 ? { props, types: types as Record<string, PropertyType> } : { props };
}

const DATETIME =
  /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2}(?::\d{2})?)?(?:\[([^\]]+)\])?$/;

/** An ISO-8601 date-time as Neo4j wrote it (nanoseconds, offset, zone) back into the driver's DateTime. */
export function dateTimeOf(text: string) {
  const m = DATETIME.exec(text);
  if (!m) throw new Error(`not a date-time: ${text}`);
  const [, year, month, day, hour, minute, second, fraction = '', offset, zone] = m;
  const nanoseconds = Number(fraction.padEnd(9, '0'));
  let offsetSeconds: number | undefined;
  if (offset === 'Z') offsetSeconds = 0;
  else if (offset) {
    const [h, mi, s = '0'] = offset.slice(1).split(':');
    offsetSeconds = (offset.startsWith('-') ? -1 : 1) * (Number(h) * 3600 + Number(mi) * 60 + Number(s));
  }
  return new neo4j.types.DateTime(
    Number(year),
    Number(month),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    nanoseconds,
    zone ? undefined : offsetSeconds,
    zone ?? null,
  );
}

/** JSON values back into what the driver sends as the original Neo4j types: integers as Integer, floats as numbers. */
function driverValues({ props, types = {} }: TypedProperties): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => {
      const type = types[key];
      if (type === 'DATETIME') return [key, dateTimeOf(value as string)];
      if (type === 'FLOAT' || type === 'LIST<FLOAT>') return [key, value];
      if (typeof value === 'number') return [key, neo4j.int(value)];
      if (Array.isArray(value)) return [key, value.map((v) => (typeof v === 'number' ? neo4j.int(v) : v))];
      return [key, value];
    }),
  );
}
