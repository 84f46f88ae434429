import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.js';

export type Params = Record<string, unknown>;

/** Records the driver fetches at a time while streaming: large enough to keep Bolt busy, small enough to hold. */
const STREAM_FETCH_SIZE = 2000;

/** JavaScript numbers travel to Neo4j as floats; SKIP and LIMIT need integers. */
export function cypherInt(value: number) {
  return neo4j.int(Math.trunc(value));
}

/** Why a query could not be answered, in words a user can act on; the Cypher never leaves this layer. */
export class DatabaseUnavailableError extends Error {
  constructor(reason: string) {
    super(`the database is unavailable: ${reason}`);
  }
}

/**
 * Where a repository runs its Cypher: the client itself (each statement a transaction of its own)
 * or one transaction whose statements succeed or fail together.
 */
export interface CypherRunner {
  read<T extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<T[]>;
  write<T extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<T[]>;
  /** A statement that commits its own inner transactions (CALL { … } IN TRANSACTIONS): never inside a transaction. */
  writeAutoCommit(cypher: string, params?: Params): Promise<void>;
}

/**
 * The one driver of the process. Every query goes through `read`/`write`/`writeTransaction`,
 * which count Bolt round trips so tests can show that cost does not grow with page size.
 */
export class Neo4jClient implements CypherRunner {
  roundTrips = 0;

  private constructor(readonly driver: Driver) {}

  static connect(connection: Neo4jConnection): Neo4jClient {
    const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : undefined;
    const driver = neo4j.driver(connection.uri, auth, {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
    });
    return new Neo4jClient(driver);
  }

  async verify(): Promise<void> {
    await this.driver.verifyConnectivity();
  }

  async read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.execute<T>(cypher, params, neo4j.routing.READ);
  }

  async write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.execute<T>(cypher, params, neo4j.routing.WRITE);
  }

  /**
   * Several statements that succeed or fail together. The driver runs `work` again on a transient
   * error (a deadlock, a leader switch), so `work` must do nothing but database work.
   */
  async writeTransaction<T>(work: (tx: CypherRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session();
    try {
      return await session.executeWrite((tx) => work(this.runnerFor(tx)));
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Rows of a query as they arrive, without holding them all: for reading a whole base (backup).
   * `transform` runs on each record inside this layer, where Neo4j's own types are known.
   */
  async *stream<T>(cypher: string, params: Params, transform: (record: RecordShape) => T): AsyncGenerator<T> {
    this.roundTrips += 1;
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: STREAM_FETCH_SIZE });
    try {
      for await (const record of session.run(cypher, params)) yield transform(record.toObject());
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  /** A statement that commits its own inner transactions (CALL { … } IN TRANSACTIONS): it cannot run in a managed one. */
  async writeAutoCommit(cypher: string, params: Params = {}): Promise<void> {
    this.roundTrips += 1;
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(cypher, params);
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private runnerFor(tx: ManagedTransaction): CypherRunner {
    const run = async <T extends RecordShape>(cypher: string, params: Params = {}) => {
      this.roundTrips += 1;
      const result = await tx.run<T>(cypher, params);
      return result.records.map((r) => r.toObject());
    };
    return {
      read: run,
      write: run,
      writeAutoCommit: () => {
        throw new Error('CALL { … } IN TRANSACTIONS cannot run inside a transaction');
      },
    };
  }

  private async execute<T extends RecordShape>(
    cypher: string,
    params: Params,
    routing: 'READ' | 'WRITE',
  ): Promise<T[]> {
    this.roundTrips += 1;
    try {
      const result: QueryResult<T> = await this.driver.executeQuery<QueryResult<T>>(cypher, params, { routing });
      return result.records.map((r) => r.toObject());
    } catch (error) {
      throw translate(error);
    }
  }
}

function translate(error: unknown): unknown {
  if (error instanceof neo4j.Neo4jError && (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired')) {
    return new DatabaseUnavailableError(error.message.split('\n')[0] ?? error.code);
  }
  return error;
}
