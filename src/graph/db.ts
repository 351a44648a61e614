import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import pRetry from 'p-retry';
import { recordToObject, type Plain } from './convert.js';
import { DatabaseUnavailableError, mapNeo4jError } from './errors.js';
import type { Neo4jTarget } from '../config.js';

// The one place Cypher is run. Builders elsewhere return a Query; Db runs it (reads in an
// auto-commit transaction, writes in a managed one), converts the records to plain objects, maps
// errors, and counts round trips.

export interface Query {
  /** A stable name, also written as the statement's first comment so it is findable in query logs. */
  name: string;
  cypher: string;
  params?: Record<string, unknown>;
}

export type Row = Record<string, Plain>;

export interface DbOptions {
  database?: string;
  /** Server-side transaction timeout for reads and writes. */
  timeoutMs?: number;
}

/** Runs queries inside one transaction that the caller owns (see Db.writeTransaction). */
export interface Tx {
  run(q: Query): Promise<Row[]>;
}

export function createDriver(target: Neo4jTarget): Driver {
  const auth =
    target.username !== undefined ? neo4j.auth.basic(target.username, target.password ?? '') : undefined;
  return neo4j.driver(target.uri, auth, {
    userAgent: 'diplograph/0.1',
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Fail fast when the server is gone rather than retrying for the default 30 s.
    maxTransactionRetryTime: READ_RETRY_MS,
    disableLosslessIntegers: false,
  });
}

function text(q: Query): string {
  return q.cypher.startsWith('//') ? q.cypher : `// ${q.name}\n${q.cypher}`;
}

/**
 * After the database was found unavailable, queries fail at once for this long instead of each
 * waiting out the driver's retries: requests fail fast during an outage, and the first query
 * after the window (or a successful ping) finds out whether the server is back.
 */
const UNAVAILABLE_LATCH_MS = 1_000;

/** How long a read keeps retrying retriable errors; also the driver's maxTransactionRetryTime (createDriver) for writes. */
const READ_RETRY_MS = 5_000;

/** Shared by a Db and its scoped views. */
interface Health {
  unavailableUntil: number;
}

export class Db {
  /** Round trips (statements sent) through this Db; per-request views count their own. */
  roundTrips = 0;
  private readonly health: Health;

  constructor(
    readonly driver: Driver,
    private readonly options: DbOptions = {},
    private readonly parent?: Db,
  ) {
    this.health = parent ? parent.health : { unavailableUntil: 0 };
  }

  /** Throws at once while a recent failure says the server is down. */
  private checkLatch(): void {
    if (Date.now() < this.health.unavailableUntil) throw new DatabaseUnavailableError();
  }

  private mapError(e: unknown): unknown {
    const mapped = mapNeo4jError(e);
    if (mapped instanceof DatabaseUnavailableError) this.health.unavailableUntil = Date.now() + UNAVAILABLE_LATCH_MS;
    return mapped;
  }

  /** A view sharing the driver with its own round-trip counter (one per GraphQL request). */
  scoped(): Db {
    return new Db(this.driver, this.options, this);
  }

  private count(): void {
    this.roundTrips += 1;
    if (this.parent) this.parent.roundTrips += 1;
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private get txConfig() {
    return this.options.timeoutMs ? { timeout: this.options.timeoutMs } : undefined;
  }

  /**
   * A read runs as an auto-commit transaction: one message to the server and one round trip,
   * where a managed transaction adds BEGIN and COMMIT (measured: p50 of a 5-10 ms search 1.2-3.7 ms
   * lower). A read has nothing to roll back, so it is retried like the driver retries managed
   * transactions: on retriable errors, with exponential back-off, for at most READ_RETRY_MS.
   */
  async read(q: Query): Promise<Row[]> {
    this.checkLatch();
    this.count();
    try {
      return await pRetry(
        async () => {
          const session = this.session('READ');
          try {
            const res = await session.run(text(q), q.params ?? {}, this.txConfig);
            return res.records.map(recordToObject);
          } finally {
            await session.close();
          }
        },
        { shouldRetry: (e) => Neo4jError.isRetriable(e), minTimeout: 100, factor: 2, randomize: true, maxRetryTime: READ_RETRY_MS },
      );
    } catch (e) {
      throw this.mapError(e);
    }
  }

  async write(q: Query): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(q));
  }

  /**
   * Runs `work` in one write transaction: all its statements commit together or not at all.
   * `work` may be retried by the driver on transient errors, so it must be idempotent.
   */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    this.checkLatch();
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(async (mtx: ManagedTransaction) => {
        const tx: Tx = {
          run: async (q) => {
            this.count();
            const res = await mtx.run(text(q), q.params ?? {});
            return res.records.map(recordToObject);
          },
        };
        return work(tx);
      }, this.txConfig);
    } catch (e) {
      throw this.mapError(e);
    } finally {
      await session.close();
    }
  }

  /** True when the server answers a trivial query now. */
  async ping(): Promise<boolean> {
    const session = this.session('READ');
    try {
      await session.run('RETURN 1', {}, { timeout: 2_000 });
      this.health.unavailableUntil = 0;
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    if (!this.parent) await this.driver.close();
  }
}
