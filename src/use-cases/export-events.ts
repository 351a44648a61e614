import { PassThrough, Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { z } from 'zod';
import type { Db } from '../graph/db.js';
import type { EventWhere } from '../graph/read/event-filter.js';
import { exportEvents, type ExportActor, type ExportEvent } from '../graph/read/export.js';
import { luceneQuery } from '../graph/read/lucene.js';

// Events out, for a spreadsheet or a notebook: one row per event, streamed from the graph a page
// at a time (graph/read/export.ts) to the writer, so memory stays flat whatever the size.
// CSV columns follow GDELT 2.0's event table names where the meaning is the same (a GDELT tool
// finds SQLDATE, EventCode, QuadClass, GoldsteinScale, NumArticles, SOURCEURL...), then columns of
// Diplograph's own; JSON lines give each event as an object with its actors listed.

export type ExportFormat = 'csv' | 'jsonl';

/** The filter as a command line or a query string gives it; checked, then turned into EventWhere. */
export const ExportWhereSchema = z
  .object({
    countries: z.array(z.string().regex(/^[A-Za-z]{3}$/, 'an ISO-3 country code')).max(50).optional(),
    dyad: z.array(z.string().regex(/^[A-Za-z]{3}$/, 'an ISO-3 country code')).length(2).optional(),
    person: z.string().min(1).max(300).optional(),
    code: z.string().regex(/^\d{2,4}$/, 'a CAMEO code (2-4 digits)').optional(),
    root: z.string().regex(/^\d{2}$/, 'a CAMEO root (2 digits)').optional(),
    quadClass: z.coerce.number().int().min(1).max(4).optional(),
    goldsteinMin: z.coerce.number().min(-10).max(10).optional(),
    goldsteinMax: z.coerce.number().min(-10).max(10).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    text: z.string().min(1).max(500).optional(),
  })
  .strict();

export type ExportWhere = z.infer<typeof ExportWhereSchema>;

export class ExportWhereError extends Error {
  override readonly name = 'ExportWhereError';
  readonly code = 'BAD_USER_INPUT';
}

/** A checked EventWhere from loose input (JSON, query parameters); throws ExportWhereError. */
export function exportWhere(input: unknown): EventWhere {
  const r = ExportWhereSchema.safeParse(input ?? {});
  if (!r.success) {
    throw new ExportWhereError(`bad filter: ${r.error.issues.map((i) => `${i.path.join('.') || 'where'}: ${i.message}`).join('; ')}`);
  }
  const w = r.data;
  let text: string | null = null;
  if (w.text !== undefined) {
    text = luceneQuery(w.text);
    if (!text) throw new ExportWhereError('bad filter: text holds no word to search for');
  }
  return {
    countries: w.countries?.map((c) => c.toUpperCase()) ?? null,
    dyad: w.dyad?.map((c) => c.toUpperCase()) ?? null,
    person: w.person ?? null,
    code: w.code ?? null,
    root: w.root ?? null,
    quadClass: w.quadClass ?? null,
    goldsteinMin: w.goldsteinMin ?? null,
    goldsteinMax: w.goldsteinMax ?? null,
    from: w.from ?? null,
    to: w.to ?? null,
    text,
  };
}

/** The filter from URL query parameters: lists comma-separated (countries=RUS,CHN). */
export function exportWhereFromQuery(params: URLSearchParams): EventWhere {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of params) {
    if (key === 'format') continue;
    raw[key] = key === 'countries' || key === 'dyad' ? value.split(',').map((v) => v.trim()).filter(Boolean) : value;
  }
  return exportWhere(raw);
}

export const CSV_COLUMNS = [
  // GDELT 2.0 event table names
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode',
  'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles',
  'ActionGeo_FullName', 'ActionGeo_CountryCode',
  'DATEADDED', 'SOURCEURL',
  // Diplograph's own
  'EventName', 'Actor1Countries', 'Actor2Countries', 'DateIsEventDate', 'SourceName', 'EvidenceSentence', 'Confidence', 'Origin',
] as const;

