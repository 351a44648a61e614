import { existsSync } from 'node:fs';
import type { Db } from '../graph/db.js';
import type { Logger } from '../logger.js';
import { ingestFiles, type IngestReport } from './ingest-files.js';

// Seeds loaded at start-up (`npm start`): idempotent, so a restart writes nothing new. A bad
// seed is logged, not fatal: the service still starts with the others.

export async function loadSeeds(db: Db, dir: string, logger: Logger): Promise<IngestReport | null> {
  if (!existsSync(dir)) {
    logger.warn({ dir }, 'seed folder not found; starting without seeds');
    return null;
  }
  const t0 = Date.now();
  const report = await ingestFiles(db, [dir]);
  for (const w of report.warnings) logger.warn({ dir }, w);
  for (const f of report.failures) logger.warn({ where: f.where, code: f.code, reason: f.reason }, 'seed not loaded');
  logger.info({ dir, ...report.articles, failed: report.failures.length, ms: Date.now() - t0 }, 'seeds loaded');
  return report;
}
