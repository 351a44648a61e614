import { describe, expect, it, vi } from 'vitest';
import { generateArticles } from '../../../bench/generator.js';
import type { Db } from '../../../src/graph/db.js';
import { articleId } from '../../../src/graph/keys.js';
import type { ArticleInput } from '../../../src/ingest/types.js';
import { type BatchOutcome, ingestArticle, ingestArticles } from '../../../src/use-cases/ingest-article.js';
import { ingestSources } from '../../../src/use-cases/ingest-files.js';
import { cleanGraphDb, count, resetGraph } from '../helpers.js';
import { fixture, graphShape } from './graph-helpers.js';

// Batched ingestion (ingestArticles: the new articles of a batch in one transaction) must leave
// exactly the graph that ingesting the same articles one by one leaves, people and events
// resolved across the articles of a batch as across transactions; and stay all-or-nothing per
// article.

vi.setConfig({ testTimeout: 600_000 });

const db: Db = cleanGraphDb();
const now = new Date('2024-06-01T00:00:00Z');

// Name variants and reports of one meeting (see merge-retract.test.ts), then generated wire
// articles, whose officials recur across articles, and the same stories as another wire ran
// them (other url and source, so other articles reporting the same events).
const handmade = [
  ...['shoigu-short.md', 'meeting-reuters.md', 'meeting-tass.md', 'meeting-xinhua.md', 'wang-yang.md'].map(fixture),
  // another Shoigu: apart from "Sergei Shoigu" only once the bare "Shoigu" has his full name
  {
    title: 'Deputy minister speaks', publishedAt: '2024-04-05', url: 'https://news.example.com/wire/alexei-shoigu', source: 'Wire',
    body: 'Russian Deputy Foreign Minister Alexei Shoigu spoke to reporters in Moscow on Friday.\n\n"We will answer," Alexei Shoigu said.',
  },
];
const generated = [...generateArticles({ seed: 'batch', count: 40 })].map((a) => a.input);
const rerun = (a: ArticleInput): ArticleInput => ({ ...a, url: `${a.url ?? 'https://example.com/x'}?via=other`, source: 'Other Wire' });

const stable = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(stable)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, stable(x)]))
      : v;

/** Every node (ingest locks aside) and edge with all its properties, by natural key: comparable across runs. */
async function snapshot(): Promise<string[]> {
  const key = (n: string) => `labels(${n})[0] + ':' + coalesce(${n}.id, ${n}.code, ${n}.key, ${n}.name)`;
  const nodes = await db.read({
    name: 'test.nodes',
    cypher: `MATCH (n) WHERE NOT n:IngestLock RETURN ${key('n')} AS k, labels(n) AS labels, properties(n) AS props`,
  });
  const edges = await db.read({
    name: 'test.edges',
    cypher: `MATCH (a)-[r]->(b) RETURN ${key('a')} + ' ' + type(r) + ' ' + ${key('b')} AS k, properties(r) AS props`,
  });
  return [...nodes, ...edges].map((r) => JSON.stringify(stable(r))).sort();
}

const ok = (outcomes: BatchOutcome[]) =>
  outcomes.map((o) => (o.ok ? o.summary.status : `failed: ${o.error instanceof Error ? o.error.message : String(o.error)}`));

