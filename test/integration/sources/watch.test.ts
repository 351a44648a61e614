// Following feeds against a local server: new items are fetched and ingested once, repeated ones
// skipped (across restarts too: the seen urls are in the graph), updated ones fetched again; 304
// answers cost nothing; a failing feed is reported and retried while the others go on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/graph/db.js';
import { formatPoll, watchFeeds, type PollReport } from '../../../src/use-cases/watch-feeds.js';
import { count, resetGraph, testDb } from '../helpers.js';
import { atom, jsonFeed, rss, type TestItem } from '../../support/feeds.js';
import { fixtureArticles, newsPage } from '../../support/pages.js';
import { serve, startWebServer, type WebServer } from '../../support/web-server.js';

const LIMITS = { allowPrivate: true, totalTimeoutMs: 3_000 };
const articles = fixtureArticles();

let db: Db;
let web: WebServer;
let items: TestItem[];
let feedEtag = 1;

/** The page of fixture article `n`, served at /news/n. */
function servePage(n: number, edit = (s: string) => s) {
  const a = articles[n]!.article;
  web.route(`/news/${n}`, serve(newsPage({ ...a, body: edit(a.body) }, web.url(`/news/${n}`))));
}

async function watchOnce(feeds: string[], extra: Partial<Parameters<typeof watchFeeds>[2]> = {}): Promise<PollReport[]> {
  const reports: PollReport[] = [];
  await watchFeeds(db, feeds, { intervalMs: 60_000, limits: LIMITS, hostIntervalMs: 0, rounds: 1, onPoll: (r) => reports.push(r), ...extra });
  return reports;
}

beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
  web = await startWebServer();
  for (const n of [0, 1, 2, 3, 4, 5]) servePage(n);
  items = [0, 1, 2].map((n) => ({ url: web.url(`/news/${n}`), title: articles[n]!.article.title, date: `2024-05-0${n + 1}T10:00:00Z` }));
  // The RSS feed answers 304 to the validators of its current version.
  web.route('/rss.xml', (req, res) => {
    const etag = `"v${feedEtag}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(rss(items));
  });
  web.route('/atom.xml', serve(atom([{ url: web.url('/news/3'), title: 't', date: '2024-05-04T00:00:00Z' }]), 'application/atom+xml'));
  web.route('/feed.json', serve(jsonFeed([{ url: web.url('/news/4'), title: 't', date: '2024-05-05T00:00:00Z' }, { url: web.url('/no-such-page'), title: 'gone', date: '2024-05-05T00:00:00Z' }]), 'application/feed+json'));
  web.route('/broken.xml', serve('<rss><channel><item>', 'application/rss+xml'));
});
afterAll(async () => {
  await web.close();
  await db.close();
});

const fetched = (path: string) => web.requests.filter((r) => r.path === path).length;

describe('watchFeeds', () => {
  it('ingests every new item of RSS, Atom and JSON feeds once; a broken feed is reported, the others go on', async () => {
    const reports = await watchOnce([web.url('/rss.xml'), web.url('/broken.xml'), web.url('/atom.xml'), web.url('/feed.json')]);
    const by = (p: string) => reports.find((r) => r.feed === web.url(p))!;
    expect(by('/rss.xml')).toMatchObject({ status: 'ok', listed: 3, new: 3, created: 3, failures: [] });
    expect(by('/atom.xml')).toMatchObject({ status: 'ok', new: 1, created: 1 });
    expect(by('/feed.json')).toMatchObject({ status: 'ok', new: 2, created: 1, failures: [expect.objectContaining({ code: 'HTTP_STATUS', retried: false })] });
    expect(by('/broken.xml')).toMatchObject({ status: 'failed', error: { code: 'MALFORMED_FEED' } });
    expect(by('/broken.xml').nextInMs).toBe(30_000);
    expect(formatPoll(by('/broken.xml'))).toMatch(/FAILED \[MALFORMED_FEED\].*next in 30 s/);
    expect(formatPoll(by('/rss.xml'))).toMatch(/3 items: 3 new, 0 updated, 0 seen; ingested 3 created/);
    expect(await count(db, 'MATCH (a:Article) RETURN count(a) AS n')).toBe(5);
    expect(await count(db, 'MATCH (:Feed)-[:LISTED]->(i:FeedItem) RETURN count(i) AS n')).toBe(6);
    // the feed's requests name Diplograph and ask for feeds
    const feedRequest = web.requests.find((r) => r.path === '/rss.xml')!;
    expect(feedRequest.headers['user-agent']).toMatch(/^Diplograph\//);
    expect(feedRequest.headers.accept).toContain('application/rss+xml');
  });

  it('after a restart: 304 for an unchanged feed, seen items not fetched again', async () => {
    const pages = fetched('/news/0');
    const [rssPoll, atomPoll] = await watchOnce([web.url('/rss.xml'), web.url('/atom.xml')]);
    expect(rssPoll).toMatchObject({ status: 'not-modified' });
    expect(web.requests.filter((r) => r.path === '/rss.xml').at(-1)!.headers['if-none-match']).toBe(`"v${feedEtag}"`);
    expect(atomPoll).toMatchObject({ status: 'ok', listed: 1, new: 0, repeated: 1, created: 0 });
    expect(fetched('/news/0')).toBe(pages);
  });

  it('fetches new and updated items, skips repeated ones', async () => {
    feedEtag += 1;
    servePage(1, (b) => `${b}\n\nThe talks will continue next month, officials said.`);
    items = [
      items[0]!,
      { ...items[1]!, date: '2024-06-01T00:00:00Z' },
      items[2]!,
      { url: web.url('/news/5'), title: 'new', date: '2024-06-02T00:00:00Z' },
    ];
    const before = { 0: fetched('/news/0'), 1: fetched('/news/1'), 5: fetched('/news/5') };
    const [poll] = await watchOnce([web.url('/rss.xml')]);
    expect(poll).toMatchObject({ status: 'ok', listed: 4, new: 1, updated: 1, repeated: 2, created: 1, changed: 1 });
    expect(fetched('/news/0')).toBe(before[0]);
    expect(fetched('/news/1')).toBe(before[1] + 1);
    expect(fetched('/news/5')).toBe(before[5] + 1);
    expect(await count(db, 'MATCH (a:Article) RETURN count(a) AS n')).toBe(6);
  });

  it('retries a failing feed with back-off while polling the others; an abort stops it', async () => {
    let calls = 0;
    web.route('/flaky.xml', (_req, res) => {
      calls += 1;
      if (calls <= 2) return void res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([]));
    });
    const stop = new AbortController();
    const reports: PollReport[] = [];
    await watchFeeds(db, [web.url('/flaky.xml'), web.url('/atom.xml')], {
      intervalMs: 10_000, backoffMs: 50, maxBackoffMs: 1_000, limits: LIMITS, hostIntervalMs: 0, signal: stop.signal,
      onPoll: (r) => {
        reports.push(r);
        if (r.feed.endsWith('/flaky.xml') && r.status === 'ok') stop.abort();
      },
    });
    const flaky = reports.filter((r) => r.feed.endsWith('/flaky.xml'));
    expect(flaky.map((r) => [r.status, r.nextInMs])).toEqual([['failed', 50], ['failed', 100], ['ok', 10_000]]);
    expect(flaky[0]!.error).toMatchObject({ code: 'HTTP_STATUS' });
    expect(reports.filter((r) => r.feed.endsWith('/atom.xml'))).toHaveLength(1);
  });

  it('spaces requests to one host', async () => {
    const start = web.requests.length;
    const t0 = Date.now();
    await watchOnce([web.url('/atom.xml'), web.url('/feed.json')], { hostIntervalMs: 300 });
    expect(web.requests.length - start).toBe(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });
});
