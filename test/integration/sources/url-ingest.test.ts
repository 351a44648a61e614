// Web pages by url: the ingestUrl mutation and the ingest command's url arguments fetch a page
// from a local server and store its article; what cannot be fetched, or holds no article, writes
// nothing; private addresses are refused unless the operator allows them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import type { Db } from '../../../src/graph/db.js';
import { ingestFiles } from '../../../src/use-cases/ingest-files.js';
import { API_KEY, codes, gql, ok, testApp } from '../api/api-helpers.js';
import { count, resetGraph, testDb } from '../helpers.js';
import { PAGES_DIR } from '../../support/pages.js';
import { serve, startWebServer, type WebServer } from '../../support/web-server.js';

const AUTH = { authorization: `Bearer ${API_KEY}` };
const INGEST_URL = `mutation ($url: String!) { ingestUrl(url: $url) {
  __typename
  ... on IngestSummary { articleId status article { title url source publishedAt } events { code } }
  ... on InvalidArticle { code message }
  ... on FetchFailed { code message url httpStatus } } }`;
const page = (name: string) => readFileSync(path.join(PAGES_DIR, name), 'utf8');
const LOCAL = { allowPrivate: true, totalTimeoutMs: 3_000 };

let db: Db;
let app: App;
let strict: App;
let web: WebServer;
beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
  web = await startWebServer({
    '/world/lavrov': serve(page('wire-lavrov-blinken.html')),
    '/moved': (_req, res) => void res.writeHead(301, { location: '/world/lavrov' }).end(),
    '/press/biden-modi': serve(page('press-release-biden-modi.html')),
    '/front': serve(page('no-article.html')),
    '/report.pdf': serve(Buffer.from('%PDF-1.7'), 'application/pdf'),
    '/claims-other-site': serve(page('newspaper-merkel-macron.html')),
  });
  app = testApp(db, { fetchLimits: LOCAL });
  strict = testApp(db);
});
afterAll(async () => {
  await web.close();
  await db.close();
});

describe('ingestUrl', () => {
  it('requires an API key', async () => {
    expect(codes(await gql(app, INGEST_URL, { url: web.url('/world/lavrov') }))).toEqual(['UNAUTHENTICATED']);
    expect(web.requests.length).toBe(0);
  });

  it('fetches the page (after a redirect) and stores its article under its url', async () => {
    const d = await ok(app, INGEST_URL, { url: web.url('/moved') }, AUTH);
    expect(d.ingestUrl).toMatchObject({
      __typename: 'IngestSummary',
      status: 'created',
      // the page's canonical link is relative: resolved against where the page came from
      article: { title: 'Lavrov, Blinken hold tense talks in Geneva over Ukraine', source: 'Reuters', url: web.url('/world/europe/lavrov-blinken-geneva-2022-01-21/') },
    });
    expect(d.ingestUrl.events.length).toBeGreaterThan(0);
    const again = await ok(app, INGEST_URL, { url: web.url('/world/lavrov') }, AUTH);
    expect(again.ingestUrl).toMatchObject({ status: 'unchanged', articleId: d.ingestUrl.articleId });
  });

  it('keeps the fetched url when the page claims to be another site\'s article', async () => {
    const d = await ok(app, INGEST_URL, { url: web.url('/claims-other-site') }, AUTH);
    expect(d.ingestUrl.article.url).toBe(web.url('/claims-other-site'));
  });

  it('answers FetchFailed or InvalidArticle with a stable code, and writes nothing', async () => {
    const before = await count(db, 'MATCH (n) RETURN count(n) AS n');
    const cases: [App, string, string, string][] = [
      [app, web.url('/report.pdf'), 'FetchFailed', 'UNSUPPORTED_TYPE'],
      [app, web.url('/missing'), 'FetchFailed', 'HTTP_STATUS'],
      [app, web.url('/front'), 'InvalidArticle', 'NO_ARTICLE'],
      [app, 'file:///etc/passwd', 'FetchFailed', 'BAD_URL'],
      [strict, web.url('/press/biden-modi'), 'FetchFailed', 'BLOCKED_ADDRESS'],
      [strict, 'http://169.254.169.254/latest/meta-data/', 'FetchFailed', 'BLOCKED_ADDRESS'],
    ];
    for (const [which, url, type, code] of cases) {
      const d = await ok(which, INGEST_URL, { url }, AUTH);
      expect(d.ingestUrl, url).toMatchObject({ __typename: type, code });
    }
    expect(web.requests.some((r) => r.path === '/press/biden-modi')).toBe(false);
    expect(await count(db, 'MATCH (n) RETURN count(n) AS n')).toBe(before);
  });
});

describe('ingest with url arguments', () => {
  it('ingests the pages the urls name, and reports those it could not', async () => {
    const report = await ingestFiles(db, [web.url('/press/biden-modi'), web.url('/front'), path.join(PAGES_DIR, 'newspaper-merkel-macron.html')], {
      fetch: { limits: LOCAL },
    });
    // the file's page is stored under its canonical url: not the url it was fetched from above
    expect(report.articles).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(report.failures).toEqual([expect.objectContaining({ where: web.url('/front'), code: 'NO_ARTICLE' })]);
    expect(await count(db, 'MATCH (a:Article {source: "The White House"}) RETURN count(a) AS n')).toBe(1);
  });

  it('refuses a loopback url without FETCH_ALLOW_PRIVATE', async () => {
    const report = await ingestFiles(db, [web.url('/world/lavrov')]);
    expect(report.failures).toEqual([expect.objectContaining({ code: 'BLOCKED_ADDRESS' })]);
  });
});
