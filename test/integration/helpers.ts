import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeEach, inject } from 'vitest';
import { createDriver, Db } from '../../src/graph/db.js';

/** A Db on the run's real Neo4j (see test/global-setup.ts). Close it in afterAll. */
export function testDb(): Db {
  const user = inject('neo4jUser');
  const password = inject('neo4jPassword');
  return new Db(
    createDriver({ uri: inject('neo4jUri'), username: user ?? undefined, password: password ?? undefined }),
    { timeoutMs: 60_000 },
  );
}

/** Empties the graph (schema stays). Integration files run one at a time, so each may start clean. */
export async function resetGraph(db: Db): Promise<void> {
  await db.write({ name: 'test.resetGraph', cypher: 'MATCH (n) DETACH DELETE n' });
}

export async function count(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const rows = await db.read({ name: 'test.count', cypher, params });
  return Number(rows[0]?.n ?? 0);
}

/** A Db for a test file whose every test starts from an empty graph; closed after the file. */
export function cleanGraphDb(): Db {
  const db = testDb();
  beforeEach(() => resetGraph(db));
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });
  return db;
}

export interface Listening {
  url: string;
  close(): Promise<void>;
}

/** Serves a request handler (the app) over real HTTP on 127.0.0.1, on a free port. */
export async function listen(app: RequestListener): Promise<Listening> {
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
