/**
 * What each side asks of Neo4j for one request: the Cypher statements it sends, each run again
 * under PROFILE for its db hits. Both GraphQL servers are built in this process over the bench's
 * own driver, which records the statements they send: ours through the app's repositories, the
 * peer through @neo4j/graphql's transactions.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { execute, parse, type GraphQLSchema } from 'graphql';
import type { Neo4jClient, Params } from '../../server/src/db/neo4j-client.js';
import { createDatabase } from '../../server/src/db/repositories.js';
import { createServices } from '../../server/src/services/services.js';
import { createContext } from '../../server/src/graphql/context.js';
import { buildSchema } from '../../server/src/graphql/schema.js';
import type { BenchQuery, GraphQLRequest } from './bench-queries.js';
import type { StatementProfile } from './bench-results.js';
import { peerTypeDefs } from './peer-type-defs.js';

// The driver's types, named through the client: only server/src/db imports neo4j-driver.
type Driver = Neo4jClient['driver'];
type Session = ReturnType<Driver['session']>;
type SessionConfig = Parameters<Driver['session']>[0];
type ManagedTransaction = Parameters<Parameters<Session['executeRead']>[0]>[0];

interface Statement {
  cypher: string;
  params: Params;
}

let schemas: { ours: GraphQLSchema; peer: GraphQLSchema; recorded: Statement[]; recorder: Neo4jClient } | null = null;

/** A driver whose sessions record every statement run in them, as @neo4j/graphql runs its own. */
function recordingDriver(driver: Driver, recorded: Statement[]): Driver {
  const recordingTransaction = (tx: ManagedTransaction) =>
    new Proxy(tx, {
      get: (target, key) =>
        key === 'run'
          ? (cypher: string, params: Params) => {
              recorded.push({ cypher, params });
              return target.run(cypher, params);
            }
          : (Reflect.get(target, key) as unknown),
    });
  return new Proxy(driver, {
    get: (target, key) => {
      if (key !== 'session') return Reflect.get(target, key) as unknown;
      return (config?: SessionConfig) => {
        const session = target.session(config);
        return new Proxy(session, {
          get: (s: Session, k) => {
            if (k === 'executeRead' || k === 'executeWrite')
              return (work: (tx: ManagedTransaction) => unknown, c?: object) =>
                s[k]((tx) => work(recordingTransaction(tx)), c);
            if (k === 'run')
              return (cypher: string, params: Params, c?: object) => {
                recorded.push({ cypher, params });
                return s.run(cypher, params, c);
              };
            const value = Reflect.get(s, k) as unknown;
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(s) : value;
          },
        });
      };
    },
  });
}

async function setUp(client: Neo4jClient) {
  if (schemas) return schemas;
  const recorded: Statement[] = [];
  const recorder = new Proxy(client, {
    get: (target, key) =>
      key === 'read'
        ? (cypher: string, params: Params) => {
            recorded.push({ cypher, params });
            return target.read(cypher, params);
          }
        : (Reflect.get(target, key) as unknown),
  });
  const peer = await new Neo4jGraphQL({
    typeDefs: peerTypeDefs,
    driver: recordingDriver(client.driver, recorded),
  }).getSchema();
  schemas = { ours: buildSchema(), peer, recorded, recorder };
  return schemas;
}

async function statementsOf(
  schema: GraphQLSchema,
  request: GraphQLRequest,
  contextValue: object,
  recorded: Statement[],
) {
  recorded.length = 0;
  const result = await execute({
    schema,
    document: parse(request.query),
    variableValues: request.variables,
    contextValue,
  });
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
  return [...recorded];
}

async function profiled(client: Neo4jClient, statements: Statement[]): Promise<StatementProfile> {
  let dbHits = 0;
  for (const { cypher, params } of statements) {
    const session = client.driver.session();
    try {
      const result = await session.run(`PROFILE ${cypher}`, params);
      const visit = (plan: { dbHits: number; children: unknown[] }): void => {
        dbHits += plan.dbHits;
        plan.children.forEach((child) => visit(child as typeof plan));
      };
      if (result.summary.profile) visit(result.summary.profile as never);
    } finally {
      await session.close();
    }
  }
  return { statements: statements.length, db_hits: dbHits };
}

/** Statements and db hits of the first request of a question's mix, on each side. */
export async function profileQuestion(
  client: Neo4jClient,
  q: BenchQuery,
): Promise<{ ours: StatementProfile; peer: StatementProfile }> {
  const { ours, peer, recorded, recorder } = await setUp(client);
  const ourStatements = await statementsOf(
    ours,
    q.ours[0]!,
    (() => {
      const database = createDatabase(recorder);
      return createContext(database.repositories, createServices(database), null, 'http://bench.invalid');
    })(),
    recorded,
  );
  const peerStatements = await statementsOf(peer, q.peer[0]!, {}, recorded);
  return { ours: await profiled(client, ourStatements), peer: await profiled(client, peerStatements) };
}
