import { GdeltFileError, parseEventLine, parseMentionLine, readAhead, readRows, type RowTally } from '../gdelt/index.js';
import { mentionStub, planBatch } from '../gdelt/plan.js';
import type { Db } from '../graph/db.js';
import { awaitSearchRefresh } from '../graph/search-refresh.js';
import { writeEventBatch, writeMentionBatch } from '../graph/stores/gdelt-store.js';

// GDELT 2.0 exports -> the graph: events files first (each row an Event, its actors, place and
// source article), then mentions files (more articles reporting those events). Files stream in
// batches, one transaction each; malformed rows are skipped and counted; only a file that cannot
// be read at all is an error, and it does not stop the other files.

export interface GdeltFileReport extends RowTally {
  file: string;
  table: 'events' | 'mentions';
  /** Why the file could not be read (or stopped being readable), else null. */
  error: string | null;
  /** events: new Events / rows that joined an existing Event. */
  created: number;
  merged: number;
  /** mentions: linked to an event / naming an event the graph does not have. */
  linked: number;
  unknownEvent: number;
}

export interface ImportGdeltOptions {
  events: readonly string[];
  mentions?: readonly string[];
  /** Rows per transaction (default 1000). */
  batchSize?: number;
  /** Called after every batch with the file's counts so far. */
  onProgress?: (report: Readonly<GdeltFileReport>) => void;
}

export interface ImportGdeltReport {
  files: GdeltFileReport[];
  /** Files that could not be read (the command exits non-zero when there is any). */
  unreadable: string[];
}

function fileReport(file: string, table: GdeltFileReport['table']): GdeltFileReport {
  return { file, table, lines: 0, valid: 0, skipped: 0, reasons: [], error: null, created: 0, merged: 0, linked: 0, unknownEvent: 0 };
}

async function eachFile(
  files: readonly string[],
  table: GdeltFileReport['table'],
  report: ImportGdeltReport,
  work: (file: string, out: GdeltFileReport) => Promise<void>,
): Promise<void> {
  for (const file of files) {
    const out = fileReport(file, table);
    report.files.push(out);
    try {
      await work(file, out);
    } catch (e) {
      if (!(e instanceof GdeltFileError)) throw e;
      out.error = e.message;
      report.unreadable.push(file);
    }
  }
}

export async function importGdelt(db: Db, opts: ImportGdeltOptions): Promise<ImportGdeltReport> {
  const batchSize = opts.batchSize ?? 1000;
  const report: ImportGdeltReport = { files: [], unreadable: [] };
  const eventIds = new Map<number, string>();

  await eachFile(opts.events, 'events', report, async (file, out) => {
    for await (const batch of readAhead(readRows(file, parseEventLine, { batchSize }))) {
      const res = await writeEventBatch(db, planBatch(batch.rows));
      for (const [g, id] of res.eventIds) eventIds.set(g, id);
      Object.assign(out, batch.tally);
      out.created += res.created;
      out.merged += res.merged;
      opts.onProgress?.(out);
    }
  });

  await eachFile(opts.mentions ?? [], 'mentions', report, async (file, out) => {
    for await (const batch of readAhead(readRows(file, parseMentionLine, { batchSize }))) {
      const mentions = batch.rows.map((m) => ({ gdeltId: m.gdeltId, article: mentionStub(m), confidence: m.confidence }));
      const res = await writeMentionBatch(db, mentions, eventIds);
      Object.assign(out, batch.tally);
      out.linked += res.linked;
      out.unknownEvent += res.unknownEvent;
      opts.onProgress?.(out);
    }
  });
  // New Article stubs and actor names become searchable before the command reports done.
  await awaitSearchRefresh(db);
  return report;
}