// A spreadsheet runs a cell starting with = + - @ as a formula: text from news pages is not
// allowed to (OWASP's CSV injection advice: a leading apostrophe).
const safe = (v: string | null | undefined): string => {
  if (!v) return '';
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
};

const names = (side: ExportActor[]) => side.map((a) => a.name).join('; ');
const countries = (side: ExportActor[]) => [...new Set(side.flatMap((a) => (a.country ? [a.country] : [])))].join(';');

function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const doy = (Date.UTC(y, m - 1, d) - start) / 86_400_000;
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  return (y + doy / days).toFixed(4);
}

const compactStamp = (iso: string | null): string => (iso ? iso.replace(/[-:T]/g, '').slice(0, 14) : '');

export function csvRow(e: ExportEvent): string[] {
  const day = e.date;
  const a1 = e.source[0];
  const a2 = e.target[0];
  return [
    e.id,
    day ? day.replaceAll('-', '') : '',
    day ? day.slice(0, 7).replace('-', '') : '',
    day ? day.slice(0, 4) : '',
    day ? fractionDate(day) : '',
    a1?.country ?? '', safe(names(e.source)), a1?.country ?? '',
    a2?.country ?? '', safe(names(e.target)), a2?.country ?? '',
    e.code, e.code.slice(0, 3), e.root, String(e.quadClass), String(e.goldstein),
    String(e.reportCount), String(e.sourceCount), String(e.reportCount),
    safe(e.location?.name), e.location?.country ?? '',
    compactStamp(e.addedAt), safe(e.firstUrl),
    safe(e.name), countries(e.source), countries(e.target), e.dated ? '1' : '0', safe(e.firstSource), safe(e.evidence),
    e.confidence === null ? '' : String(e.confidence), e.origin ?? '',
  ];
}

export interface ExportReport {
  rows: number;
  ms: number;
}

/**
 * Writes the events `where` selects to `out` as CSV (with a header line) or JSON lines, waiting on
 * the writer (back-pressure) so the graph is read no faster than the rows are taken. Ends `out`
 * unless `end` is false.
 */
export async function writeEventsExport(
  db: Db,
  where: EventWhere,
  format: ExportFormat,
  out: Writable,
  opts: { pageSize?: number; end?: boolean; signal?: AbortSignal } = {},
): Promise<ExportReport> {
  const t0 = Date.now();
  let rows = 0;
  const events = exportEvents(db, where, opts.pageSize);
  async function* counted() {
    for await (const e of events) {
      rows += 1;
      yield e;
    }
  }
  const source = Readable.from(counted());
  const pipeOpts = { end: opts.end ?? true, signal: opts.signal };
  if (format === 'csv') {
    const csv = stringify({ header: true, columns: [...CSV_COLUMNS], eof: true });
    await pipeline(source, async function* (rowsIn: AsyncIterable<ExportEvent>) {
      for await (const e of rowsIn) yield csvRow(e);
    }, csv, out, pipeOpts);
  } else {
    await pipeline(source, async function* (rowsIn: AsyncIterable<ExportEvent>) {
      for await (const e of rowsIn) yield `${JSON.stringify(e)}\n`;
    }, out, pipeOpts);
  }
  return { rows, ms: Date.now() - t0 };
}

/** The same rows as a web stream of bytes, for an HTTP response. */
export function eventsExportStream(db: Db, where: EventWhere, format: ExportFormat, onDone?: (r: ExportReport | Error) => void): ReadableStream<Uint8Array> {
  const pass = new PassThrough();
  writeEventsExport(db, where, format, pass).then((r) => onDone?.(r), (e: Error) => {
    pass.destroy(e);
    onDone?.(e);
  });
  return Readable.toWeb(pass) as unknown as ReadableStream<Uint8Array>;
}
