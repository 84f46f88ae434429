import net from 'node:net';
import tls from 'node:tls';
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
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
 * neo4j-driver opens its sockets with Nagle's algorithm on, and writes a message longer than its
 * 1,400-byte chunk buffer in two writes: the second then waits for the server to acknowledge the
 * first, which it delays by up to 40 ms. A page read in one statement is a 2-3 KB message, so each
 * took 45-50 ms instead of 2 (a source page: 48 ms at the 50th percentile, one request at a
 * time). The driver has no setting for it, so every TCP or TLS socket this process opens gets
 * TCP_NODELAY (Bolt is its only outgoing connection; node's HTTP server sets it on its own), and
 * sends what it is given in one turn of the event loop as one write (coalesceWritesPerTurn).
 */
function disableNagleOnOutgoingSockets(): void {
  const marker = Symbol.for('claimgraph.noDelay');
  for (const module of [net, tls] as const) {
    const connect = module.connect as typeof module.connect & { [marker]?: true };
    if (connect[marker]) continue;
    const patched = ((...args: Parameters<typeof connect>) => {
      const socket = (connect as (...a: unknown[]) => net.Socket)(...args);
      socket.setNoDelay(true);
      coalesceWritesPerTurn(socket);
      return socket;
    }) as typeof connect & { [marker]?: true };
    patched[marker] = true;
    (module as { connect: typeof connect }).connect = patched;
  }
}

/**
 * The driver flushes its chunk buffer whenever it fills, so a statement of 2-3 KB and its PULL
 * leave in two or three writes, each a system call that on loopback also runs the receiving side's
 * TCP stack: a quarter of the app's busy CPU on the bench's source and claim pages (a --cpu-prof
 * of the bench at 20,000 assertions) was spent in them. Corked until the end of the current turn,
 * they leave as one writev, at the same moment (the driver writes a request in one synchronous
 * turn, then waits for the answer), and Neo4j reads one packet where it read two or three.
 */
function coalesceWritesPerTurn(socket: net.Socket): void {
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = ((...args: unknown[]) => {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return write(...args);
  }) as typeof socket.write;
}

/**
 * neo4j-driver formats a stack trace for every statement it runs (Result's constructor reads
 * `new Error().stack`, kept to point a later failure at its caller): 0.06 ms of the app's CPU per
 * statement, more than a source page's own resolvers, spent for the rare failure. The read path
 * runs the call with no frames captured; a failure still says what Neo4j refused and why, and is
 * translated here (translate) before anything reports it.
 */
function withoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * One read at a time, shared by whoever asks while it waits to start: a caller is answered by a read
 * that began after it asked (never by one already under way, which may have missed a write the
 * caller saw commit), and the callers of one wait share the next read. Under load, N requests that
 * ask for the database's state at once cost one read instead of N.
 */
class FreshReads<T> {
  private running: Promise<T> | null = null;
  private next: Promise<T> | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  ask(): Promise<T> {
    if (!this.running) return this.start();
    this.next ??= this.running.then(settle, settle).then(() => {
      this.next = null;
      return this.start();
    });
    return this.next;
  }

  private start(): Promise<T> {
    const read = this.read();
    this.running = read;
    const done = () => {
      if (this.running === read) this.running = null;
    };
    read.then(done, done);
    return read;
  }
}

const settle = () => undefined;

/** How long a read is tried again after a transient failure (a leader election, a deadlock), as the driver does for transactions. */
const READ_RETRY_MS = 5_000;
const READ_RETRY_DELAY_MS = 50;

/**
 * The one driver of the process. Every query goes through `read`/`write`/`writeTransaction`,
 * which count Bolt round trips so tests can show that cost does not grow with page size.
 * Reads and writes share one bookmark manager, so a read sees every write this process made
 * before it, on a cluster as on one server; `withBookmarks` extends that to writes another
 * process made (see http.ts: the bookmarks travel with the client between instances).
 */
export class Neo4jClient implements CypherRunner {
  /** Bookmarks of the writes made through this client; set on a client made by `withBookmarks`. */
  madeBookmarks: string[] | null = null;

  private constructor(
    readonly driver: Driver,
    private readonly counter: { roundTrips: number },
    /** Bookmarks every session of this client waits for, besides the process's own. */
    private readonly after: string[] = [],
    /** The process's shared reads of the committed state, made through the client without bookmarks of its own. */
    private readonly stateReads: FreshReads<string> = new FreshReads(() => this.readCommittedState()),
  ) {}

  get roundTrips(): number {
    return this.counter.roundTrips;
  }

  private get bookmarkManager() {
    return this.driver.executeQueryBookmarkManager;
  }

  static connect(connection: Neo4jConnection): Neo4jClient {
    disableNagleOnOutgoingSockets();
    const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : undefined;
    const driver = neo4j.driver(connection.uri, auth, {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      // Neo4j otherwise answers each statement with its planner's notifications (a property key or
      // relationship type no node has yet: 20-30 per page statement on a base without conflicts
      // or JAMA assessments), each a map of long strings the driver decodes. Nothing reads them.
      notificationFilter: { minimumSeverityLevel: 'OFF' },
    });
    return new Neo4jClient(driver, { roundTrips: 0 });
  }

  /**
   * The same driver, whose reads also wait until the writes named by `bookmarks` are visible (a
   * write made through another app instance, on a cluster member this one may not read from yet),
   * and which keeps the bookmarks of its own writes in `madeBookmarks` for the caller to hand on.
   */
  withBookmarks(bookmarks: string[]): Neo4jClient {
    return new Neo4jClient(this.driver, this.counter, bookmarks, this.stateReads);
  }

  /**
   * A name for the state the database has committed, as of a moment after this call: the bookmark
   * of a read, which names the last transaction the database had committed when the read ran.
   * Any commit, by any client of the database, gives a new one; two equal names mean that nothing
   * committed between them. Reads after this one (through any session of this process, which share
   * its bookmark manager) see at least that state. Callers without bookmarks of their own share one
   * read at a time (FreshReads).
   */
  committedState(): Promise<string> {
    return this.after.length > 0 ? this.readCommittedState() : this.stateReads.ask();
  }

  private async readCommittedState(): Promise<string> {
    this.counter.roundTrips += 1;
    const session = this.session('READ');
    try {
      await session.run('RETURN 1');
      return session.lastBookmarks().join(' ');
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  async verify(): Promise<void> {
    await this.driver.verifyConnectivity();
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarkManager,
      bookmarks: this.after,
    });
  }

  /**
   * One statement as an auto-commit read: a single RUN and PULL on the wire, where a managed
   * transaction adds a BEGIN and a COMMIT, each a write and a reply of their own (at 8 concurrent
   * requests that halved the driver's CPU per query and cut Neo4j's by a third here). Routed to a
   * reader on a cluster; tried again on a transient failure, as a managed transaction would be.
   */
  async read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    this.counter.roundTrips += 1;
    const started = Date.now();
    for (;;) {
      const session = this.session('READ');
      try {
        const result = await withoutCallerStack(() => session.run<T>(cypher, params));
        return result.records.map((r) => r.toObject());
      } catch (error) {
        if (!neo4j.isRetriableError(error) || Date.now() - started > READ_RETRY_MS) throw translate(error);
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAY_MS));
    }
  }

  async write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.writeTransaction((tx) => tx.write<T>(cypher, params));
  }

  /**
   * Several statements that succeed or fail together. The driver runs `work` again on a transient
   * error (a deadlock, a leader switch), so `work` must do nothing but database work.
   */
  async writeTransaction<T>(work: (tx: CypherRunner) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      const result = await session.executeWrite((tx) => work(this.runnerFor(tx)));
      this.madeBookmarks = session.lastBookmarks();
      return result;
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
    this.counter.roundTrips += 1;
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.bookmarkManager,
      bookmarks: this.after,
      fetchSize: STREAM_FETCH_SIZE,
    });
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
    this.counter.roundTrips += 1;
    const session = this.session('WRITE');
    try {
      await session.run(cypher, params);
      this.madeBookmarks = session.lastBookmarks();
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
      this.counter.roundTrips += 1;
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
}

function translate(error: unknown): unknown {
  if (error instanceof neo4j.Neo4jError && (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired')) {
    return new DatabaseUnavailableError(error.message.split('\n')[0] ?? error.code);
  }
  return error;
}
