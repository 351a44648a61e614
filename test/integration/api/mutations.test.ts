import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionConfig } from 'neo4j-driver';
import type { App } from '../../../src/app.js';
import { createDriver, Db } from '../../../src/graph/db.js';
import { parseArticle } from '../../../src/ingest/index.js';
import { resetGraph, testDb } from '../helpers.js';
import { API_KEY, codes, gql, ok, testApp } from './api-helpers.js';

// Mutations (API key, ingestion, retraction, curation), the eventAdded subscription, and the
// protections: masked errors with stable codes, request-shape limits.

const ROOT = path.resolve(import.meta.dirname, '../../..');
const AUTH = { authorization: `Bearer ${API_KEY}` };
const SEED = parseArticle('seed.txt', readFileSync(path.join(ROOT, 'seeds/000_0c0af7468425653f.txt')));

// The same minister as the Lavrov fixture under a spelling the ingestion does not merge.
const LAVROW = {
  title: 'Lavrow in Beijing',
  body: 'Russian Foreign Minister Sergej Lavrow met Chinese Foreign Minister Wang Yi in Beijing on Monday.\n\n"Our cooperation is growing," Lavrow said.',
  publishedAt: '2024-05-13',
  url: 'https://news.example.org/2024/05/13/lavrow',
  source: 'Example Wire',
};

