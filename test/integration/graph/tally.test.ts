import { describe, expect, it, vi } from 'vitest';
import { generateArticles } from '../../../bench/generator.js';
import type { Db } from '../../../src/graph/db.js';
import { articleId } from '../../../src/graph/keys.js';
import { migrate } from '../../../src/graph/migrate.js';
import { importGdelt } from '../../../src/use-cases/import-gdelt.js';
import { deleteArticle, ingestArticle } from '../../../src/use-cases/ingest-article.js';
import { samplePath } from '../../unit/gdelt/sample.js';
import { cleanGraphDb, count } from '../helpers.js';

// The tallies (src/graph/cypher/tally.ts) are kept by every writer: after concurrent ingestion,
// a GDELT import, retractions and new versions of articles, they must hold exactly what a plain
// recount of the events gives, and a store without them gets them from migrate().

vi.setConfig({ testTimeout: 600_000 });

const db: Db = cleanGraphDb();

interface Tally {
  n: number;
  g: number;
  roots: number[];
  quads: number[];
  days: number[];
  pairs: Record<string, [number, number]>;
  events: string[];
}

const close = (x: number) => Math.round(x * 1e6) / 1e6;

/** The tallies recounted in TypeScript from every event as it stands. */
async function recount(): Promise<Map<string, Tally>> {
  const rows = await db.read({
    name: 'test.events',
    cypher: `MATCH (e:Event)
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
WITH e, min(a.publishedAt) AS first
RETURN e.id AS id, toString(coalesce(e.date, date(first))) AS day, e.root AS root, e.quadClass AS quad, e.goldstein AS g,
  [(e)-[:SOURCE_ACTOR]->(c:Country) | c.code] AS sources, [(e)-[:TARGET_ACTOR]->(c:Country) | c.code] AS targets`,
  });
  const out = new Map<string, Tally>();
  for (const r of rows) {
    const day = (r.day as string | null) ?? '';
    const g = Number(r.g);
    const sources = r.sources as string[];
    const targets = r.targets as string[];
    const pairs = [...new Set(sources.flatMap((s) => targets.filter((t) => t !== s).map((t) => [s, t].sort().join('|'))))];
    const scopes = [...new Set([...sources, ...targets]), ...pairs];
    for (const scope of scopes) {
      const key = `${scope} ${day.slice(0, 7)}`;
      const t = out.get(key) ?? { n: 0, g: 0, roots: Array(20).fill(0), quads: Array(4).fill(0), days: Array(31).fill(0), pairs: {}, events: [] };
      t.n += 1;
      t.g += g;
      t.roots[Number(r.root) - 1] += 1;
      t.quads[Number(r.quad) - 1] += 1;
      if (day) t.days[Number(day.slice(8, 10)) - 1] += 1;
      if (scope.includes('|')) t.events.push(String(r.id));
      else for (const p of pairs) t.pairs[p] = [(t.pairs[p]?.[0] ?? 0) + 1, (t.pairs[p]?.[1] ?? 0) + g];
      out.set(key, t);
    }
  }
  return normalise(out);
}

function normalise(m: Map<string, Tally>): Map<string, Tally> {
  for (const t of m.values()) {
    t.g = close(t.g);
    t.events.sort();
    t.pairs = Object.fromEntries(Object.entries(t.pairs).sort(([a], [b]) => a.localeCompare(b)).map(([k, [n, g]]) => [k, [n, close(g)]]));
  }
  return new Map([...m].sort(([a], [b]) => a.localeCompare(b)));
}

/** The tallies as the graph holds them. */
async function stored(): Promise<Map<string, Tally>> {
  const rows = await db.read({
    name: 'test.tallies',
    cypher: `MATCH (t:Tally)
RETURN t.key AS key, t.scope + ' ' + t.month AS expectedKey, t.n AS n, t.g AS g, t.roots AS roots, t.quads AS quads, t.days AS days,
  t.pairKeys AS pairKeys, t.pairN AS pairN, t.pairG AS pairG, [(t)-[:TALLIES]->(e:Event) | e.id] AS events`,
  });
  const out = new Map<string, Tally>();
  for (const r of rows) {
    expect(r.key).toBe(r.expectedKey);
    const keys = r.pairKeys as string[];
    out.set(String(r.key), {
      n: Number(r.n),
      g: Number(r.g),
      roots: (r.roots as number[]).map(Number),
      quads: (r.quads as number[]).map(Number),
      days: (r.days as number[]).map(Number),
      pairs: Object.fromEntries(keys.map((k, i) => [k, [Number((r.pairN as number[])[i]), Number((r.pairG as number[])[i])]])),
      events: (r.events as string[]).map(String),
    });
  }
  return normalise(out);
}

async function expectTalliesExact(): Promise<Map<string, Tally>> {
  const want = await recount();
  expect(want.size).toBeGreaterThan(0);
  expect(await stored()).toEqual(want);
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
    expect(await stored()).toEqual(ingested);

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
    await migrate(db);
    expect(await stored()).toEqual(after);

    // everything retracted: no tally is left behind (GDELT's events stay, with their tallies)
    for (const a of articles) await deleteArticle(db, articleId(a));
    const left = await expectTalliesExact();
    expect(left.size).toBeLessThan(after.size);
  });
});
