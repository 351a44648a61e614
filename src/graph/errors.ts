import { Neo4jError } from 'neo4j-driver';

// Neo4j failures mapped to domain errors, in one place. The API turns `code` into
// `extensions.code`; nothing of the driver's message reaches a client.

export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
  constructor(cause?: unknown) {
    super('The graph database is unavailable', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

export class QueryTimeoutError extends Error {
  readonly code = 'QUERY_TIMEOUT';
  constructor(cause?: unknown) {
    super('The query took too long', { cause });
    this.name = 'QueryTimeoutError';
  }
}

/** A transient conflict (deadlock, lock wait) that outlasted the driver's retries: try again. */
export class DatabaseBusyError extends Error {
  readonly code = 'DATABASE_BUSY';
  constructor(cause?: unknown) {
    super('The graph database is busy; try again', { cause });
    this.name = 'DatabaseBusyError';
  }
}

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
]);

export function mapNeo4jError(e: unknown): unknown {
  if (e instanceof Neo4jError) {
    if (UNAVAILABLE.has(e.code) || /ECONNREFUSED|connect|Pool is closed|acquisition timed out/i.test(e.message)) {
      return new DatabaseUnavailableError(e);
    }
    if (/TransactionTimedOut|Terminated|timeout/i.test(e.code)) return new QueryTimeoutError(e);
    if (e.code.startsWith('Neo.TransientError.')) return new DatabaseBusyError(e);
  }
  return e;
}
