import { Command, InvalidArgumentError } from 'commander';
import { SingleBar } from 'cli-progress';
import { openGraph } from '../graph/connect.js';
import { formatReport, ingestFiles, type IngestProgress } from '../use-cases/ingest-files.js';
import { fetchLimits } from '../config.js';
import { config, fail } from './common.js';

// `diplograph ingest <files|folders|globs...>`: a progress bar with rate and ETA on a terminal,
// one line per article otherwise (logs, CI); a summary at the end; exit 1 if any article failed.

function positive(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('1..64');
  return n;
}

function progressReporter(): { update(p: IngestProgress): void; stop(): void } {
  if (!process.stderr.isTTY) {
    return {
      update: (p) => process.stderr.write(`[${p.done}/${p.total}] ${p.ok ? 'ok    ' : 'FAILED'} ${p.where}\n`),
      stop: () => {},
    };
  }
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'ingest [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted} | {failed} failed',
    hideCursor: true,
  });
  const t0 = Date.now();
  let failed = 0;
  let started = false;
  return {
    update(p) {
      if (!started) bar.start(p.total, 0, { rate: '0.0', failed });
      started = true;
      if (!p.ok) failed += 1;
      bar.update(p.done, { rate: (p.done / Math.max((Date.now() - t0) / 1000, 0.001)).toFixed(1), failed });
    },
    stop: () => started && bar.stop(),
  };
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('ingest articles (.txt, .md with front matter, .json, .jsonl, .html pages) from files, folders, globs or web page urls')
    .argument('<paths...>', 'files, folders (searched recursively), quoted globs, or http(s) urls of web pages')
    .option('-c, --concurrency <n>', 'batches written at once', positive, 1)
    .option('-b, --batch-size <n>', 'articles per write transaction (1: each article alone)', positive, 10)
    .action(async (paths: string[], opts: { concurrency: number; batchSize: number }) => {
      try {
        const cfg = config();
        const graph = await openGraph(cfg, { onProgress: (m) => process.stderr.write(`${m}\n`) });
        const progress = progressReporter();
        const t0 = Date.now();
        try {
          const report = await ingestFiles(graph.db, paths, {
            concurrency: opts.concurrency, batchSize: opts.batchSize, onProgress: (p) => progress.update(p), fetch: { limits: fetchLimits(cfg) },
          });
          progress.stop();
          process.stdout.write(formatReport(report, (Date.now() - t0) / 1000));
          process.exitCode = report.failures.length > 0 ? 1 : 0;
        } finally {
          progress.stop();
          await graph.close();
        }
      } catch (e) {
        fail(e);
      }
    });
}
