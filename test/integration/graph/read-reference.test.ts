import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../../bench/generator.js';
import type { Db } from '../../../src/graph/db.js';
import { bilateral, tallyBilateralQuery, type Bilateral, type Bucket } from '../../../src/graph/read/bilateral.js';
import { eventsPage, type PageStrategy } from '../../../src/graph/read/events.js';
import type { EventWhere } from '../../../src/graph/read/event-filter.js';
import { network, tallyNetworkQuery } from '../../../src/graph/read/network.js';
import { encodeCursor } from '../../../src/graph/read/page.js';
import { eventStats, tallyStatsQuery, type StatsDimension, type StatsRow } from '../../../src/graph/read/stats.js';
import { ingestArticle } from '../../../src/use-cases/ingest-article.js';
import { resetGraph, testDb } from '../helpers.js';

// The dashboard reads are written for speed (anchored, joined, undated events' reports read only
// when needed). Here each is checked against a plain recomputation, in TypeScript, from a dump of
// every event of a generated graph: same events, same counts, same means, same order.

interface Actor { label: string; key: string }
interface Ev {
  id: string;
  date: string | null;
  /** Its own date, else the day of its first report. */
  day: string | null;
  root: string;
  quadClass: number;
  goldstein: number;
  sources: Actor[];
  targets: Actor[];
}

let db: Db;
let events: Ev[];
let country: string;
let dyadA: string;
let dyadB: string;

const countriesOf = (as: Actor[]) => as.filter((a) => a.label === 'Country').map((a) => a.key);
const involves = (e: Ev, c: string) => countriesOf(e.sources).includes(c) || countriesOf(e.targets).includes(c);
const between = (e: Ev, a: string, b: string) =>
  (countriesOf(e.sources).includes(a) && countriesOf(e.targets).includes(b)) || (countriesOf(e.sources).includes(b) && countriesOf(e.targets).includes(a));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const close = (x: number) => Math.round(x * 1e9) / 1e9;

beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
  for (const { input } of generateArticles({ seed: 'read-reference', count: 80 })) {
    await ingestArticle(db, input, { now: new Date('2024-01-01T00:00:00Z') });
  }
  const rows = await db.read({
    name: 'test.dumpEvents',
    cypher: `MATCH (e:Event)
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
WITH e, min(a.publishedAt) AS first
RETURN e.id AS id, toString(e.date) AS date, toString(coalesce(e.date, date(first))) AS day,
  e.root AS root, e.quadClass AS quadClass, e.goldstein AS goldstein,
  [(e)-[:SOURCE_ACTOR]->(x) | {label: head(labels(x)), key: coalesce(x.id, x.code)}] AS sources,
  [(e)-[:TARGET_ACTOR]->(x) | {label: head(labels(x)), key: coalesce(x.id, x.code)}] AS targets`,
  });
  events = rows.map((r) => ({
    id: String(r.id),
    date: (r.date as string | null) ?? null,
    day: (r.day as string | null) ?? null,
    root: String(r.root),
    quadClass: Number(r.quadClass),
    goldstein: Number(r.goldstein),
    sources: r.sources as unknown as Actor[],
    targets: r.targets as unknown as Actor[],
  }));
  // the busiest country
  const tally = (keys: string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  };
  country = tally(events.flatMap((e) => [...new Set([...countriesOf(e.sources), ...countriesOf(e.targets)])]))[0]![0];
  // the pair with most events between them (one on each side)
  const dyads = events.flatMap((e) => [...new Set(countriesOf(e.sources).flatMap((x) => countriesOf(e.targets).filter((y) => y !== x).map((y) => [x, y].sort().join('|'))))]);
  [dyadA, dyadB] = tally(dyads)[0]![0].split('|') as [string, string];
}, 600_000);
afterAll(() => db.close());

