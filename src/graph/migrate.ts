import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';

// Applies schema/constraints.cypher. Every statement there is idempotent (IF NOT EXISTS), so this
// runs at every start-up; it then waits for the indexes to come online before the app uses them.

const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/constraints.cypher');

export function schemaStatements(source: string = readFileSync(SCHEMA_FILE, 'utf8')): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export async function migrate(db: Db): Promise<{ applied: number }> {
  const statements = schemaStatements();
  for (const [i, cypher] of statements.entries()) {
    // Schema commands cannot share a transaction with other statements: one each.
    await db.write({ name: `migrate#${i + 1}`, cypher });
  }
  await db.write({ name: 'awaitIndexes', cypher: 'CALL db.awaitIndexes(300)' });
  return { applied: statements.length };
}
