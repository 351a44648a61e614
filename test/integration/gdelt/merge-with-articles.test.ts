import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import type { Db } from '../../../src/graph/db.js';
import { importGdelt } from '../../../src/use-cases/import-gdelt.js';
import { ingestArticle } from '../../../src/use-cases/ingest-article.js';
import { sampleLines } from '../../unit/gdelt/sample.js';
import { count, resetGraph, testDb } from '../helpers.js';

// GDELT rows meet events already in the graph from article ingestion, and files that are
// zipped, partly malformed or unreadable.

let db: Db;
const dir = mkdtempSync(path.join(tmpdir(), 'gdelt-int-'));
const lines = sampleLines('events.csv');
const row = (id: number) => lines.find((l) => l.startsWith(`${id}\t`))!;

function zip(file: string, name: string, text: string): Promise<string> {
  const z = new ZipFile();
  z.addBuffer(Buffer.from(text), name);
  z.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve((writeFileSync(file, Buffer.concat(chunks)), file)));
  });
}

beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GDELT rows and article events', () => {
  it('a row describing an ingested article event joins that Event instead of duplicating it', async () => {
    const url = 'https://example.com/australia-visits-new-zealand';
    const ingested = await ingestArticle(db, {
      title: 'Australia visits New Zealand', publishedAt: '2014-02-19', url,
      body: 'Australia visited New Zealand on Wednesday.',
    });
    expect(ingested.eventIds).toHaveLength(1);
    const articleEvent = ingested.eventIds[0]!;
    // 410412354: AUS -> NZL, "make a visit", 2014-02-18 (a day earlier), in New Zealand;
    // 410412353: the same, but in Great Southern, Australia: another place, another event
    const file = path.join(dir, 'two.csv');
    writeFileSync(file, `${row(410412354)}\n${row(410412353)}\n`);
    const report = await importGdelt(db, { events: [file] });
    expect(report.files[0]).toMatchObject({ valid: 2, created: 1, merged: 1 });

    const [e] = await db.read({
      name: 'test.mergedEvent',
      cypher: `MATCH (e:Event {id: $id}) RETURN e.origin AS origin, e.gdeltIds AS gdeltIds, e.reportCount AS reports,
               toString(e.date) AS date, [(e)-[:REPORTED_IN]->(a) | a.origin] AS articleOrigins`,
      params: { id: articleEvent },
    });
    expect(e).toMatchObject({ origin: 'article', gdeltIds: [410412354], reports: 2, date: '2014-02-19' });
    expect([...(e!.articleOrigins as string[])].sort()).toEqual(['article', 'gdelt']);
    expect(await count(db, 'MATCH (e:Event) WHERE e.signature = $s RETURN count(e) AS n', {
      s: '04|Country:AUS|Country:NZL',
    })).toBe(2);
    // the article itself is untouched by its GDELT stub neighbour
    expect(await count(db, `MATCH (a:Article {id: $url}) WHERE a.origin = 'article' RETURN count(a) AS n`, { url })).toBe(1);
  }, 300_000);

  it('imports a zipped export, skips malformed rows, and reports an unreadable file without stopping', async () => {
    const good = lines.slice(0, 10);
    const text = [...good.slice(0, 5), 'garbage', good[5]!.replace(/\t20140218\t/, '\t20141318\t'), ...good.slice(5)].join('\n');
    const zipped = await zip(path.join(dir, 'export.CSV.zip'), 'export.CSV', text);
    const report = await importGdelt(db, { events: [path.join(dir, 'missing.csv'), zipped] });
    expect(report.unreadable).toEqual([path.join(dir, 'missing.csv')]);
    expect(report.files[0]!.error).toMatch(/cannot read .*missing\.csv/);
    expect(report.files[1]).toMatchObject({ lines: 12, valid: 10, skipped: 2, error: null });
    expect(report.files[1]!.reasons).toEqual([
      'line 6: expected 61 tab-separated columns, got 1',
      'line 7: SQLDATE "20141318" is not a date (YYYYMMDD)',
    ]);
    const ids = good.map((l) => Number(l.split('\t')[0]));
    expect(await count(db, 'MATCH (e:Event) UNWIND e.gdeltIds AS g WITH g WHERE g IN $ids RETURN count(DISTINCT g) AS n', { ids })).toBe(10);
  });
});
