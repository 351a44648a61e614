// Web pages through the API and the ingest command's sources: the page's article is stored (its
// extracted text as the body, the page's metadata), and a page with no article writes nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import type { Db } from '../../../src/graph/db.js';
import { readArticles } from '../../../src/use-cases/article-sources.js';
import { API_KEY, ok, testApp } from '../api/api-helpers.js';
import { count, resetGraph, testDb } from '../helpers.js';
import { PAGES_DIR } from '../../support/pages.js';

const AUTH = { authorization: `Bearer ${API_KEY}` };
const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) {
  __typename
  ... on IngestSummary { articleId status article { title url source publishedAt } events { code } }
  ... on InvalidArticle { code message } } }`;
const page = (name: string) => readFileSync(path.join(PAGES_DIR, name), 'utf8');

let db: Db;
let app: App;
beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
  app = testApp(db);
});
afterAll(() => db.close());

describe('ingestArticle with format HTML', () => {
  it('stores the page\'s article: extracted text, title, date, source and canonical url', async () => {
    const d = await ok(app, INGEST, { input: { format: 'HTML', body: page('newspaper-merkel-macron.html') } }, AUTH);
    expect(d.ingestArticle).toMatchObject({
      __typename: 'IngestSummary',
      status: 'created',
      article: { title: 'Merkel and Macron pledge to deepen EU integration', source: 'the Guardian',
        url: 'https://www.theguardian.example/world/2018/jun/19/merkel-macron-eu-integration' },
    });
    expect(d.ingestArticle.events.length).toBeGreaterThan(0);
    // The sentences stored are the extracted text's (offsets into it): no comment, no cookie banner.
    expect(await count(db, 'MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence) WHERE s.text CONTAINS "Meseberg" RETURN count(s) AS n', { id: d.ingestArticle.articleId })).toBe(1);
    expect(await count(db, 'MATCH (s:Sentence) WHERE s.text CONTAINS "sanctions on Russia" OR s.text CONTAINS "cookies" RETURN count(s) AS n')).toBe(0);
    const again = await ok(app, INGEST, { input: { format: 'HTML', body: page('newspaper-merkel-macron.html') } }, AUTH);
    expect(again.ingestArticle).toMatchObject({ status: 'unchanged', articleId: d.ingestArticle.articleId });
  });

  it('lets the caller override what the page says', async () => {
    const d = await ok(app, INGEST, { input: { format: 'HTML', body: page('wire-lavrov-blinken.html'), url: 'https://wire.example/lavrov', source: 'Wire' } }, AUTH);
    expect(d.ingestArticle.article).toMatchObject({ url: 'https://wire.example/lavrov', source: 'Wire', title: 'Lavrov, Blinken hold tense talks in Geneva over Ukraine' });
  });

  it('answers NO_ARTICLE for a page without one, and writes nothing', async () => {
    const before = await count(db, 'MATCH (n) RETURN count(n) AS n');
    const d = await ok(app, INGEST, { input: { format: 'HTML', body: page('no-article.html') } }, AUTH);
    expect(d.ingestArticle).toMatchObject({ __typename: 'InvalidArticle', code: 'NO_ARTICLE' });
    expect(await count(db, 'MATCH (n) RETURN count(n) AS n')).toBe(before);
  });

  it('still wants a title for text', async () => {
    const d = await ok(app, INGEST, { input: { body: 'Some text that is long enough.' } }, AUTH);
    expect(d.ingestArticle).toMatchObject({ __typename: 'InvalidArticle', code: 'MISSING_FIELD' });
  });
});

describe('.html files as ingest sources', () => {
  it('reads a page file into its article, and a page without one into a NO_ARTICLE failure', async () => {
    const [good] = await readArticles(path.join(PAGES_DIR, 'press-release-biden-modi.html'));
    expect(good).toMatchObject({ ok: true, article: { source: 'The White House', publishedAt: '2021-09-25T00:40:00-04:00' } });
    const [bad] = await readArticles(path.join(PAGES_DIR, 'no-article.html'));
    expect(bad).toMatchObject({ ok: false, code: 'NO_ARTICLE' });
  });
});
