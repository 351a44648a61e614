import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import type { Db } from '../../../src/graph/db.js';
import { resetGraph, testDb } from '../helpers.js';
import { codes, gql, ok, seedGraph, testApp } from './api-helpers.js';

// The read API over the seed article and three fixtures (Putin-Xi 2023-10-18, Lavrov-Wang Yi
// 2024-04-09, Blinken-Wang Yi 2024-04-26), all written by the real ingestion.

let db: Db;
let app: App;
beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
  await seedGraph(db);
  app = testApp(db);
}, 600_000);
afterAll(() => db.close());

const EVIDENCE = 'evidence { text sentence article { title url publishedAt source } }';

describe('entities', () => {
  it('lists countries and finds one by code, with its representatives', async () => {
    const d = await ok(app, '{ countries { code name } country(code: "rus") { id code name people { name } } }');
    expect(d.countries.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['CHN', 'RUS', 'USA']));
    expect(d.country.name).toBe('Russia');
    expect(d.country.people.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Sergei Shoigu', 'Sergey Lavrov', 'Vladimir Putin']));
  });

  it('finds a person by surname and by global id, with offices, quotes and their evidence', async () => {
    const d = await ok(app, `{ person(name: "Shoigu") { id name aliases country { code }
      positions { title holder { ... on Organization { name } } ${EVIDENCE} }
      quotes { text ${EVIDENCE} } } }`);
    const p = d.person;
    expect(p).toMatchObject({ name: 'Sergei Shoigu', country: { code: 'RUS' } });
    expect(p.aliases).toContain('Shoigu');
    expect(p.positions[0]).toMatchObject({ title: 'Defense Minister', holder: { name: 'Ministry of Defense' } });
    expect(p.positions[0].evidence[0].text).toContain('Russian Defense Minister, Sergei Shoigu');
    expect(p.quotes[0].text).toMatch(/^Military cooperation plays an important role/);
    expect(p.quotes[0].evidence[0].article.title).toBe('China, Russia pledge to deepen military cooperation');

    const byId = await ok(app, 'query ($id: ID!) { person(id: $id) { name } node(id: $id) { id ... on Person { name } } }', { id: p.id });
    expect(byId).toEqual({ person: { name: 'Sergei Shoigu' }, node: { id: p.id, name: 'Sergei Shoigu' } });
  });

  it('pages people by name with opaque keyset cursors and counts them only when asked', async () => {
    const first = await ok(app, '{ people(first: 3) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }');
    expect(first.people.totalCount).toBe(7);
    expect(first.people.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Antony Blinken', 'Sergei Shoigu', 'Sergey Lavrov']);
    const rest = await ok(app, 'query ($after: String) { people(first: 10, after: $after) { edges { node { name } } pageInfo { hasNextPage } } }', {
      after: first.people.pageInfo.endCursor,
    });
    expect(rest.people.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Vladimir Putin', 'Wang Yi', 'Xi Jinping', 'Zhang Youxia']);
    expect(rest.people.pageInfo.hasNextPage).toBe(false);
    const china = await ok(app, '{ people(where: {country: "CHN"}, orderBy: MENTIONS_DESC) { edges { node { name } } } }');
    expect(china.people.edges.map((e: { node: { name: string } }) => e.node.name).sort()).toEqual(['Wang Yi', 'Xi Jinping', 'Zhang Youxia']);
  });

  it('lists organizations and articles (newest first)', async () => {
    const d = await ok(app, `{ organizations(where: {country: "RUS"}) { edges { node { name kind country { code } } } }
      articles(first: 2) { totalCount edges { node { title publishedAt source url topics { name } } } } }`);
    expect(d.organizations.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(expect.arrayContaining(['Kremlin', 'Ministry of Defense']));
    expect(d.articles.totalCount).toBe(4);
    expect(d.articles.edges[0].node).toMatchObject({ title: 'Blinken meets Wang Yi as US and China seek to steady ties', publishedAt: '2024-04-26T00:00:00.000Z', source: 'Global Desk' });
    expect(d.articles.edges[1].node.topics).toEqual([{ name: 'security' }]);
  });
});

describe('events', () => {
  it('filters by dyad in either direction, by date and by person, with actors and evidence', async () => {
    const d = await ok(app, `{ events(where: {dyad: ["RUS", "CHN"], from: "2024-01-01"}, first: 10) { totalCount
      edges { node { code name date location { name } source { __typename ... on Person { name } ... on Country { code } }
        target { ... on Person { name } ... on Country { code } } articles { title } ${EVIDENCE} } } } }`);
    expect(d.events.totalCount).toBe(3);
    for (const { node } of d.events.edges) {
      expect(node.date).toBe('2024-04-09');
      expect(node.articles).toEqual([{ title: 'Lavrov and Wang Yi hold talks on Ukraine and Asia-Pacific security' }]);
      expect(node.evidence[0].article.url).toBe('https://news.example.org/2024/04/09/lavrov-wang-yi');
    }
    const visit = d.events.edges.find((e: { node: { code: string } }) => e.node.code === '042').node;
    expect(visit.location).toEqual({ name: 'Beijing' });
    expect(visit.source).toEqual(expect.arrayContaining([{ __typename: 'Person', name: 'Sergey Lavrov' }, { __typename: 'Country', code: 'RUS' }]));
    expect(visit.evidence[0].text).toMatch(/^Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi/);

    const wang = await ok(app, '{ events(where: {person: "person:wang i:CHN", root: "04"}) { edges { node { date target { ... on Person { name } } } } } }');
    expect(wang.events.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual(['2024-04-26', '2024-04-09']);
  });

  it('filters by quad class, Goldstein range and sentence text', async () => {
    const conflict = await ok(app, '{ events(where: {quadClass: 3, goldsteinMax: 0}) { edges { node { code goldstein source { ... on Person { name } } } } } }');
    expect(conflict.events.edges).toHaveLength(1);
    expect(conflict.events.edges[0].node).toMatchObject({ code: '111', goldstein: -2, source: expect.arrayContaining([{ name: 'Antony Blinken' }]) });
    const text = await ok(app, '{ events(where: {text: "energy"}) { edges { node { name } } } }');
    expect(text.events.edges.map((e: { node: { name: string } }) => e.node.name)).toContain('Sign formal agreement');
  });

  it('walks every event once through keyset pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const d: any = await ok(app, 'query ($after: String) { events(first: 4, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after });
      seen.push(...d.events.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!d.events.pageInfo.hasNextPage) break;
      after = d.events.pageInfo.endCursor;
    }
    const total = (await ok(app, '{ events(first: 0) { totalCount } }')).events.totalCount;
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('costs the same number of round trips for 2 or 12 events with all their fields', async () => {
    const q = `query ($n: Int) { events(first: $n) { edges { node { name source { ... on Person { name country { name } } } target { __typename }
      location { name } articles { title } ${EVIDENCE} } } } }`;
    const small = await gql(app, q, { n: 2 });
    const large = await gql(app, q, { n: 12 });
    expect(large.data.events.edges).toHaveLength(12);
    expect(small.extensions?.roundTrips).toBeGreaterThan(0);
    expect(large.extensions?.roundTrips).toBe(small.extensions?.roundTrips);
    // a page reads its events' actors with them: asking for them costs no round trip more
    const bare = await gql(app, '{ events(first: 5) { edges { node { id } } } }');
    const withActors = await gql(app, '{ events(first: 5) { edges { node { id source { __typename } target { __typename } } } } }');
    expect(withActors.extensions?.roundTrips).toBe(bare.extensions?.roundTrips);
    const sides = withActors.data.events.edges.map((e: { node: { source: unknown[]; target: unknown[] } }) => e.node.source.length + e.node.target.length);
    expect(Math.min(...sides)).toBeGreaterThan(0);
  });

  it('rejects bad pages and filters with BAD_USER_INPUT', async () => {
    expect(codes(await gql(app, '{ events(first: 101) { edges { cursor } } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(app, '{ events(after: "garbage") { edges { cursor } } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(app, '{ events(last: 2) { edges { cursor } } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(app, '{ events(where: {dyad: ["CHN"]}) { edges { cursor } } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(app, '{ events(where: {from: "yesterday"}) { edges { cursor } } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('agreements and quotes', () => {
  it('filters agreements by parties, status and topic', async () => {
    const d = await ok(app, `{ all: agreements(where: {parties: ["RUS", "CHN"]}) { totalCount }
      signed: agreements(where: {status: "signed"}) { edges { node { name status topics { name } parties { ... on Country { code } } ${EVIDENCE} } } }
      security: agreements(where: {topic: "security", from: "2024-01-01"}) { edges { node { name } } } }`);
    expect(d.all.totalCount).toBe(4);
    expect(d.signed.edges).toHaveLength(1);
    const signed = d.signed.edges[0].node;
    expect(signed).toMatchObject({ name: 'agreement on energy cooperation', topics: [{ name: 'energy' }] });
    expect(signed.parties.map((p: { code: string }) => p.code).sort()).toEqual(['CHN', 'RUS']);
    expect(signed.evidence[0].article.publishedAt).toBe('2023-10-18T00:00:00.000Z');
    expect(d.security.edges).toEqual([{ node: { name: 'strengthen cooperation on regional security' } }]);
  });

  it('filters quotes by country, speaker and text', async () => {
    const d = await ok(app, `{ china: quotes(where: {country: "CHN"}) { edges { node { speaker { ... on Person { name } } } } }
      blinken: quotes(where: {speaker: "person:antoni blinken:USA"}) { edges { node { text } } }
      text: quotes(where: {text: "good-neighbourliness"}) { edges { node { speaker { ... on Person { name } } } } } }`);
    expect(d.china.edges.map((e: any) => e.node.speaker.name).sort()).toEqual(['Wang Yi', 'Xi Jinping', 'Zhang Youxia']);
    expect(d.blinken.edges[0].node.text).toBe('The United States and China have a responsibility to manage differences');
    expect(d.text.edges).toEqual([{ node: { speaker: { name: 'Xi Jinping' } } }]);
  });
});

describe('analytics', () => {
  it('bilateral: descriptors, events, agreements, quotes, contact dates, quad classes and series in one Cypher', async () => {
    const r = await gql(app, `{ bilateral(a: "CHN", b: "RUS") { a { code } b { code } totalEvents meanGoldstein firstContact lastContact
      descriptors { descriptor reports } byQuadClass { quadClass count } series { period count meanGoldstein }
      agreements { name } quotes { text speaker { ... on Person { name } } } } }`);
    expect(r.errors).toBeUndefined();
    const b = r.data.bilateral;
    expect(b).toMatchObject({ a: { code: 'CHN' }, b: { code: 'RUS' }, firstContact: '2023-10-18', lastContact: '2024-04-09' });
    expect(b.totalEvents).toBe(12);
    expect(b.byQuadClass).toEqual([{ quadClass: 1, count: 12 }]);
    expect(b.series.map((s: { period: string; count: number }) => [s.period, s.count])).toEqual([['2023-10-01', 4], ['2024-04-01', 3]]);
    expect(b.descriptors.map((d: { descriptor: string }) => d.descriptor)).toEqual(
      expect.arrayContaining(['strategic partnership', 'comprehensive strategic partnership of coordination for a new era']),
    );
    expect(b.agreements.map((a: { name: string }) => a.name)).toContain('agreement on energy cooperation');
    expect(b.quotes.map((q: any) => q.speaker.name).sort()).toEqual(['Sergei Shoigu', 'Wang Yi', 'Xi Jinping', 'Zhang Youxia']);
    // the speakers' names come through one batched loader: one more statement
    expect(r.extensions?.roundTrips).toBe(2);
    const flat = await gql(app, `{ bilateral(a: "CHN", b: "RUS", bucket: YEAR) { totalEvents series { period count }
      events { id name source { __typename ... on Country { code } ... on Person { name } } target { __typename } } } }`);
    expect(flat.data.bilateral.series.map((s: { period: string }) => s.period)).toEqual(['2023-01-01', '2024-01-01']);
    // the listed events' actors come with them: still one statement, and the same actors the event look-up gives
    expect(flat.extensions?.roundTrips).toBe(1);
    const listed = flat.data.bilateral.events as { id: string; source: unknown[]; target: unknown[] }[];
    expect(listed.length).toBeGreaterThan(0);
    for (const ev of listed) {
      const one = await ok(app, `query ($id: ID!) { node(id: $id) { ... on Event { source { __typename ... on Country { code } ... on Person { name } } target { __typename } } } }`, { id: ev.id });
      expect(ev.source.length + ev.target.length).toBeGreaterThan(0);
      expect({ source: ev.source, target: ev.target }).toEqual(one.node);
    }
  });

  it('eventStats groups by dyad, quad class and month in one Cypher', async () => {
    const r = await gql(app, '{ eventStats(groupBy: [DYAD, QUAD_CLASS], bucket: MONTH) { dyad quadClass period count meanGoldstein } }');
    expect(r.extensions?.roundTrips).toBe(1);
    expect(r.data.eventStats).toEqual(
      expect.arrayContaining([
        { dyad: ['CHN', 'RUS'], quadClass: 1, period: '2023-10-01', count: 4, meanGoldstein: expect.any(Number) },
        { dyad: ['CHN', 'USA'], quadClass: 3, period: '2024-04-01', count: 1, meanGoldstein: -2 },
      ]),
    );
    const byCountry = await ok(app, '{ eventStats(where: {countries: ["USA"]}, groupBy: [COUNTRY]) { country count } }');
    expect(byCountry.eventStats).toEqual(expect.arrayContaining([{ country: 'USA', count: 2 }, { country: 'CHN', count: 2 }]));
  });

  it('network: who met whom, weighted, in one Cypher', async () => {
    const r = await gql(app, '{ network(where: {root: "04"}, kind: PEOPLE) { nodes { id name weight } edges { source target weight } } }');
    expect(r.extensions?.roundTrips).toBe(1);
    const names = new Map<string, string>(r.data.network.nodes.map((n: { id: string; name: string }) => [n.id, n.name]));
    const pairs = r.data.network.edges.map((e: { source: string; target: string }) => [names.get(e.source), names.get(e.target)].sort().join(' - '));
    expect(pairs.sort()).toEqual(['Antony Blinken - Wang Yi', 'Sergei Shoigu - Zhang Youxia', 'Sergey Lavrov - Wang Yi', 'Vladimir Putin - Xi Jinping']);
    expect(r.data.network.nodes.find((n: { name: string }) => n.name === 'Wang Yi').weight).toBe(2);
  });

  it('path: how Lavrov connects to Blinken, with evidence on every step', async () => {
    const d = await ok(app, `{ path(from: "person:sergei lavrov:RUS", to: "person:antoni blinken:USA") { relation from { name } to { name } ${EVIDENCE} } }`);
    expect(d.path.length).toBeGreaterThan(1);
    expect(d.path[0].from.name).toBe('Sergey Lavrov');
    expect(d.path[d.path.length - 1].to.name).toBe('Antony Blinken');
    for (const step of d.path) expect(step.evidence.length).toBeGreaterThan(0);
    const none = await ok(app, '{ path(from: "CHN", to: "ATA") { relation } }');
    expect(none.path).toBeNull();
  });

  it('neighbourhood: a person, their events and, at depth 2, the other actors', async () => {
    const d = await ok(app, '{ one: neighbourhood(id: "person:wang i:CHN") { nodes { name kind } } two: neighbourhood(id: "person:wang i:CHN", depth: 2, limit: 200) { nodes { name kind } edges { kind } } }');
    const one = d.one.nodes.map((n: { name: string }) => n.name);
    expect(one).toContain('China');
    expect(one).not.toContain('Antony Blinken');
    const two = d.two.nodes.map((n: { name: string }) => n.name);
    expect(two).toEqual(expect.arrayContaining(['Antony Blinken', 'Sergey Lavrov']));
    expect(codes(await gql(app, '{ neighbourhood(id: "CHN", depth: 3) { nodes { name } } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('search ranks names, titles, quotes and sentences; Lucene syntax in input is inert', async () => {
    const d = await ok(app, `{ wang: search(query: "Wang") { type snippet node { __typename ... on Person { name } } }
      prefix: search(query: "shoi", types: [PERSON]) { node { ... on Person { name } } }
      title: search(query: "Foreign Minister", types: [TITLE]) { node { ... on Person { name } } }
      quote: search(query: "good-neighbourliness", types: [QUOTE]) { node { ... on Quote { text speaker { ... on Person { name } } } } }
      hostile: search(query: "energy) OR name:* AND \\\\ \\"[") { type } }`);
    expect(d.wang[0]).toMatchObject({ type: 'PERSON', node: { __typename: 'Person', name: 'Wang Yi' } });
    expect(d.wang.some((h: { type: string }) => h.type === 'SENTENCE')).toBe(true);
    expect(d.prefix).toEqual([{ node: { name: 'Sergei Shoigu' } }]);
    expect(d.title.slice(0, 2).map((h: any) => h.node.name).sort()).toEqual(['Sergey Lavrov', 'Wang Yi']);
    expect(d.quote[0].node.speaker.name).toBe('Xi Jinping');
    expect(Array.isArray(d.hostile)).toBe(true);
  });
});
