import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { schema } from './schema/index.js';

// graphql 16 ships CJS (main) and ESM (module) files without an exports map: Node gives Pothos the
// CJS one while bundlers (vitest) give our sources the ESM one. The printer must come from the
// same copy as the schema's types, so it is required the way Node resolves it for Pothos.
const { lexicographicSortSchema, printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

// `npm run schema:print` writes schema/schema.graphql; `npm run schema:check` fails when the
// committed file differs from the schema the code builds.

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

function main(argv: string[]): number {
  const printed = printedSchema();
  if (argv.includes('--write')) {
    writeFileSync(SCHEMA_FILE, printed);
    process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
    return 0;
  }
  if (argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // a missing file is stale too
    }
    if (committed === printed) return 0;
    process.stderr.write('schema/schema.graphql is stale: run `npm run schema:print` and commit it\n');
    return 1;
  }
  process.stdout.write(printed);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
