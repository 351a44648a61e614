// Events out: CSV with GDELT-like columns and JSON lines, from the real graph, a page at a time;
// the same through GET /export/events.csv, which the dashboard links to.
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import type { Db } from '../../../src/graph/db.js';
import { CSV_COLUMNS, exportWhere, writeEventsExport, type ExportFormat } from '../../../src/use-cases/export-events.js';
import type { ExportEvent } from '../../../src/graph/read/export.js';
import { ingestArticle } from '../../../src/use-cases/ingest-article.js';
import { seedGraph, testApp } from '../api/api-helpers.js';
import { count, resetGraph, testDb } from '../helpers.js';

let db: Db;
let app: App;
let total: number;

async function exported(format: ExportFormat, where: unknown = {}, pageSize?: number): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeEventsExport(db, exportWhere(where), format, out, { pageSize });
  return Buffer.concat(chunks).toString('utf8');
}

const jsonl = (text: string): ExportEvent[] => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as ExportEvent);

beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
  await seedGraph(db);
  // An article whose sentence, read in a spreadsheet, would be a formula.
  await ingestArticle(db, {
    title: 'Formula', url: 'https://wire.example/formula', publishedAt: '2024-02-02', source: '=HYPERLINK("http://evil.example")',
    body: '=HYPERLINK("http://evil.example") Russia condemned Ukraine on Friday, the ministry said.',
  });
  app = testApp(db);
  total = await count(db, 'MATCH (e:Event) RETURN count(e) AS n');
});
afterAll(() => db.close());

describe('export events', () => {
  it('writes one CSV row per event, GDELT column names first', async () => {
    const text = await exported('csv');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(text.split('\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(total).toBeGreaterThan(3);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.GLOBALEVENTID)).size).toBe(total);
    for (const r of rows) {
      expect(r.EventCode).toMatch(/^\d{2,4}$/);
      expect(r.EventRootCode).toBe(r.EventCode!.slice(0, 2));
      expect(['1', '2', '3', '4']).toContain(r.QuadClass);
      expect(Number.isFinite(Number(r.GoldsteinScale))).toBe(true);
      expect(Number(r.NumArticles)).toBeGreaterThan(0);
      if (r.SQLDATE) expect(r.SQLDATE).toMatch(/^\d{8}$/);
      expect(r.SOURCEURL === '' || /^https?:\/\//.test(r.SOURCEURL!)).toBe(true);
    }
    // The seed: China and Russia's military cooperation, with its evidence sentence and source.
    const rus = rows.find((r) => /RUS|CHN/.test(`${r.Actor1CountryCode}${r.Actor2CountryCode}`) && r.EvidenceSentence);
    expect(rus).toBeDefined();
    expect(rus!.Actor1Name).not.toBe('');
    expect(rus!.DATEADDED).toMatch(/^\d{14}$/);
  });

  it('keeps spreadsheet formulas out of text cells', async () => {
    const rows = parse(await exported('csv', { countries: ['UKR'] }), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.SOURCEURL === 'https://wire.example/formula');
    expect(row).toBeDefined();
    expect(row!.SourceName!.startsWith("'=")).toBe(true);
    expect(row!.EvidenceSentence!.startsWith("'=")).toBe(true);
    expect(row!.GoldsteinScale!.startsWith('-')).toBe(true);
  });

  it('gives every event once whatever the page size, in id order, as JSON lines', async () => {
    const all = jsonl(await exported('jsonl'));
    const paged = jsonl(await exported('jsonl', {}, 2));
    expect(paged).toEqual(all);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort());
    const e = all.find((x) => x.evidence)!;
    expect(e).toMatchObject({ code: expect.any(String), name: expect.any(String), quadClass: expect.any(Number), reportCount: expect.any(Number) });
    expect(e.source.length + e.target.length).toBeGreaterThan(0);
  });

  it('filters like the events query', async () => {
    const rus = jsonl(await exported('jsonl', { countries: ['rus'] }));
    const expected = await count(db, 'MATCH (e:Event) WHERE EXISTS { (e)-[:SOURCE_ACTOR|TARGET_ACTOR]->(:Country {code: "RUS"}) } RETURN count(e) AS n');
    expect(rus).toHaveLength(expected);
    expect(rus.length).toBeGreaterThan(0);
    const dated = jsonl(await exported('jsonl', { from: '2024-01-01', quadClass: 1 }));
    for (const e of dated) expect(e.quadClass).toBe(1);
    expect(() => exportWhere({ countries: ['RUSSIA'] })).toThrow(/ISO-3/);
    expect(() => exportWhere({ nonsense: 1 })).toThrow(/bad filter/);
  });
});

describe('GET /export/events.csv', () => {
  it('streams the CSV with a download name; the filter comes from the query', async () => {
    const res = await app.fetch('http://test/export/events.csv?dyad=RUS,CHN');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('diplograph-events.csv');
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect([r.Actor1Countries, r.Actor2Countries].join(';')).toMatch(/RUS/);
  });

  it('serves JSON lines, and answers 400 to a bad filter', async () => {
    const res = await app.fetch('http://test/export/events.jsonl');
    expect(res.headers.get('content-type')).toMatch(/ndjson/);
    expect(jsonl(await res.text())).toHaveLength(total);
    const bad = await app.fetch('http://test/export/events.csv?from=yesterday');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/from/);
  });

  it('is linked from the dashboard\'s events table', async () => {
    const html = await (await app.fetch('http://test/dashboard')).text();
    expect(html).toContain('id="events-csv"');
    const js = await (await app.fetch('http://test/dashboard/app.js')).text();
    expect(js).toContain('/export/events.csv?');
  });
});
