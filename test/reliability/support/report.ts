import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pino, type Logger } from 'pino';

// What each case measured, as one JSON line per case in .data/reliability/results.jsonl
// (git-ignored) and on the console: the README's Reliability table is filled from these lines.

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FILE = process.env.RELIABILITY_RESULTS ?? path.join(ROOT, '.data', 'reliability', 'results.jsonl');

export function record(name: string, measured: Record<string, unknown>): void {
  const line = JSON.stringify({ case: name, at: new Date().toISOString(), ...measured });
  mkdirSync(path.dirname(FILE), { recursive: true });
  appendFileSync(FILE, `${line}\n`);
  console.log(`[reliability] ${line}`);
}

/** A pino logger (the app's own type) keeping its JSON lines in memory, to read what it logged. */
export function memoryLogger(level = 'error'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = pino({ level, base: { service: 'diplograph' } }, { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}
