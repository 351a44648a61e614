import type { Db } from '../graph/db.js';

/** Per-request context: the request's own Db view (counting its round trips). */
export interface Context {
  db: Db;
}