describe('dashboard reads against a plain recomputation', () => {
  it('the generated graph has what the reads must handle: undated events, several actors a side', () => {
    expect(events.length).toBeGreaterThan(200);
    expect(events.some((e) => e.date === null && e.day !== null)).toBe(true);
    expect(events.some((e) => e.sources.length + e.targets.length > 2)).toBe(true);
    expect(events.filter((e) => between(e, dyadA, dyadB)).length).toBeGreaterThan(5);
  });

  const walkPages = async (where: EventWhere, order: 'DATE_DESC' | 'DATE_ASC', strategy: PageStrategy, first: number) => {
    const got: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 200; i++) {
      const page = await eventsPage(db, where, order, { first, after }, strategy);
      got.push(...page.rows.map((r) => r.node.id));
      if (!page.hasNextPage) break;
      after = page.rows.at(-1)!.cursor;
    }
    return got;
  };
  // ties on a date in id order; undated events last in both orders
  const byDate = (desc: boolean) => (x: Ev, y: Ev) => {
    if (!x.date || !y.date) return (x.date ? 0 : 1) - (y.date ? 0 : 1) || x.id.localeCompare(y.id);
    return (desc ? y.date.localeCompare(x.date) : x.date.localeCompare(y.date)) || x.id.localeCompare(y.id);
  };

  for (const strategy of ['anchor', 'dateWalk', 'auto'] as const) {
    it(`events of a country by date, both ways, page by page (${strategy})`, async () => {
      const mine = events.filter((e) => involves(e, country));
      expect(await walkPages({ countries: [country] }, 'DATE_DESC', strategy, 25)).toEqual([...mine].sort(byDate(true)).map((e) => e.id));
      expect(await walkPages({ countries: [country] }, 'DATE_ASC', strategy, 40)).toEqual([...mine].sort(byDate(false)).map((e) => e.id));
    });
  }

  it('a forged cursor whose key is no day gets the anchored read, not a Cypher error', async () => {
    for (const key of ['2024-13-45', 'abc', '2024-02-30']) {
      const page = { first: 5, after: encodeCursor(key, 'event:x') };
      const walked = await eventsPage(db, { countries: [country] }, 'DATE_DESC', page, 'dateWalk');
      const anchored = await eventsPage(db, { countries: [country] }, 'DATE_DESC', page, 'anchor');
      expect({ rows: walked.rows, more: walked.hasNextPage }).toEqual({ rows: anchored.rows, more: anchored.hasNextPage });
    }
  });

  it('every event by date, and a narrowed walk, page by page', async () => {
    expect(await walkPages({}, 'DATE_DESC', 'auto', 100)).toEqual([...events].sort(byDate(true)).map((e) => e.id));
    const root = events[0]!.root;
    const expected = events.filter((e) => involves(e, country) && e.root === root).sort(byDate(true)).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await walkPages({ countries: [country], root }, 'DATE_DESC', 'dateWalk', 7)).toEqual(expected);
    const years = events.map((e) => e.date).filter((d): d is string => d !== null).sort();
    const from = years[Math.floor(years.length / 3)]!;
    const to = years[Math.floor((2 * years.length) / 3)]!;
    const windowed = events.filter((e) => involves(e, country) && e.date && e.date >= from && e.date <= to).sort(byDate(false)).map((e) => e.id);
    expect(await walkPages({ countries: [country], from, to }, 'DATE_ASC', 'dateWalk', 10)).toEqual(windowed);
  });

  it('events of a dyad, in either direction, each once', async () => {
    const expected = events.filter((e) => between(e, dyadA, dyadB)).map((e) => e.id).sort();
    const page = await eventsPage(db, { dyad: [dyadB, dyadA] }, 'DATE_ASC', { first: 100 });
    expect(page.rows.map((r) => r.node.id).sort()).toEqual(expected);
    expect(await page.totalCount()).toBe(expected.length);
  });

  // Each aggregate twice: from the tallies kept at write time (the default where they hold the
  // answer) and from the events themselves.
  for (const tallies of [true, false]) {
    const how = tallies ? 'tallies' : 'events';
    it(`eventStats by root and month: every undated event counted on its first report day (${how})`, async () => {
      expect(tallyStatsQuery({ countries: [country] }, ['ROOT_CODE'], 'MONTH') !== null).toBe(true);
      const groups = new Map<string, number[]>();
      for (const e of events.filter((x) => involves(x, country) && x.day)) {
        const k = `${e.root}|${e.day!.slice(0, 7)}-01`;
        groups.set(k, [...(groups.get(k) ?? []), e.goldstein]);
      }
      const expected = [...groups].map(([k, gs]) => ({ key: k, count: gs.length, mean: close(mean(gs)) })).sort((x, y) => x.key.localeCompare(y.key));
      const rows = await eventStats(db, { countries: [country] }, ['ROOT_CODE'], 'MONTH', { tallies });
      const got = rows.map((r) => ({ key: `${r.rootCode}|${r.period}`, count: r.count, mean: close(r.meanGoldstein) })).sort((x, y) => x.key.localeCompare(y.key));
      expect(got).toEqual(expected);
    });

    it(`network of countries: each pair weighted by its distinct events, with their mean Goldstein (${how})`, async () => {
      expect(tallyNetworkQuery({ countries: [country] }, 'COUNTRIES', 500) !== null).toBe(true);
      const pairs = new Map<string, Map<string, number>>();
      for (const e of events.filter((x) => involves(x, country))) {
        for (const s of countriesOf(e.sources)) {
          for (const t of countriesOf(e.targets)) {
            if (s === t) continue;
            const k = [s, t].sort().join('|');
            pairs.set(k, (pairs.get(k) ?? new Map()).set(e.id, e.goldstein));
          }
        }
      }
      expect(pairs.size).toBeLessThan(500);
      const expected = [...pairs].map(([k, evs]) => ({ k, weight: evs.size, mean: close(mean([...evs.values()])) })).sort((x, y) => x.k.localeCompare(y.k));
      const got = await network(db, { countries: [country] }, 'COUNTRIES', 500, { tallies });
      const edges = got.edges.map((x) => ({ k: [x.source.key, x.target.key].sort().join('|'), weight: x.weight, mean: close(x.meanGoldstein!) })).sort((x, y) => x.k.localeCompare(y.k));
      expect(edges).toEqual(expected);
      const weights = new Map<string, number>();
      for (const x of expected) for (const c of x.k.split('|')) weights.set(c, (weights.get(c) ?? 0) + x.weight);
      expect(new Map(got.nodes.map((n) => [n.key, n.weight]))).toEqual(weights);
    });

    it(`network keeps the heaviest pairs when limited, ties broken the same way every time (${how})`, async () => {
      const all = await network(db, { countries: [country] }, 'COUNTRIES', 500, { tallies });
      const top = await network(db, { countries: [country] }, 'COUNTRIES', 3, { tallies });
      expect(top.edges).toHaveLength(3);
      const heaviest = Math.min(...top.edges.map((x) => x.weight));
      expect(all.edges.filter((x) => x.weight > heaviest).length).toBeLessThanOrEqual(3);
      expect(await network(db, { countries: [country] }, 'COUNTRIES', 3, { tallies })).toEqual(top);
    });

    it(`bilateral: first and last contact of every pair, down to the day within the month (${how})`, async () => {
      const daysOf = new Map<string, string[]>();
      for (const e of events) {
        if (!e.day) continue;
        const keys = new Set(countriesOf(e.sources).flatMap((x) => countriesOf(e.targets).filter((y) => y !== x).map((y) => [x, y].sort().join('|'))));
        for (const k of keys) daysOf.set(k, [...(daysOf.get(k) ?? []), e.day]);
      }
      // the reads take the first (last) day with events of the first (last) month: the fixture
      // must have pairs whose first and last months hold events on several days
      const spread = { first: 0, last: 0 };
      for (const [k, unsorted] of daysOf) {
        const days = [...unsorted].sort();
        const [a, b] = k.split('|') as [string, string];
        for (const bucket of ['MONTH', 'YEAR', 'DAY'] as Bucket[]) {
          const got = (await bilateral(db, { a, b, bucket, limit: 1 }, { tallies }))!;
          expect([got.firstContact, got.lastContact], `${k} ${bucket}`).toEqual([days[0], days.at(-1)]);
        }
        const month = (d: string) => d.slice(0, 7);
        if (new Set(days.filter((d) => month(d) === month(days[0]!))).size > 1) spread.first += 1;
        if (new Set(days.filter((d) => month(d) === month(days.at(-1)!))).size > 1) spread.last += 1;
      }
      expect(spread.first).toBeGreaterThan(0);
      expect(spread.last).toBeGreaterThan(0);
    });

    it(`bilateral: totals, quad classes, monthly series, contact dates and the latest events (${how})`, async () => {
      expect(tallyBilateralQuery({ a: dyadA, b: dyadB }) !== null).toBe(true);
      const evs = events.filter((e) => between(e, dyadA, dyadB));
      const b = (await bilateral(db, { a: dyadA, b: dyadB, bucket: 'MONTH', limit: 5 }, { tallies }))!;
      expect(b.totalEvents).toBe(evs.length);
      expect(close(b.meanGoldstein!)).toBe(close(mean(evs.map((e) => e.goldstein))));
      const days = evs.map((e) => e.day).filter((d): d is string => d !== null).sort();
      expect([b.firstContact, b.lastContact]).toEqual([days[0], days.at(-1)]);
      const quads = [...new Set(evs.map((e) => e.quadClass))].sort().map((q) => {
        const gs = evs.filter((e) => e.quadClass === q).map((e) => e.goldstein);
        return { quadClass: q, count: gs.length, meanGoldstein: close(mean(gs)) };
      });
      expect(b.byQuadClass.map((q) => ({ ...q, meanGoldstein: close(q.meanGoldstein) }))).toEqual(quads);
      const months = [...new Set(days.map((d) => `${d.slice(0, 7)}-01`))].sort();
      expect(b.series.map((s) => [s.period, s.count])).toEqual(months.map((m) => [m, days.filter((d) => d.startsWith(m.slice(0, 7))).length]));
      const latest = [...evs].sort((x, y) => (y.day ?? '').localeCompare(x.day ?? '') || x.id.localeCompare(y.id)).slice(0, 5).map((e) => e.id);
      expect(b.events.map((e) => e.id)).toEqual(latest);
    });
  }

  it('the tallies and the events give the same answers for every filter, grouping and bucket the tallies hold', async () => {
    const rounded = (rows: StatsRow[]) => rows.map((r) => ({ ...r, meanGoldstein: close(r.meanGoldstein) }));
    const cases: [EventWhere, StatsDimension[], Bucket | null][] = [];
    for (const where of [{ countries: [country] }, { countries: [dyadB.toLowerCase()] }, { dyad: [dyadB, dyadA] }]) {
      for (const groupBy of [[], ['ROOT_CODE'], ['QUAD_CLASS']] as StatsDimension[][]) {
        for (const bucket of ['MONTH', 'YEAR', null] as (Bucket | null)[]) cases.push([where, groupBy, bucket]);
      }
    }
    for (const groupBy of [['COUNTRY'], ['DYAD'], ['COUNTRY', 'ROOT_CODE'], ['QUAD_CLASS', 'DYAD']] as StatsDimension[][]) {
      for (const bucket of ['MONTH', null] as (Bucket | null)[]) cases.push([{}, groupBy, bucket]);
    }
    for (const [where, groupBy, bucket] of cases) {
      expect(tallyStatsQuery(where, groupBy, bucket), JSON.stringify([where, groupBy, bucket])).not.toBeNull();
      const fast = await eventStats(db, where, groupBy, bucket);
      const slow = await eventStats(db, where, groupBy, bucket, { tallies: false });
      expect(slow.length, JSON.stringify([where, groupBy, bucket])).toBeGreaterThan(0);
      expect(rounded(fast), JSON.stringify([where, groupBy, bucket])).toEqual(rounded(slow));
    }
    // a scope without events: one row of count 0 ungrouped, no rows by month (the tallies divided by zero)
    for (const where of [{ countries: ['ATA'] }, { dyad: [dyadA, 'ATA'] }]) {
      expect(await eventStats(db, where, [], null)).toEqual(await eventStats(db, where, [], null, { tallies: false }));
      expect((await eventStats(db, where, [], null)).map((r) => [r.count, r.meanGoldstein])).toEqual([[0, 0]]);
      expect(await eventStats(db, where, ['ROOT_CODE'], 'MONTH')).toEqual([]);
    }
    const edges = (n: Awaited<ReturnType<typeof network>>) => ({ ...n, edges: n.edges.map((x) => ({ ...x, meanGoldstein: close(x.meanGoldstein!) })) });
    for (const where of [{}, { countries: [dyadA] }]) {
      expect(edges(await network(db, where, 'COUNTRIES', 40))).toEqual(edges(await network(db, where, 'COUNTRIES', 40, { tallies: false })));
    }
    const view = (b: Bilateral | null) => b && {
      ...b,
      meanGoldstein: b.meanGoldstein === null ? null : close(b.meanGoldstein),
      byQuadClass: b.byQuadClass.map((q) => ({ ...q, meanGoldstein: close(q.meanGoldstein) })),
      series: b.series.map((q) => ({ ...q, meanGoldstein: close(q.meanGoldstein) })),
    };
    for (const bucket of ['DAY', 'WEEK', 'MONTH', 'YEAR'] as Bucket[]) {
      for (const [a, b] of [[dyadA, dyadB], [country, dyadB === country ? dyadA : dyadB], [dyadB, 'ATA']]) {
        const args = { a: a!, b: b!, bucket, limit: 3 };
        expect(tallyBilateralQuery(args)).not.toBeNull();
        expect(view(await bilateral(db, args))).toEqual(view(await bilateral(db, args, { tallies: false })));
      }
    }
  });

  it('the tallies are left aside where they do not hold the answer', () => {
    expect(tallyStatsQuery({ countries: [country, dyadA] }, ['ROOT_CODE'], 'MONTH')).toBeNull();
    expect(tallyStatsQuery({ countries: [country], root: '04' }, [], 'MONTH')).toBeNull();
    expect(tallyStatsQuery({ countries: [country] }, ['ROOT_CODE'], 'WEEK')).toBeNull();
    expect(tallyStatsQuery({ countries: [country] }, ['ROOT_CODE', 'QUAD_CLASS'], null)).toBeNull();
    expect(tallyStatsQuery({ countries: [country] }, ['COUNTRY'], null)).toBeNull();
    expect(tallyStatsQuery({}, ['ROOT_CODE'], 'MONTH')).toBeNull();
    expect(tallyStatsQuery({}, ['SOURCE_COUNTRY'], null)).toBeNull();
    expect(tallyStatsQuery({ dyad: [country, country] }, [], null)).toBeNull();
    expect(tallyNetworkQuery({ countries: [country] }, 'PEOPLE', 10)).toBeNull();
    expect(tallyNetworkQuery({ dyad: [dyadA, dyadB] }, 'COUNTRIES', 10)).toBeNull();
    expect(tallyBilateralQuery({ a: dyadA, b: dyadB, from: '2020-01-01' })).toBeNull();
    expect(tallyBilateralQuery({ a: dyadA, b: dyadA.toLowerCase() })).toBeNull();
  });

  it('bilateral: the latest quotes of both sides and agreements between them, as a plain pattern finds them', async () => {
    const reference = async (a: string, b: string, limit: number) => (await db.read({
      name: 'test.bilateralRef',
      cypher: `MATCH (ca:Country {code: $a}), (cb:Country {code: $b})
CALL (ca, cb) {
  MATCH (e:Event)-[:SOURCE_ACTOR]->(x), (e)-[:TARGET_ACTOR]->(y) WHERE (x = ca AND y = cb) OR (x = cb AND y = ca)
  MATCH (e)-[:REPORTED_IN]->(art:Article)<-[:REPORTED_IN]-(q:Quote)-[:SAID_BY]->(s)
  WHERE s IN [ca, cb] OR (s)-[:REPRESENTS]->(ca) OR (s)-[:REPRESENTS]->(cb)
  WITH q, max(art.publishedAt) AS at ORDER BY at IS NULL, at DESC, q.id LIMIT toInteger($limit)
  RETURN collect(q.id) AS quotes
}
CALL (ca, cb) {
  MATCH (ca)<-[:PARTY]-(g:Agreement)-[:PARTY]->(cb)
  OPTIONAL MATCH (g)-[:REPORTED_IN]->(art:Article)
  WITH g, max(art.publishedAt) AS at ORDER BY at DESC, g.id LIMIT toInteger($limit)
  RETURN collect(g.id) AS agreements
}
RETURN quotes, agreements`,
      params: { a, b, limit },
    }))[0]!;
    const ref = await reference(dyadA, dyadB, 5);
    expect((ref.quotes as string[]).length).toBeGreaterThan(0);
    expect((ref.agreements as string[]).length).toBeGreaterThan(0);
    for (const tallies of [true, false]) {
      const b = (await bilateral(db, { a: dyadA, b: dyadB, limit: 5 }, { tallies }))!;
      expect(b.quotes.map((q) => q.id)).toEqual(ref.quotes);
      expect(b.agreements.map((g) => g.id)).toEqual(ref.agreements);
    }
    // The quotes are first looked for in the newest quoteScan articles and only then among all the
    // speakers' quotes: every pair, with scans that stop before, within and after the articles
    // that decide the answer, gives the reference.
    const pairs = new Map<string, number>();
    for (const e of events) {
      for (const x of countriesOf(e.sources)) for (const y of countriesOf(e.targets)) if (x !== y) pairs.set([x, y].sort().join('|'), 1);
    }
    let quoted = 0;
    for (const k of pairs.keys()) {
      const [a, b] = k.split('|') as [string, string];
      for (const limit of [1, 3]) {
        const want = (await reference(a, b, limit)).quotes;
        if ((want as string[]).length > 0) quoted += 1;
        for (const quoteScan of [1, 4, 1000]) {
          const got = (await bilateral(db, { a, b, limit, quoteScan }))!;
          expect(got.quotes.map((q) => q.id), `${k} limit ${limit} scan ${quoteScan}`).toEqual(want);
        }
      }
    }
    expect(quoted).toBeGreaterThan(5);
  });
});
