import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The real GDELT sample lives beside the repository (../shared/reference/gdelt), never inside it:
// CI clones the repo next to a copy of shared/.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SAMPLE_DIR = path.resolve(repoRoot, '../shared/reference/gdelt');

export function samplePath(name: 'events.csv' | 'mentions.csv' | 'columns_gdelt2_events_61.txt'): string {
  const file = path.join(SAMPLE_DIR, name);
  if (!existsSync(file)) {
    throw new Error(`GDELT sample missing: ${file} (the tests expect shared/reference/gdelt beside the repository)`);
  }
  return file;
}

export function sampleLines(name: 'events.csv' | 'mentions.csv'): string[] {
  return readFileSync(samplePath(name), 'utf8').split('\n').filter((l) => l.trim() !== '');
}
