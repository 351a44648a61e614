import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { GdeltFileError, parseEventLine, parseMentionLine, readLines, readRows } from '../../../src/gdelt/index.js';
import { sampleLines, samplePath } from './sample.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gdelt-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function zipOf(file: string, entries: Record<string, string>): Promise<string> {
  const zip = new ZipFile();
  for (const [name, text] of Object.entries(entries)) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => {
      writeFileSync(file, Buffer.concat(chunks));
      resolve(file);
    });
    zip.outputStream.on('error', reject);
  });
}

async function all(file: string): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readLines(file)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('streams a plain file', async () => {
    expect((await all(samplePath('events.csv'))).filter(Boolean)).toEqual(sampleLines('events.csv'));
  });

  it('streams every file inside a zip, whatever the zip is called', async () => {
    const text = readFileSync(samplePath('events.csv'), 'utf8');
    const file = await zipOf(path.join(dir, '20150218230000.export.CSV'), { '20150218230000.export.CSV': text });
    expect((await all(file)).filter(Boolean)).toEqual(sampleLines('events.csv'));
  });

  it('fails with GdeltFileError for a missing file or a broken zip', async () => {
    await expect(all(path.join(dir, 'nope.csv'))).rejects.toBeInstanceOf(GdeltFileError);
    const broken = path.join(dir, 'broken.zip');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]));
    await expect(all(broken)).rejects.toThrow(/cannot read .*broken\.zip/);
  });
});

describe('readRows', () => {
  it('batches valid rows and counts malformed ones with their first reasons', async () => {
    const good = sampleLines('events.csv');
    const bad = ['not\ta\trow', good[0]!.replace(/\t20140218\t/, '\t2014-02-18\t')];
    const file = path.join(dir, 'mixed.csv');
    writeFileSync(file, [...good.slice(0, 30), ...bad, '', ...good.slice(30)].join('\n'));
    const batches = [];
    for await (const b of readRows(file, parseEventLine, { batchSize: 40, keepReasons: 1 })) batches.push(b);
    expect(batches.map((b) => b.rows.length)).toEqual([40, 40, 20]);
    expect(batches.at(-1)!.tally).toEqual({
      lines: 102, valid: 100, skipped: 2, reasons: ['line 31: expected 61 tab-separated columns, got 3'],
    });
  });
});

describe('parseMentionLine on the real sample', () => {
  it('accepts all 100 rows and scales confidence to 0..1', () => {
    const rows = sampleLines('mentions.csv').map(parseMentionLine);
    expect(rows.every((r) => r.ok)).toBe(true);
    expect(rows[0]).toEqual({
      ok: true,
      row: {
        gdeltId: 410412347, mentionedAt: '2015-02-18T23:00:00Z', type: 1, sourceName: 'dailymaverick.co.za',
        identifier: expect.stringContaining('dailymaverick.co.za/article/2015-02-19-sona2015'), confidence: 0.5,
      },
    });
  });

  it('refuses wrong column counts and bad fields', () => {
    const line = sampleLines('mentions.csv')[0]!;
    const cells = line.split('\t');
    const swap = (i: number, v: string) => cells.map((c, k) => (k === i ? v : c)).join('\t');
    expect(parseMentionLine(cells.slice(0, 15).join('\t'))).toEqual({ ok: false, reason: 'expected 16 tab-separated columns, got 15' });
    expect(parseMentionLine(swap(2, 'yesterday'))).toMatchObject({ ok: false, reason: expect.stringMatching(/MentionTimeDate/) });
    expect(parseMentionLine(swap(11, '150'))).toMatchObject({ ok: false, reason: 'Confidence "150" is not 0..100' });
    expect(parseMentionLine(swap(5, ' '))).toMatchObject({ ok: false, reason: 'MentionIdentifier is empty' });
  });
});
