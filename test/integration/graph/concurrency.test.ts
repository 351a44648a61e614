import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../src/graph/db.js';
import type { ArticleInput } from '../../../src/ingest/types.js';
import { ingestArticle, ingestArticles } from '../../../src/use-cases/ingest-article.js';
import { cleanGraphDb, count, resetGraph } from '../helpers.js';
import { fixture, graphShape, recountTallies, storedTallies } from './graph-helpers.js';

// Several statements per article on a shared 2-core machine: more than the default minute.
vi.setConfig({ testTimeout: 240_000 });

const db: Db = cleanGraphDb();

// Twenty reports of one meeting from five outlets, in three wordings, plus "Mr Shoigu" pieces.
function overlapping(): ArticleInput[] {
  const bases = ['meeting-reuters.md', 'meeting-tass.md', 'meeting-xinhua.md', 'shoigu-short.md'].map(fixture);
  return Array.from({ length: 20 }, (_, i) => {
    const base = bases[i % bases.length]!;
    return { ...base, url: `${base.url}?copy=${i}`, source: `outlet-${i % 5}` };
  });
}

describe('concurrent ingestion', () => {
  it('leaves no duplicate Country, Person or Event when 20 overlapping articles arrive at once', { timeout: 300_000 }, async () => {
    const articles = overlapping();
    const summaries = await Promise.all(articles.map((a) => ingestArticle(db, a)));
    expect(summaries.every((s) => s.status === 'created')).toBe(true);
    expect(await count(db, 'MATCH (c:Country) WITH c.code AS k, count(*) AS n WHERE n > 1 RETURN count(k) AS n')).toBe(0);
    expect(await count(db, 'MATCH (c:Country) RETURN count(c) AS n')).toBe(2);
    expect(await count(db, 'MATCH (p:Person) RETURN count(p) AS n')).toBe(2); // Shoigu and Wang Yi
    expect(await count(db, 'MATCH (e:Event) WITH e.signature AS s, e.date AS d, count(*) AS n WHERE n > 1 RETURN count(s) AS n')).toBe(0);
    const meetings = await db.read({
      name: 'test.meeting',
      cypher: `MATCH (e:Event {root: '04'}) RETURN e.reportCount AS reports, e.sourceCount AS sources,
               COUNT { (e)-[:REPORTED_IN]->() } AS links`,
    });
    expect(meetings).toEqual([{ reports: 15, sources: 5, links: 15 }]);
    // the tallies the concurrent writers shared lost no update
    expect(await storedTallies(db)).toEqual(await recountTallies(db));
    // Sequentially, the same articles give the same graph.
    const concurrent = await graphShape(db);
    await resetGraph(db);
    for (const a of articles) await ingestArticle(db, a);
    expect(await graphShape(db)).toEqual(concurrent);
  });
});

describe('one new article arriving several times at once', () => {
  it('is written once, whether it comes alone or in a bulk batch', { timeout: 300_000 }, async () => {
    // The article is CREATEd with its edges, not merged: writers that all found it absent cannot
    // all write it. Its unique key lets one write it; the others wait for it or fail (a
    // constraint race or a deadlock on the key's lock, both retried), then find it stored. An
    // article with people or events would not even be raced for (their ingest locks queue its
    // writers): this one has neither; the other has both.
    const article: ArticleInput = {
      title: 'Trade between Brazil and Argentina grows',
      body: 'Exports from Brazil to Argentina grew in the third quarter, according to customs data published on Tuesday. Soybeans and cars led the increase.',
      url: 'https://example.org/trade/brazil-argentina',
      publishedAt: '2026-03-03',
    };
    const other = fixture('meeting-xinhua.md');
    const [alone, batches] = await Promise.all([
      Promise.all(Array.from({ length: 4 }, () => ingestArticle(db, article))),
      Promise.all(Array.from({ length: 4 }, () => ingestArticles(db, [article, other]))),
    ]);
    const status = (o: { ok: true; summary: { status: string } } | { ok: false; error: unknown }) =>
      o.ok ? o.summary.status : `failed: ${String(o.error)}`;
    const statuses = [...alone.map((s) => s.status), ...batches.map((b) => status(b[0]!))].sort();
    expect(statuses).toEqual(['created', ...Array<string>(7).fill('unchanged')]);
    expect(batches.map((b) => status(b[1]!)).sort()).toEqual(['created', 'unchanged', 'unchanged', 'unchanged']);
    expect(await count(db, 'MATCH (a:Article) RETURN count(a) AS n')).toBe(2);
    expect(await count(db, 'MATCH (a:Article) WHERE COUNT { (a)-[:HAS_SENTENCE]->() } <> a.sentenceCount RETURN count(a) AS n')).toBe(0);
    expect(await count(db, 'MATCH (a:Article)-[:MENTIONS|ABOUT]->(x) WITH a, x, count(*) AS n WHERE n > 1 RETURN count(*) AS n')).toBe(0);
    const concurrent = await graphShape(db);
    await resetGraph(db);
    await ingestArticle(db, article);
    await ingestArticle(db, other);
    expect(await graphShape(db)).toEqual(concurrent);
  });
});

describe('a write that fails half-way', () => {
  const boom = (at: string) => ({
    hooks: {
      beforeStatement: (name: string) => {
        if (name === at) throw new Error(`forced failure before ${name}`);
      },
    },
  });

  it('leaves nothing of a new article behind', async () => {
    await ingestArticle(db, fixture('meeting-reuters.md'));
    const before = await graphShape(db);
    await expect(ingestArticle(db, fixture('meeting-tass.md'), boom('writeFacts'))).rejects.toThrow('forced failure');
    expect(await graphShape(db)).toEqual(before);
    expect(await count(db, `MATCH (a:Article) WHERE a.source = 'TASS' RETURN count(a) AS n`)).toBe(0);
    expect(await count(db, `MATCH (e:Event {root: '04'}) RETURN e.reportCount AS n`)).toBe(1);
  });

  it('keeps the previous version of an article whose update fails after its old facts were retracted', async () => {
    const first = fixture('meeting-tass.md');
    await ingestArticle(db, first);
    const before = await graphShape(db);
    const second = { ...first, body: `${first.body}\nMr Shoigu flew home in the evening.` };
    await expect(ingestArticle(db, second, boom('writeEntities'))).rejects.toThrow('forced failure');
    expect(await graphShape(db)).toEqual(before);
    expect((await ingestArticle(db, second)).status).toBe('updated');
  });
});
