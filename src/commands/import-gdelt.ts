import { Command, InvalidArgumentError } from 'commander';
import { openGraph, type Graph } from '../graph/connect.js';
import { importGdelt, type GdeltFileReport } from '../use-cases/import-gdelt.js';
import { config, fail } from './common.js';

// `diplograph import-gdelt <files...> [--mentions FILE...]`: progress on stderr, a summary per
// file on stdout; exit 1 only when a file could not be read at all.

function positive(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 50_000) throw new InvalidArgumentError('a batch size is 1..50000');
  return n;
}

function summary(f: GdeltFileReport): string {
  const counts =
    f.table === 'events'
      ? `${f.valid} rows imported (${f.created} new events, ${f.merged} merged into existing ones)`
      : `${f.linked} mentions linked, ${f.unknownEvent} naming events not in the graph`;
  const lines = [`${f.file}: ${counts}, ${f.skipped} malformed rows skipped`];
  for (const r of f.reasons) lines.push(`  skipped ${r}`);
  if (f.error) lines.push(`  ERROR ${f.error}`);
  return lines.join('\n');
}

export function importGdeltCommand(): Command {
  return new Command('import-gdelt')
    .description('import GDELT 2.0 event exports (61 columns, plain or .zip) and mentions tables into the graph')
    .argument('<files...>', 'GDELT 2.0 events export files (.CSV or .zip)')
    .option('--mentions <files...>', 'GDELT 2.0 mentions tables linking more articles to the events')
    .option('--batch-size <n>', 'rows per transaction', positive, 1000)
    .action(async (files: string[], opts: { mentions?: string[]; batchSize: number }) => {
      let graph: Graph | undefined;
      try {
        graph = await openGraph(config(), { onProgress: (m) => process.stderr.write(`${m}\n`) });
        const t0 = Date.now();
        const report = await importGdelt(graph.db, {
          events: files,
          mentions: opts.mentions ?? [],
          batchSize: opts.batchSize,
          onProgress: (f) => {
            const done = f.table === 'events' ? `${f.created} new events` : `${f.linked} linked`;
            process.stderr.write(`${f.file}: ${f.lines} rows read, ${done}, ${f.skipped} skipped (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
          },
        });
        for (const f of report.files) process.stdout.write(`${summary(f)}\n`);
        await graph.close();
        if (report.unreadable.length > 0) {
          process.stderr.write(`diplograph: could not read ${report.unreadable.join(', ')}\n`);
          process.exit(1);
        }
      } catch (e) {
        await graph?.close();
        fail(e);
      }
    });
}
