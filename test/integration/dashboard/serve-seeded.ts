import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp } from '../../../src/app.js';
import type { Db } from '../../../src/graph/db.js';
import { parseArticle } from '../../../src/ingest/index.js';
import { createLogger } from '../../../src/logger.js';
import { ingestArticle } from '../../../src/use-cases/ingest-article.js';

// The real app over real HTTP on the seed graph: what the browser test opens.

export const SEED_DIR = path.resolve('seeds');

/** Ingests every seed article through the real use case; returns how many were read. */
export async function ingestSeeds(db: Db, dir = SEED_DIR): Promise<number> {
  const files = readdirSync(dir).filter((f) => !f.startsWith('.')).sort();
  for (const f of files) await ingestArticle(db, parseArticle(f, readFileSync(path.join(dir, f))));
  return files.length;
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1, on a free port. */
export async function serveApp(db: Db): Promise<Served> {
  const app = createApp({ db, logger: createLogger('silent') });
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
