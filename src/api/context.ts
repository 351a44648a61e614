import type { Db } from '../graph/db.js';
import type { FetchLimits } from '../web/fetch.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { EventPubSub } from './pubsub.js';

/** Per-request context: the request's own Db view (counting its round trips), its loaders, the caller. */
export interface Context {
  db: Db;
  loaders: Loaders;
  /** True when the request carried a valid API key. */
  authenticated: boolean;
  pubsub: EventPubSub;
  /**
   * Runs a graph write after those ahead of it, a few at once per server: under many writers
   * they queue here, instead of inside Neo4j transactions that hold locks, wait on each other's
   * and run into the transaction timeout.
   */
  writes: <T>(work: () => Promise<T>) => Promise<T>;
  /** Limits for the pages the server fetches (ingestUrl). */
  fetchLimits: Partial<FetchLimits>;
}

export function createContext(db: Db, authenticated: boolean, pubsub: EventPubSub, writes: Context['writes'], fetchLimits: Partial<FetchLimits> = {}): Context {
  const scoped = db.scoped();
  return { db: scoped, loaders: createLoaders(scoped), authenticated, pubsub, writes, fetchLimits };
}