const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) {
  __typename
  ... on IngestSummary { articleId status counts { events people quotes } article { title } events { code name } }
  ... on InvalidArticle { code message } } }`;

let db: Db;
let app: App;
beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
  app = testApp(db);
});
afterAll(() => db.close());

describe('API keys', () => {
  it('refuses every mutation without a valid key, and never echoes the key', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-key-0123456789abcdef' }, { authorization: API_KEY }];
    for (const headers of attempts) {
      const r = await gql(app, INGEST, { input: SEED }, headers);
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(r)).not.toContain(API_KEY);
    }
    expect(codes(await gql(app, 'mutation { deleteArticle(id: "x") }'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(app, 'mutation { mergePeople(keep: "a", merge: "b") { name } }'))).toEqual(['UNAUTHENTICATED']);
    expect(await ok(app, '{ articles { totalCount } }')).toEqual({ articles: { totalCount: 0 } });
  });
});

describe('ingestion through the API', () => {
  it('ingests the seed article and returns its summary, then reports it unchanged', async () => {
    const d = await ok(app, INGEST, { input: SEED }, AUTH);
    const s = d.ingestArticle;
    expect(s).toMatchObject({ __typename: 'IngestSummary', status: 'created', article: { title: 'China, Russia pledge to deepen military cooperation' } });
    expect(s.counts.people).toBe(2);
    expect(s.counts.events).toBeGreaterThan(0);
    expect(s.events.map((e: { name: string }) => e.name)).toContain('Make a visit');
    const again = await ok(app, INGEST, { input: SEED }, AUTH);
    expect(again.ingestArticle).toMatchObject({ status: 'unchanged', articleId: s.articleId });
  });

  it('answers input that is not an article with a typed error', async () => {
    const empty = await ok(app, INGEST, { input: { title: 'x', body: '   ' } }, AUTH);
    expect(empty.ingestArticle).toMatchObject({ __typename: 'InvalidArticle', code: 'EMPTY' });
    const date = await ok(app, INGEST, { input: { title: 'x', body: 'China and Russia met.', publishedAt: 'last week' } }, AUTH);
    expect(date.ingestArticle).toMatchObject({ __typename: 'InvalidArticle', code: 'WRONG_TYPE' });
  });

  it('pushes the new events to eventAdded subscribers over server-sent events', async () => {
    const controller = new AbortController();
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { eventAdded(where: {countries: ["RUS"], root: "04"}) { name date location { name } } }' }),
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const first = (async () => {
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return null;
        text += new TextDecoder().decode(value);
        const m = /data: (\{.*\})\n/.exec(text);
        if (m) return JSON.parse(m[1]!);
      }
    })();
    await ok(app, INGEST, { input: LAVROW }, AUTH);
    const payload = await first;
    controller.abort();
    expect(payload.data.eventAdded).toEqual({ name: 'Make a visit', date: '2024-05-13', location: { name: 'Beijing' } });
  });
});

describe('curation and retraction', () => {
  it('mergePeople moves events, quotes and offices to the kept person and keeps the other name as an alias', async () => {
    await ok(app, INGEST, { input: parseArticle('02.md', readFileSync(path.join(ROOT, 'test/fixtures/api/02-lavrov-wang-yi.md'))) }, AUTH);
    const before = await ok(app, '{ a: person(name: "Sergey Lavrov") { id } b: person(name: "Sergej Lavrow") { id quotes { text } } }');
    expect(before.a.id).not.toBe(before.b.id);
    expect(before.b.quotes).toHaveLength(1);
    const d = await ok(app, 'mutation ($k: ID!, $m: ID!) { mergePeople(keep: $k, merge: $m) { id name aliases quotes { text } recentEvents(limit: 10) { date } positions { title evidence { text } } } }', { k: before.a.id, m: before.b.id }, AUTH);
    const p = d.mergePeople;
    expect(p.name).toBe('Sergey Lavrov');
    expect(p.aliases).toContain('Sergej Lavrow');
    expect(p.quotes.map((q: { text: string }) => q.text)).toContain('Our cooperation is growing');
    expect(p.recentEvents.map((e: { date: string }) => e.date)).toEqual(expect.arrayContaining(['2024-05-13', '2024-04-09']));
    expect(p.positions[0].evidence.map((e: { text: string }) => e.text).join(' ')).toContain('Sergej Lavrow');
    expect((await ok(app, 'query ($id: ID!) { node(id: $id) { id } }', { id: before.b.id })).node).toBeNull();
    const missing = await gql(app, 'mutation ($k: ID!) { mergePeople(keep: $k, merge: "person:nobody:XXX") { id } }', { k: before.a.id }, AUTH);
    expect(codes(missing)).toEqual(['NOT_FOUND']);
  });

  it('deleteArticle retracts an article and its facts; a second delete answers false', async () => {
    const id = 'https://news.example.org/2024/05/13/lavrow';
    expect(await ok(app, 'mutation ($id: ID!) { deleteArticle(id: $id) }', { id }, AUTH)).toEqual({ deleteArticle: true });
    const d = await ok(app, '{ events(where: {from: "2024-05-01"}) { totalCount } quotes(where: {text: "growing"}) { totalCount } }');
    expect(d).toEqual({ events: { totalCount: 0 }, quotes: { totalCount: 0 } });
    expect(await ok(app, 'mutation ($id: ID!) { deleteArticle(id: $id) }', { id }, AUTH)).toEqual({ deleteArticle: false });
  });
});

describe('protection', () => {
  it('rejects documents too deep, with too many aliases or tokens', async () => {
    const deep = '{ countries { people { country { people { country { people { country { people { country { people { name } } } } } } } } } } }';
    expect((await gql(app, deep)).errors?.[0]?.message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: countries { code }`).join(' ')} }`;
    expect((await gql(app, aliases)).errors?.[0]?.message).toMatch(/alias/i);
    const tokens = `{ countries { ${Array.from({ length: 2500 }, () => 'code').join(' ')} } }`;
    expect((await gql(app, tokens)).errors?.map((e) => e.message).join(' ')).toMatch(/token/i);
  });

  it('reports DATABASE_UNAVAILABLE when Neo4j cannot be reached, without driver details', async () => {
    const down = new Db(createDriver({ uri: 'bolt://127.0.0.1:1' }));
    try {
      const r = await gql(testApp(down), '{ countries { code } }');
      expect(codes(r)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(r.errors?.[0]?.message).toBe('The graph database is unavailable');
    } finally {
      await down.close();
    }
  });

  it('opens GraphiQL with the worked example tabs', async () => {
    const page = await (await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } })).text();
    for (const name of ['ChinaRussia', 'WhoMetWhom', 'WhatShoiguSaid', 'Search']) expect(page).toContain(name);
  });
});

describe('write queue', () => {
  it('runs mutations that write one at a time with WRITE_CONCURRENCY 1, all of them to completion', async () => {
    // the real driver, its sessions counted: how many write sessions are open at once
    let open = 0;
    let most = 0;
    let opened = 0;
    const counted = new Proxy(db.driver, {
      get(target, prop, receiver) {
        if (prop !== 'session') return Reflect.get(target, prop, receiver);
        return (config: SessionConfig = {}) => {
          const session = target.session(config);
          if (config.defaultAccessMode !== 'WRITE') return session;
          opened += 1;
          most = Math.max(most, ++open);
          const close = session.close.bind(session);
          session.close = async () => {
            open -= 1;
            return close();
          };
          return session;
        };
      },
    });
    const queued = testApp(new Db(counted), { writeConcurrency: 1 });
    const articles = [1, 2, 3, 4].map((i) => ({ ...LAVROW, title: `${LAVROW.title} ${i}`, url: `${LAVROW.url}-${i}` }));
    const results = await Promise.all(articles.map((input) => ok(queued, INGEST, { input }, AUTH)));
    for (const r of results) expect(r.ingestArticle).toMatchObject({ __typename: 'IngestSummary', status: 'created' });
    expect(opened).toBeGreaterThanOrEqual(articles.length);
    expect(most).toBe(1);
    const deleted = await Promise.all(articles.map((a) =>
      ok(queued, 'mutation ($id: ID!) { deleteArticle(id: $id) }', { id: a.url }, AUTH)));
    for (const r of deleted) expect(r.deleteArticle).toBe(true);
    expect(most).toBe(1);
  });
});
