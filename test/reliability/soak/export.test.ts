// A large export: EXPORT_EVENTS (default 100,000) synthetic events, each with two country actors,
// a place and a report with its evidence sentence, exported to CSV through the real graph. Memory
// is sampled while it runs: it must stay flat (the graph is read a page at a time and each row
// leaves before the next page is read), not grow with the number of rows.
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/graph/db.js';
import { writeEventsExport } from '../../../src/use-cases/export-events.js';
import { count, testDb } from '../../integration/helpers.js';
import { record } from '../support/report.js';

const EVENTS = Number(process.env.EXPORT_EVENTS ?? 100_000);
const PER_ARTICLE = 100;
const BATCH = 10_000;
const COUNTRIES = ['RUS', 'CHN', 'USA', 'IND', 'FRA', 'DEU', 'GBR', 'JPN', 'BRA', 'ZAF', 'TUR', 'IRN'];
const CODES = [['040', '04', 1, 1.0], ['036', '03', 1, 4.0], ['0311', '03', 1, 5.2], ['112', '11', 3, -2.0], ['173', '17', 4, -5.0], ['061', '06', 2, 6.4]] as const;

let db: Db;

// The heap that is still held, not garbage waiting for a collection: sampled after a full GC.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Deletes everything a few thousand nodes per transaction (one would pass the transaction memory
 * limit): the events first, so no batch holds a country with its tens of thousands of edges.
 */
async function emptyGraph(): Promise<void> {
  for (const label of ['Event', 'Sentence', 'Article', '']) {
    for (;;) {
      const [r] = await db.write({ name: 'soak.empty', cypher: `MATCH (n${label ? `:${label}` : ''}) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n` });
      if (Number(r?.n ?? 0) === 0) break;
    }
  }
}

async function makeEvents(n: number): Promise<void> {
  await db.write({
    name: 'soak.countries',
    cypher: 'UNWIND $codes AS code MERGE (c:Country {code: code}) SET c.name = code',
    params: { codes: COUNTRIES },
  });
  for (let from = 0; from < n; from += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, n - from) }, (_, k) => {
      const i = from + k;
      const [code, root, quad, g] = CODES[i % CODES.length]!;
      const day = new Date(Date.UTC(2020, 0, 1) + (i % 1500) * 86_400_000).toISOString().slice(0, 10);
      return {
        id: `event:soak:${String(i).padStart(7, '0')}`, code, root, quad, g, day,
        a: COUNTRIES[i % COUNTRIES.length], b: COUNTRIES[(i * 7 + 3) % COUNTRIES.length],
        art: `https://soak.example/${Math.floor(i / PER_ARTICLE)}`,
      };
    });
    await db.write({
      name: 'soak.events',
      cypher: `UNWIND $rows AS r
MERGE (art:Article {id: r.art})
  ON CREATE SET art.url = r.art, art.title = 'Soak', art.source = 'Soak Wire', art.publishedAt = datetime(r.day + 'T08:00:00Z'),
    art.ingestedAt = datetime(), art.origin = 'article'
MERGE (s:Sentence {id: r.art + '#0'}) ON CREATE SET s.index = 0, s.text = 'The ministers met in the capital on Monday and agreed to deepen ties, officials said.', s.start = 0, s.end = 80
MERGE (art)-[:HAS_SENTENCE]->(s)
CREATE (e:Event {id: r.id, code: r.code, root: r.root, name: 'Event ' + r.code, quadClass: r.quad, goldstein: r.g, date: date(r.day),
  reportCount: 1, sourceCount: 1, origin: 'article', confidence: 0.8})
WITH e, r, art, s
MATCH (a:Country {code: r.a}), (b:Country {code: r.b})
CREATE (e)-[:SOURCE_ACTOR {sentenceIds: [s.id], articleIds: [art.id]}]->(a)
CREATE (e)-[:TARGET_ACTOR {sentenceIds: [s.id], articleIds: [art.id]}]->(b)
CREATE (e)-[:REPORTED_IN {sentenceIds: [s.id], confidence: 0.8}]->(art)
CREATE (e)-[:EVIDENCE]->(s)`,
      params: { rows },
    });
  }
}

/** Counts what it is given and keeps nothing. */
class Sink extends Writable {
  bytes = 0;
  lines = 0;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.bytes += chunk.length;
    for (const b of chunk) if (b === 10) this.lines += 1;
    done();
  }
}

describe(`export of ${EVENTS} events`, () => {
  beforeAll(async () => {
    db = testDb();
    await emptyGraph();
    const t0 = Date.now();
    await makeEvents(EVENTS);
    record('export.setup', { events: EVENTS, ms: Date.now() - t0 });
  }, 1_800_000);
  afterAll(async () => {
    await emptyGraph();
    await db.close();
  });

  it('streams every event as CSV with flat memory', async () => {
    expect(await count(db, 'MATCH (e:Event) RETURN count(e) AS n')).toBe(EVENTS);
    gc();
    const base = process.memoryUsage();
    const heap: number[] = [];
    const rss: number[] = [];
    const sample = setInterval(() => {
      gc();
      const m = process.memoryUsage();
      heap.push(m.heapUsed);
      rss.push(m.rss);
    }, 250);
    const sink = new Sink();
    const report = await writeEventsExport(db, {}, 'csv', sink);
    clearInterval(sample);
    const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
    const heapPeak = Math.max(...heap, base.heapUsed);
    const rssPeak = Math.max(...rss, base.rss);
    const rowsPerS = Math.round(report.rows / (report.ms / 1000));
    record('export.csv', {
      rows: report.rows, ms: report.ms, rowsPerS, mb: mb(sink.bytes),
      heapBaseMb: mb(base.heapUsed), heapPeakMb: mb(heapPeak), rssBaseMb: mb(base.rss), rssPeakMb: mb(rssPeak),
      // heap in the first and last quarter of the run: flat memory means no growth between them
      heapFirstQuarterMb: mb(Math.max(...heap.slice(0, Math.ceil(heap.length / 4)))),
      heapLastQuarterMb: mb(Math.max(...heap.slice(Math.floor((heap.length * 3) / 4)))),
    });
    expect(report.rows).toBe(EVENTS);
    expect(sink.lines).toBe(EVENTS + 1);
    // 100,000 rows are ~26 MB of CSV and several times that as objects: holding them would show;
    // a page of 1,000 rows is a few MB.
    expect(heapPeak - base.heapUsed).toBeLessThan(32 * 1048576);
    const q = Math.ceil(heap.length / 4);
    expect(Math.max(...heap.slice(-q))).toBeLessThan(Math.max(...heap.slice(0, q)) + 16 * 1048576);
  });
});
