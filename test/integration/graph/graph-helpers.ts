import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../../src/graph/db.js';
import { parseArticle } from '../../../src/ingest/index.js';
import type { ArticleInput } from '../../../src/ingest/types.js';

// Fixtures and graph-wide counts shared by the ingestion tests.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function fixture(name: string): ArticleInput {
  const file = name.startsWith('seeds/') ? path.join(ROOT, name) : path.join(ROOT, 'test/fixtures/graph', name);
  return parseArticle(file, readFileSync(file));
}

/** Every label and relationship type with its count (ingest locks aside: bookkeeping, not graph). */
export async function graphShape(db: Db): Promise<Record<string, number>> {
  const nodes = await db.read({
    name: 'test.labelCounts',
    cypher: "MATCH (n) WHERE NOT n:IngestLock UNWIND labels(n) AS label RETURN label AS k, count(*) AS n",
  });
  const rels = await db.read({
    name: 'test.typeCounts',
    cypher: 'MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n',
  });
  return Object.fromEntries([...nodes, ...rels].map((r) => [String(r.k), Number(r.n)]).sort());
}

export async function values(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<unknown[]> {
  const rows = await db.read({ name: 'test.values', cypher, params });
  return rows.map((r) => r.v);
}
