import { describe, expect, it, vi } from 'vitest';
import { generateArticles } from '../../../bench/generator.js';
import type { Db } from '../../../src/graph/db.js';
import { LOCK_STRIPES } from '../../../src/graph/keys.js';
import { migrate } from '../../../src/graph/migrate.js';
import { ingestArticles } from '../../../src/use-cases/ingest-article.js';
import { cleanGraphDb, count } from '../helpers.js';
import { graphShape, values } from './graph-helpers.js';

// Ingest locks are a bounded set of lock nodes (LOCK_STRIPES per kind), not one node per person
// and event ever seen; migrate() deletes the one-per-key lock nodes of older stores.

vi.setConfig({ testTimeout: 240_000 });

const db: Db = cleanGraphDb();
const articles = [...generateArticles({ count: 30, start: 9_000 })].map((g) => g.input);
const lockKeys = () => values(db, 'MATCH (l:IngestLock) RETURN l.key AS v ORDER BY v') as Promise<string[]>;

describe('ingest locks', () => {
  it('are taken on lock nodes `<kind>:#<n>`, fewer than the people and events they guard', async () => {
    await ingestArticles(db, articles, { awaitSearch: false });
    const keys = await lockKeys();
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      const m = /^(person|event):#(\d+)$/.exec(k);
      expect(m, k).not.toBeNull();
      expect(Number(m![2])).toBeLessThan(LOCK_STRIPES);
    }
    const guarded =
      (await count(db, 'MATCH (p:Person) RETURN count(p) AS n')) + (await count(db, 'MATCH (e:Event) RETURN count(DISTINCT e.signature) AS n'));
    expect(keys.length).toBeLessThanOrEqual(guarded);
    // ingesting the same articles again takes the same lock nodes and writes none
    await ingestArticles(db, articles, { awaitSearch: false });
    expect(await lockKeys()).toEqual(keys);
  });

  it('of the older one-per-key form are deleted by migrate(), the graph otherwise untouched', async () => {
    await ingestArticles(db, articles.slice(0, 10), { awaitSearch: false });
    const striped = await lockKeys();
    const shape = await graphShape(db);
    const old = ['person:RUS:shoigu', 'event:04|Country:CHN|Country:RUS', 'event:05|Person:x|Country:USA'];
    await db.write({ name: 'oldLocks', cypher: 'UNWIND $old AS key CREATE (:IngestLock {key: key, held: true})', params: { old } });
    expect(await lockKeys()).toHaveLength(striped.length + old.length);

    await migrate(db);
    expect(await lockKeys()).toEqual(striped);
    expect(await graphShape(db)).toEqual(shape);
    await migrate(db);
    expect(await lockKeys()).toEqual(striped);

    // and the next ingest works on the striped locks alone
    const outcomes = await ingestArticles(db, articles.slice(10, 20), { awaitSearch: false });
    expect(outcomes.every((o) => o.ok && o.summary.status === 'created')).toBe(true);
    expect((await lockKeys()).every((k) => /^(person|event):#\d+$/.test(k))).toBe(true);
  });
});
