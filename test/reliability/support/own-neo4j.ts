import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDriver, Db } from '../../../src/graph/db.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../src/graph/embedded.js';
import { migrate } from '../../../src/graph/migrate.js';

// A Neo4j of the case's own (temporary folder, free port), so stopping, killing and restarting it
// does not disturb the run's shared server. Restarts reuse the folder and the port, as a
// supervisor restarting the service would.

export interface OwnNeo4j {
  uri: string;
  dataDir: string;
  /** The current server; replaced by restart(). */
  server(): EmbeddedNeo4j;
  /** A Db with a 60 s transaction timeout, like the integration tests' (cold stores on a busy machine are slow). */
  db: Db;
  stop(): Promise<void>;
  /** SIGKILL to the JVM: no shutdown, no checkpoint. */
  crash(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

export async function ownNeo4j(prefix: string): Promise<OwnNeo4j> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `diplograph-${prefix}-`));
  const port = await freePort();
  const boot = () => startEmbeddedNeo4j({ dataDir, port, heapMb: 512, pageCacheMb: 64, startTimeoutMs: 240_000 });
  let current = await boot();
  const db = new Db(createDriver({ uri: current.uri }), { timeoutMs: 60_000 });
  await migrate(db);
  return {
    uri: current.uri,
    dataDir,
    server: () => current,
    db,
    stop: () => current.stop(),
    async crash() {
      process.kill(current.pid, 'SIGKILL');
      await current.exited;
    },
    async start() {
      current = await boot();
    },
    async dispose() {
      await db.close().catch(() => {});
      await current.stop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
