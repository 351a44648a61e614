import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../../../src/app.js';
import type { Db } from '../../../src/graph/db.js';
import { parseArticle } from '../../../src/ingest/index.js';
import { createLogger } from '../../../src/logger.js';
import { ingestArticle } from '../../../src/use-cases/ingest-article.js';
import { listen, type Listening } from '../helpers.js';

// The real app over real HTTP on the seed graph: what the browser test opens.

export const SEED_DIR = path.resolve('seeds');

/** Ingests every seed article through the real use case; returns how many were read. */
export async function ingestSeeds(db: Db, dir = SEED_DIR): Promise<number> {
  const files = readdirSync(dir).filter((f) => !f.startsWith('.')).sort();
  for (const f of files) await ingestArticle(db, parseArticle(f, readFileSync(path.join(dir, f))));
  return files.length;
}

export type Served = Listening;

/** The real app, listening on 127.0.0.1 on a free port. */
export function serveApp(db: Db): Promise<Served> {
  return listen(createApp({ db, logger: createLogger('silent') }));
}
