// Field checks shared by the row parsers. Each returns the value or throws a RowError whose
// message is the reason reported for the skipped row, naming the column and the bad value.

export class RowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RowError';
  }
}

function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** "20150218" -> "2015-02-18". */
export function day(column: string, value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RowError(`${column} ${shown(value)} is not a date (YYYYMMDD)`);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** "20150218230000" -> "2015-02-18T23:00:00Z" (GDELT times are UTC). */
export function timestamp(column: string, value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  const ok = m && validDay(Number(m[1]), Number(m[2]), Number(m[3])) &&
    Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) < 60;
  if (!ok) throw new RowError(`${column} ${shown(value)} is not a date-time (YYYYMMDDHHMMSS)`);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

export function integer(column: string, value: string, min = 0): number {
  const n = /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new RowError(`${column} ${shown(value)} is not an integer >= ${min}`);
  return n;
}

export function decimal(column: string, value: string, min: number, max: number): number {
  const n = /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new RowError(`${column} ${shown(value)} is not a number in ${min}..${max}`);
  }
  return n;
}

/** Splits a tab-separated line, dropping a Windows line end; checks the column count. */
export function columns(line: string, expected: number): string[] {
  const cells = line.replace(/\r$/, '').split('\t');
  if (cells.length !== expected) throw new RowError(`expected ${expected} tab-separated columns, got ${cells.length}`);
  return cells;
}
