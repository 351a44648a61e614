import { describe, expect, it, vi } from 'vitest';
import { generateArticles } from '../../../bench/generator.js';
import type { Db } from '../../../src/graph/db.js';
import { retally } from '../../../src/graph/cypher/tally.js';
import { articleId } from '../../../src/graph/keys.js';
import { migrate } from '../../../src/graph/migrate.js';
import { importGdelt } from '../../../src/use-cases/import-gdelt.js';
import { deleteArticle, ingestArticle } from '../../../src/use-cases/ingest-article.js';
import { samplePath } from '../../unit/gdelt/sample.js';
import { cleanGraphDb, count } from '../helpers.js';
import { recountTallies, storedTallies, type Tally } from './graph-helpers.js';

// The tallies (src/graph/cypher/tally.ts) are kept by every writer: after concurrent ingestion,
// a GDELT import, retractions and new versions of articles, they must hold exactly what a plain
// recount of the events gives, and a store without them gets them from migrate().

vi.setConfig({ testTimeout: 600_000 });

const db: Db = cleanGraphDb();

async function expectTalliesExact(): Promise<Map<string, Tally>> {
  const want = await recountTallies(db);
  expect(want.size).toBeGreaterThan(0);
  expect(await storedTallies(db)).toEqual(want);
  expect(await count(db, 'MATCH (e:Event) WHERE e.tally IS NULL RETURN count(e) AS n')).toBe(0);
  return want;
}

const now = new Date('2024-01-01T00:00:00Z');
const articles = [...generateArticles({ seed: 'tally', count: 48 })].map((a) => a.input);

describe('tallies kept at write time', () => {
  it('hold exactly the recount of the events after every kind of write, and are rebuilt by migrate', async () => {
    // concurrent ingestion, four at a time (shared tallies, locks)
    for (let i = 0; i < articles.length; i += 4) {
      await Promise.all(articles.slice(i, i + 4).map((a) => ingestArticle(db, a, { now })));
    }
    const ingested = await expectTalliesExact();
    expect([...ingested.keys()].some((k) => k.includes('|'))).toBe(true);

    // the same articles again: nothing changes
    for (const a of articles.slice(0, 6)) await ingestArticle(db, a, { now });
    expect(await storedTallies(db)).toEqual(ingested);

    // GDELT rows, some merging with the articles' events, and their mentions
    await importGdelt(db, { events: [samplePath('events.csv')], mentions: [samplePath('mentions.csv')], batchSize: 40 });
    await expectTalliesExact();

    // retractions, and new versions of articles (same url, other text and day)
    for (const a of articles.slice(10, 16)) expect(await deleteArticle(db, articleId(a))).toBe(true);
    for (const a of articles.slice(20, 24)) {
      await ingestArticle(db, { ...a, body: a.body.split('\n\n').slice(1).join('\n\n'), publishedAt: '2023-06-15' }, { now });
    }
    const after = await expectTalliesExact();

    // a store from before tallies: migrate() builds them, the same
    await db.write({ name: 'test.dropTallies', cypher: 'MATCH (t:Tally) DETACH DELETE t WITH count(*) AS x MATCH (e:Event) REMOVE e.tally' });
    expect(await count(db, 'MATCH (t:Tally) RETURN count(t) AS n')).toBe(0);
    const events = await count(db, 'MATCH (e:Event) RETURN count(e) AS n');
    expect((await migrate(db)).tallied).toBe(events);
    expect(await storedTallies(db)).toEqual(after);
    expect((await migrate(db)).tallied).toBe(0);

    // everything retracted: no tally is left behind (GDELT's events stay, with their tallies)
    for (const a of articles) await deleteArticle(db, articleId(a));
    const left = await expectTalliesExact();
    expect(left.size).toBeLessThan(after.size);
  });

  it('move an event whose Goldstein and day change within its month, keeping its link from the pair', async () => {
    for (const a of articles.slice(0, 8)) await ingestArticle(db, a, { now });
    const [picked] = await db.read({
      name: 'test.pickPairEvent',
      cypher: `MATCH (t:Tally)-[:TALLIES]->(e:Event) WHERE e.date IS NOT NULL
RETURN e.id AS id, t.key AS tally ORDER BY e.id LIMIT 1`,
    });
    expect(picked).toBeDefined();
    const id = String(picked!.id);
    // what a writer that corrects an event's coding does: then the event is retallied
    await db.write({
      name: 'test.recodeEvent',
      cypher: `MATCH (e:Event {id: $id})
SET e.goldstein = coalesce(e.goldstein, 0.0) + 1.5,
  e.date = CASE WHEN e.date.day < 28 THEN e.date + duration({days: 1}) ELSE e.date - duration({days: 1}) END`,
      params: { id },
    });
    await db.write(retally([id]));
    const want = await expectTalliesExact();
    const linked = await count(db, 'MATCH (t:Tally {key: $key})-[:TALLIES]->(e:Event {id: $id}) RETURN count(*) AS n', { key: picked!.tally, id });
    expect(linked).toBe(1);
    expect(want.get(String(picked!.tally))?.events).toContain(id);
  });
});
