import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/graph/db.js';
import { migrate, schemaStatements } from '../../../src/graph/migrate.js';
import { count, resetGraph, testDb } from '../helpers.js';

let db: Db;
beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

async function schemaNames(): Promise<string[]> {
  const c = await db.read({ name: 'test.constraints', cypher: 'SHOW CONSTRAINTS YIELD name RETURN name' });
  const i = await db.read({ name: 'test.indexes', cypher: 'SHOW INDEXES YIELD name RETURN name' });
  return [...c, ...i].map((r) => String(r.name)).sort();
}

describe('the embedded Neo4j', () => {
  it('writes and reads back, converting Neo4j values to plain ones', async () => {
    await db.write({
      name: 'test.write',
      cypher: 'CREATE (c:Country {code: $code, name: $name, since: date($d), n: 42})',
      params: { code: 'ZZT', name: 'Testland', d: '2020-01-02' },
    });
    const rows = await db.read({
      name: 'test.read',
      cypher: 'MATCH (c:Country {code: $code}) RETURN c.name AS name, c.since AS since, c.n AS n, c AS node',
      params: { code: 'ZZT' },
    });
    expect(rows).toEqual([
      { name: 'Testland', since: '2020-01-02', n: 42, node: { code: 'ZZT', name: 'Testland', since: '2020-01-02', n: 42 } },
    ]);
  });

  it('has every constraint and index of schema/constraints.cypher after start-up', async () => {
    const names = await schemaNames();
    const name = (re: RegExp) => schemaStatements().flatMap((s) => re.exec(s)?.[1] ?? []);
    const declared = name(/^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF NOT EXISTS/i);
    const dropped = name(/^DROP INDEX\s+(\w+)\s+IF EXISTS/i);
    expect(declared.length).toBeGreaterThan(20);
    expect(dropped).toEqual(['event_signature', 'article_url']);
    for (const n of declared) expect(names).toContain(n);
    for (const n of dropped) expect(names).not.toContain(n);
  });

  it('drops an index the schema no longer wants from an older store', async () => {
    await db.write({ name: 'test.oldIndex', cypher: 'CREATE INDEX event_signature IF NOT EXISTS FOR (n:Event) ON (n.signature)' });
    expect(await schemaNames()).toContain('event_signature');
    await migrate(db);
    expect(await schemaNames()).not.toContain('event_signature');
  });

  it('makes duplicate natural keys impossible', async () => {
    await db.write({ name: 'test.dup1', cypher: "CREATE (:Country {code: 'ZZD'})" });
    await expect(db.write({ name: 'test.dup2', cypher: "CREATE (:Country {code: 'ZZD'})" })).rejects.toThrow(/already exists/);
    expect(await count(db, "MATCH (c:Country {code: 'ZZD'}) RETURN count(c) AS n")).toBe(1);
  });

  it('applies the migrations idempotently', async () => {
    const before = await schemaNames();
    const first = await migrate(db);
    const second = await migrate(db);
    expect(first.applied).toBe(second.applied);
    expect(await schemaNames()).toEqual(before);
  });

  it('rolls a write transaction back entirely when one statement fails', async () => {
    await expect(
      db.writeTransaction(async (tx) => {
        await tx.run({ name: 'test.tx1', cypher: "CREATE (:Country {code: 'ZZR'})" });
        await tx.run({ name: 'test.tx2', cypher: 'RETURN 1/0' });
      }),
    ).rejects.toThrow();
    expect(await count(db, "MATCH (c:Country {code: 'ZZR'}) RETURN count(c) AS n")).toBe(0);
  });

  it('counts round trips, per scoped view and in total', async () => {
    const view = db.scoped();
    const before = db.roundTrips;
    await view.read({ name: 'test.rt', cypher: 'RETURN 1 AS one' });
    await view.read({ name: 'test.rt', cypher: 'RETURN 1 AS one' });
    expect(view.roundTrips).toBe(2);
    expect(db.roundTrips - before).toBe(2);
  });
});
