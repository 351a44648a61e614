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
