import type { Parsed } from './parse-event.js';
import { readLines } from './read-lines.js';

// Parsed rows in batches, the malformed ones counted and the first few reasons kept, so one bad
// line never stops an import of millions.

export interface RowTally {
  /** Non-blank lines read. */
  lines: number;
  valid: number;
  skipped: number;
  /** The first `keepReasons` refusals, as "line N: reason". */
  reasons: string[];
}

export interface RowBatch<T> {
  rows: T[];
  /** The counts so far, this batch included. */
  tally: Readonly<RowTally>;
}

export function emptyTally(): RowTally {
  return { lines: 0, valid: 0, skipped: 0, reasons: [] };
}

export async function* readRows<T>(
  file: string,
  parse: (line: string) => Parsed<T>,
  opts: { batchSize: number; keepReasons?: number },
): AsyncGenerator<RowBatch<T>> {
  const keep = opts.keepReasons ?? 5;
  const tally = emptyTally();
  let rows: T[] = [];
  let lineNo = 0;
  for await (const line of readLines(file)) {
    lineNo += 1;
    if (line.trim() === '') continue;
    tally.lines += 1;
    const parsed = parse(line);
    if (parsed.ok) {
      tally.valid += 1;
      rows.push(parsed.row);
    } else {
      tally.skipped += 1;
      if (tally.reasons.length < keep) tally.reasons.push(`line ${lineNo}: ${parsed.reason}`);
    }
    if (rows.length >= opts.batchSize) {
      yield { rows, tally: { ...tally, reasons: [...tally.reasons] } };
      rows = [];
    }
  }
  yield { rows, tally: { ...tally, reasons: [...tally.reasons] } };
}
