import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT } from '../../../src/gdelt/columns.js';
import type { Db } from '../../../src/graph/db.js';
import { normaliseUrl } from '../../../src/graph/keys.js';
import { importGdelt, type ImportGdeltReport } from '../../../src/use-cases/import-gdelt.js';
import { sampleLines, samplePath } from '../../unit/gdelt/sample.js';
import { count, resetGraph, testDb } from '../helpers.js';

// The real GDELT sample (100 event rows, 100 mention rows) imported into the real Neo4j.

const rows = sampleLines('events.csv').map((l) => l.split('\t'));
const mentions = sampleLines('mentions.csv').map((l) => l.split('\t'));
const col = (r: string[], name: keyof typeof EVENT) => r[EVENT[name]]!;
// 48 of the sample's mention rows name events that are not among its 100 event rows
const eventIds = new Set(rows.map((r) => Number(col(r, 'GLOBALEVENTID'))));
const known = mentions.filter((m) => eventIds.has(Number(m[0])));

let db: Db;
let first: ImportGdeltReport;

async function snapshot(): Promise<unknown> {
  const [nodes] = await db.read({ name: 'test.nodes', cypher: 'MATCH (n) RETURN count(n) AS n' });
  const [rels] = await db.read({ name: 'test.rels', cypher: 'MATCH ()-[r]->() RETURN count(r) AS n' });
  const events = await db.read({
    name: 'test.events',
    cypher: 'MATCH (e:Event) RETURN e {.*} AS e ORDER BY e.id',
  });
  const edges = await db.read({
    name: 'test.edges',
    cypher: 'MATCH (a)-[r]->(b) RETURN type(r) AS t, r {.*} AS r, elementId(a) AS a, elementId(b) AS b ORDER BY a, t, b',
  });
  return { nodes, rels, events, edges };
}

beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
  first = await importGdelt(db, { events: [samplePath('events.csv')], mentions: [samplePath('mentions.csv')], batchSize: 40 });
});
afterAll(async () => {
  await db.close();
});

