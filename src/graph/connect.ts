import path from 'node:path';
import type { Config } from '../config.js';
import { createDriver, Db } from './db.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.js';
import { migrate } from './migrate.js';

// Opens the graph described by the configuration: the server at NEO4J_URI, or the embedded one.

export interface Graph {
  db: Db;
  uri: string;
  embedded: EmbeddedNeo4j | null;
  /** Closes the driver, then stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

export interface OpenGraphOptions {
  onProgress?: (message: string) => void;
  /** Apply schema/constraints.cypher (default true). */
  migrate?: boolean;
}

export async function openGraph(config: Config, opts: OpenGraphOptions = {}): Promise<Graph> {
  let embedded: EmbeddedNeo4j | null = null;
  let target;
  if (config.NEO4J_URI) {
    target = {
      uri: config.NEO4J_URI,
      username: config.NEO4J_USERNAME,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    };
  } else {
    embedded = await startEmbeddedNeo4j({
      dataDir: path.join(config.DATA_DIR, 'neo4j'),
      port: config.NEO4J_EMBEDDED_PORT,
      heapMb: config.NEO4J_HEAP_MB,
      pageCacheMb: config.NEO4J_PAGECACHE_MB,
      onProgress: opts.onProgress,
    });
    target = { uri: embedded.uri };
  }
  const db = new Db(createDriver(target), { database: target.database, timeoutMs: config.QUERY_TIMEOUT_MS });
  const close = async () => {
    await db.close().catch(() => {});
    if (embedded) await embedded.stop();
  };
  try {
    await db.driver.verifyConnectivity({ database: target.database });
    if (opts.migrate !== false) await migrate(db);
  } catch (e) {
    await close();
    throw e;
  }
  return { db, uri: target.uri, embedded, close };
}
