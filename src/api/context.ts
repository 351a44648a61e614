import type { Db } from '../graph/db.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { EventPubSub } from './pubsub.js';

/** Per-request context: the request's own Db view (counting its round trips), its loaders, the caller. */
export interface Context {
  db: Db;
  loaders: Loaders;
  /** True when the request carried a valid API key. */
  authenticated: boolean;
  pubsub: EventPubSub;
}

export function createContext(db: Db, authenticated: boolean, pubsub: EventPubSub): Context {
  const scoped = db.scoped();
  return { db: scoped, loaders: createLoaders(scoped), authenticated, pubsub };
}
