import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../src/graph/db.js';
import { eventuallyConsistentIndexes, migrate, schemaStatements } from '../../../src/graph/migrate.js';
import { search } from '../../../src/graph/read/search.js';
import { deleteArticle, ingestArticle } from '../../../src/use-cases/ingest-article.js';
import { ingestSources } from '../../../src/use-cases/ingest-files.js';
import { cleanGraphDb } from '../helpers.js';

// The full-text indexes are eventually consistent (faster commits); the use cases still promise
// that what they wrote is searchable when they return.
vi.setConfig({ testTimeout: 240_000 });

const db: Db = cleanGraphDb();

const article = (n: number, name: string) => ({
  title: `Talks ${n}`,
  url: `https://example.test/search-refresh/${n}`,
  source: 'Example Wire',
  publishedAt: '2024-03-0' + n + 'T10:00:00Z',
  body: `Japanese Foreign Minister ${name} met Indian External Affairs Minister Subrahmanyam Jaishankar in Tokyo on Monday. ` +
    `"We agreed to deepen maritime cooperation," ${name} said.`,
});

/** Names of the read statements `db` runs during `work` (the spy calls through to Neo4j). */
async function readsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const spy = vi.spyOn(db, 'read');
  try {
    await work();
    return spy.mock.calls.map(([q]) => q.name);
  } finally {
    spy.mockRestore();
  }
}

const sentenceHits = async (text: string) =>
  (await search(db, text, ['SENTENCE', 'PERSON'])).map((h) => h.type);

describe('search after a write', () => {
  it('finds an article ingested on its own as soon as ingestArticle returns, and not after deleteArticle', async () => {
    let summary: Awaited<ReturnType<typeof ingestArticle>> | undefined;
    // The wait is what makes this hold under load (a fast machine may refresh in time anyway).
    expect(await readsDuring(async () => (summary = await ingestArticle(db, article(1, 'Yoko Kamikawara'))))).toEqual(['awaitSearchRefresh']);
    expect(await sentenceHits('Kamikawara')).toContain('SENTENCE');
    expect(await sentenceHits('Kamikawara')).toContain('PERSON');
    expect(await readsDuring(() => deleteArticle(db, summary!.articleId))).toEqual(['awaitSearchRefresh']);
    expect(await sentenceHits('Kamikawara')).toEqual([]);
  });

  it('finds every article of a bulk ingest as soon as ingestSources returns', async () => {
    const names = ['Taro Kobayashiro', 'Hanae Moriyamada', 'Kenji Ishibashira'];
    const sources = names.map((name, i) => ({ ok: true as const, where: `#${i}`, article: article(i + 2, name) }));
    let report: Awaited<ReturnType<typeof ingestSources>> | undefined;
    // one wait at the end of the batch, not one per article
    expect(await readsDuring(async () => (report = await ingestSources(db, sources, { concurrency: 3 })))).toEqual(['awaitSearchRefresh']);
    expect(report!.articles.created).toBe(3);
    // the same articles again change nothing, so there is nothing to wait for
    expect(await readsDuring(() => ingestSources(db, sources))).toEqual([]);
    for (const name of names) expect(await sentenceHits(name.split(' ')[1]!)).toContain('SENTENCE');
  });
});

describe('migrate and the full-text indexes', () => {
  it('knows which indexes the schema declares eventually consistent', () => {
    expect(eventuallyConsistentIndexes(schemaStatements()).sort()).toEqual(
      ['names_fulltext', 'quotes_fulltext', 'sentences_fulltext', 'titles_fulltext'],
    );
  });

  it('re-creates an index left from an older schema (not eventually consistent), keeping search working', async () => {
    await ingestArticle(db, article(6, 'Ichiro Watanabeya'));
    await db.write({ name: 'test.drop', cypher: 'DROP INDEX quotes_fulltext' });
    await db.write({ name: 'test.old', cypher: 'CREATE FULLTEXT INDEX quotes_fulltext FOR (n:Quote) ON EACH [n.text]' });
    await db.write({ name: 'test.await', cypher: 'CALL db.awaitIndexes(60)' });

    const result = await migrate(db);
    expect(result.recreated).toEqual(['quotes_fulltext']);
    const [row] = await db.read({
      name: 'test.options',
      cypher: `SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'quotes_fulltext'
               RETURN options.indexConfig['fulltext.eventually_consistent'] AS ec`,
    });
    expect(row).toEqual({ ec: true });
    // re-populated from the stored quotes
    expect((await search(db, 'maritime', ['QUOTE'])).length).toBeGreaterThan(0);
    // and a second run has nothing left to upgrade
    expect((await migrate(db)).recreated).toEqual([]);
  });
});