describe('importGdelt on the real sample', () => {
  it('reads every row, skips none, and accounts each row to exactly one Event', async () => {
    const [ev, me] = first.files;
    expect(first.unreadable).toEqual([]);
    expect(ev).toMatchObject({ table: 'events', lines: 100, valid: 100, skipped: 0, error: null });
    expect(ev!.created + ev!.merged).toBe(100);
    expect(await count(db, 'MATCH (e:Event) RETURN count(e) AS n')).toBe(ev!.created);
    const [ids] = await db.read({
      name: 'test.gdeltIds',
      cypher: 'MATCH (e:Event) UNWIND e.gdeltIds AS g RETURN count(g) AS n, count(DISTINCT g) AS d, collect(g) AS all',
    });
    expect(ids).toMatchObject({ n: 100, d: 100 });
    expect(new Set(ids!.all as number[])).toEqual(new Set(rows.map((r) => Number(col(r, 'GLOBALEVENTID')))));
    expect(known.length).toBe(52);
    expect(me).toMatchObject({ table: 'mentions', lines: 100, valid: 100, skipped: 0, linked: 52, unknownEvent: 48 });
  });

  it('keeps CAMEO code, root, quad class, Goldstein and date of the row that created the event', async () => {
    const events = await db.read({
      name: 'test.eventProps',
      cypher: `MATCH (e:Event) RETURN e.gdeltId AS g, e.gdeltIds AS all, e.code AS code, e.root AS root, e.quadClass AS q,
               e.goldstein AS gs, toString(e.date) AS date, valueType(e.date) AS dateType, e.origin AS origin`,
    });
    const byId = new Map(rows.map((r) => [Number(col(r, 'GLOBALEVENTID')), r]));
    for (const e of events) {
      const r = byId.get(e.g as number)!;
      expect(e).toMatchObject({
        code: col(r, 'EventCode'), root: col(r, 'EventRootCode'), q: Number(col(r, 'QuadClass')),
        gs: Number(col(r, 'GoldsteinScale')), dateType: 'DATE NOT NULL', origin: 'gdelt',
      });
      expect(e.date).toBe(col(r, 'SQLDATE').replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3'));
      for (const g of e.all as number[]) expect(col(byId.get(g)!, 'EventRootCode')).toBe(e.root);
    }
  });

  it('merges rows of one event: same root, actors, day and place', async () => {
    // three "Yemen -> cleric, make a visit, Ouagadougou" rows of 2015-02-18
    const [e] = await db.read({
      name: 'test.merged',
      cypher: 'MATCH (e:Event {gdeltId: 410414594}) RETURN e.gdeltIds AS ids, e.reportCount AS reports',
    });
    expect(e!.ids).toEqual([410414594, 410414596, 410414598]);
    // the same actors on the same day in Sirte are another event
    expect(await count(db, 'MATCH (e:Event) WHERE 410414595 IN e.gdeltIds AND NOT 410414594 IN e.gdeltIds RETURN count(e) AS n')).toBe(1);
  });

  it('creates countries, national bodies and places with the shared keys', async () => {
    for (const code of ['ZWE', 'IND', 'NZL', 'AUS', 'GBR', 'LBR', 'PAK']) {
      expect(await count(db, 'MATCH (c:Country {code: $code}) RETURN count(c) AS n', { code })).toBe(1);
    }
    expect(await count(db, `MATCH (:Event)-[:SOURCE_ACTOR]->(o:Organization {id: 'org:judiciary:ZMB', kind: 'government'})
      -[:BASED_IN]->(:Country {code: 'ZMB'}) RETURN count(o) AS n`)).toBeGreaterThan(0);
    expect(await count(db, `MATCH (:Event)-[:SOURCE_ACTOR]->(:Country {code: 'AUS'}) RETURN count(*) AS n`)).toBeGreaterThan(0);
    expect(await count(db, `MATCH (e:Event)-[:AT]->(:Location {id: 'loc:waterkloof:ZAF'})-[:IN_COUNTRY]->(:Country {code: 'ZAF'})
      RETURN count(e) AS n`)).toBeGreaterThan(0);
  });

  it('records the source article as support of actor and place edges', async () => {
    const r = rows.find((x) => col(x, 'GLOBALEVENTID') === '410412353')!;
    const [e] = await db.read({
      name: 'test.support',
      cypher: `MATCH (e:Event {gdeltId: 410412353})-[s:SOURCE_ACTOR]->(:Country {code: 'AUS'}), (e)-[t:TARGET_ACTOR]->(:Country {code: 'NZL'}),
               (e)-[at:AT]->(:Location) RETURN s.articleIds AS s, t.articleIds AS t, at.articleIds AS at, s.sentenceIds AS sentences`,
    });
    const id = normaliseUrl(col(r, 'SOURCEURL'));
    expect(e).toMatchObject({ sentences: [] });
    for (const ids of [e!.s, e!.t, e!.at]) expect(ids).toContain(id);
  });

  it('links every SOURCEURL and every mention as an Article stub, counts kept current', async () => {
    const urls = [...new Set([...rows.map((r) => col(r, 'SOURCEURL')), ...known.map((m) => m[5]!)].map(normaliseUrl))];
    const [a] = await db.read({
      name: 'test.articles',
      cypher: `MATCH (a:Article) WHERE a.id IN $urls AND a.origin = 'gdelt' AND valueType(a.publishedAt) STARTS WITH 'ZONED DATETIME'
               RETURN count(a) AS n`,
      params: { urls },
    });
    expect(a!.n).toBe(urls.length);
    for (const m of known) {
      expect(await count(db, `MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: $id}) WHERE toInteger($g) IN e.gdeltIds RETURN count(e) AS n`,
        { id: normaliseUrl(m[5]!), g: Number(m[0]) })).toBe(1);
    }
    expect(await count(db, `MATCH (e:Event) WHERE e.reportCount <> COUNT { (e)-[:REPORTED_IN]->(:Article) } OR e.reportCount = 0
      RETURN count(e) AS n`)).toBe(0);
    expect(await count(db, `MATCH (e:Event)
      WHERE e.sourceCount <> size(COLLECT { MATCH (e)-[:REPORTED_IN]->(a:Article) RETURN DISTINCT coalesce(a.source, a.id) })
      RETURN count(e) AS n`)).toBe(0);
    // the three rows of one event: their three source articles, counted once the batch is written
    expect(await count(db, 'MATCH (e:Event {gdeltId: 410414594}) RETURN e.reportCount AS n')).toBe(3);
  });

  it('gives the same events whatever the batch size: rows merge with stored events as with their batch', async () => {
    const events = async () => db.read({
      name: 'test.eventKeys',
      cypher: 'MATCH (e:Event) RETURN e.id AS id, e.gdeltIds AS ids, e.reportCount AS reports ORDER BY id',
    });
    const before = await events();
    // one row a transaction: every merge, and every id taken by an event elsewhere, is found in the graph
    await resetGraph(db);
    const one = await importGdelt(db, { events: [samplePath('events.csv')], mentions: [samplePath('mentions.csv')], batchSize: 1 });
    expect(one.files[0]).toMatchObject({ created: first.files[0]!.created, merged: first.files[0]!.merged });
    expect(await events()).toEqual(before);
    expect(before.some((e) => String(e.id).includes('@loc:'))).toBe(true);
  }, 300_000);

  it('re-importing the same files changes nothing', async () => {
    const before = await snapshot();
    const again = await importGdelt(db, { events: [samplePath('events.csv')], mentions: [samplePath('mentions.csv')] });
    expect(again.files[0]).toMatchObject({ created: 0, merged: 100 });
    expect(await snapshot()).toEqual(before);
  }, 300_000);
});