describe('ingesting in batches', () => {
  it('leaves exactly the graph that one article at a time leaves', async () => {
    const all = [
      ...handmade, ...generated.slice(0, 12), ...generated.slice(0, 8).map(rerun),
      ...generated.slice(12), ...generated.slice(8, 20).map(rerun),
    ];
    for (const a of all) await ingestArticle(db, a, { now, awaitSearch: false });
    const oneByOne = await snapshot();
    const shape = await graphShape(db);
    // The corpus exercises resolution: events with several reports, people named in several articles.
    expect(await count(db, 'MATCH (e:Event) WHERE e.reportCount > 1 RETURN count(e) AS n')).toBeGreaterThan(5);
    expect(await count(db, 'MATCH (p:Person) WHERE COUNT { (:Article)-[:MENTIONS]->(p) } > 1 RETURN count(p) AS n')).toBeGreaterThan(5);

    await resetGraph(db);
    // The 6 handmade articles, 12 generated ones and 8 reruns of them in one batch (every merge
    // among them happens inside it), then the rest in batches of 7 on top of a stored graph.
    const trips = db.roundTrips;
    const first = await ingestArticles(db, all.slice(0, 26), { now });
    // one transaction for all 26, not a fall-back to one each (four statements and more per article)
    expect(db.roundTrips - trips).toBeLessThan(10);
    expect(ok(first)).toEqual(all.slice(0, 26).map(() => 'created'));
    for (let i = 26; i < all.length; i += 7) {
      const outcomes = await ingestArticles(db, all.slice(i, i + 7), { now });
      expect(ok(outcomes)).toEqual(all.slice(i, i + 7).map(() => 'created'));
    }
    expect(await graphShape(db)).toEqual(shape);
    expect(await snapshot()).toEqual(oneByOne);
    const shoigu = await db.read({ name: 'test.shoigu', cypher: "MATCH (p:Person {surnameKey: 'shoigu'}) RETURN p.name AS name ORDER BY name" });
    expect(shoigu).toEqual([{ name: 'Alexei Shoigu' }, { name: 'Sergei Shoigu' }]);
  });

  it('skips what is stored unchanged, replaces a new version, takes a repeat once and refuses bad input alone', async () => {
    const [a, b, c] = generated;
    await ingestArticle(db, a!, { now });
    await ingestArticle(db, b!, { now });
    const newB: ArticleInput = { ...b!, body: `${b!.body}\n\nThe talks will resume in March, officials said.` };
    const outcomes = await ingestArticles(db, [a!, newB, c!, c!, { ...c!, url: 'https://example.com/empty', body: '' }], { now });
    expect(ok(outcomes).slice(0, 4)).toEqual(['unchanged', 'updated', 'created', 'unchanged']);
    expect(outcomes[4]).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    expect(await count(db, 'MATCH (x:Article) RETURN count(x) AS n')).toBe(3);
    expect(await count(db, "MATCH (x:Article {url: 'https://example.com/empty'}) RETURN count(x) AS n")).toBe(0);
    expect(await count(db, 'MATCH (x:Article {id: $id}) RETURN count(x) AS n', { id: articleId(c!) })).toBe(1);
    // the new version of b is the stored one
    expect(await count(db, "MATCH (s:Sentence) WHERE s.text CONTAINS 'resume in March' RETURN count(s) AS n")).toBe(1);
  });

  it('falls back to one article at a time when the batch fails: only the failing article is left out, whole', async () => {
    const batch = generated.slice(0, 6);
    const bad = articleId(batch[2]!);
    // The batch's facts statement fails (it carries the bad article), and so does the bad
    // article's own; the others go in on their own.
    const hooks = {
      beforeStatement: (name: string, q: { params?: Record<string, unknown> }) => {
        if (name.startsWith('writeFacts') && JSON.stringify(q.params).includes(bad)) throw new Error('forced failure');
      },
    };
    const outcomes = await ingestArticles(db, batch, { now, hooks });
    expect(ok(outcomes)).toEqual(['created', 'created', 'failed: forced failure', 'created', 'created', 'created']);
    expect(await count(db, 'MATCH (x:Article) RETURN count(x) AS n')).toBe(5);
    expect(await count(db, 'MATCH (x:Article {id: $id}) RETURN count(x) AS n', { id: bad })).toBe(0);
    expect(await count(db, 'MATCH (s:Sentence) WHERE s.id STARTS WITH $p RETURN count(s) AS n', { p: `${bad}#` })).toBe(0);
    expect(await count(db, 'MATCH ()-[r]->() WHERE $id IN r.articleIds RETURN count(r) AS n', { id: bad })).toBe(0);

    // And the same graph as ingesting the five alone.
    const got = await snapshot();
    await resetGraph(db);
    for (const a of batch.filter((x) => articleId(x) !== bad)) await ingestArticle(db, a, { now, awaitSearch: false });
    expect(got).toEqual(await snapshot());
  });

  it('extracting in a worker thread, a batch ahead of the writes, leaves the same graph and report', async () => {
    const sources = [...generated.slice(0, 16), ...generated.slice(0, 6).map(rerun)].map((article, i) => ({ ok: true as const, where: `#${i}`, article }));
    const inWorker = await ingestSources(db, sources, { now, batchSize: 5, extractInWorker: true });
    expect(inWorker.articles).toEqual({ created: 22, updated: 0, unchanged: 0 });
    const got = await snapshot();
    await resetGraph(db);
    const here = await ingestSources(db, sources, { now, batchSize: 5, extractInWorker: false });
    expect(here).toEqual(inWorker);
    expect(await snapshot()).toEqual(got);
  });

  it('the bulk ingest reports per article with batches, concurrently, with no duplicate', async () => {
    const sources = [
      ...[...generated.slice(0, 15), ...generated.slice(0, 15).map(rerun)].map((article, i) => ({ ok: true as const, where: `#${i}`, article })),
      { ok: false as const, where: 'broken.json', reason: 'malformed JSON', code: 'MALFORMED_JSON' },
    ];
    const report = await ingestSources(db, sources, { now, batchSize: 4, concurrency: 2 });
    expect(report.articles).toEqual({ created: 30, updated: 0, unchanged: 0 });
    expect(report.failures).toEqual([{ where: 'broken.json', reason: 'malformed JSON', code: 'MALFORMED_JSON' }]);
    expect(await count(db, 'MATCH (x:Article) RETURN count(x) AS n')).toBe(30);
    // no official resolved twice, no dated event created twice, by batches running side by side
    expect(await count(db, `MATCH (p:Person) WITH p.nameKey + '|' + coalesce(p.country, '') AS k, count(*) AS n
      WHERE n > 1 RETURN count(k) AS n`)).toBe(0);
    expect(await count(db, `MATCH (e:Event) WHERE e.date IS NOT NULL
      WITH e.signature + '|' + toString(e.date) + '|' + coalesce(head([(e)-[:AT]->(l) | l.id]), '') AS k, count(*) AS n
      WHERE n > 1 RETURN count(k) AS n`)).toBe(0);
    expect(await count(db, 'MATCH (e:Event) WHERE e.reportCount > 1 RETURN count(e) AS n')).toBeGreaterThan(0);
    // once more: every article unchanged, nothing written
    const before = await snapshot();
    const again = await ingestSources(db, sources, { now, batchSize: 4, concurrency: 2 });
    expect(again.articles).toEqual({ created: 0, updated: 0, unchanged: 30 });
    expect(await snapshot()).toEqual(before);
  });
});
