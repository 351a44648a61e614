import { createWriteStream } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { openGraph, type Graph } from '../graph/connect.js';
import { ExportWhereError, exportWhere, writeEventsExport, type ExportFormat } from '../use-cases/export-events.js';
import { config, fail } from './common.js';

// `diplograph export events [--where JSON] [--country ...] [--from ...] --format csv|jsonl [--out FILE]`:
// every event the filter selects, one row each, streamed to stdout or a file.

function whereJson(v: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(v);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // the message below says what is expected
  }
  throw new InvalidArgumentError('a JSON object, e.g. \'{"countries":["RUS","CHN"],"from":"2022-01-01","quadClass":4}\'');
}

const collect = (v: string, all: string[] = []) => [...all, ...v.split(',').map((s) => s.trim()).filter(Boolean)];

function eventsCommand(): Command {
  return new Command('events')
    .description('every event (or those the filter selects) with its date, CAMEO code, actors, place, reports and first source; GDELT-like CSV columns')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'jsonl']).default('csv'))
    .option('-w, --where <json>', 'filter as JSON: countries, dyad, person (key), code, root, quadClass, goldsteinMin, goldsteinMax, from, to, text', whereJson)
    .option('--country <codes>', 'ISO-3 codes (comma-separated or repeated): events with any of them as an actor', collect)
    .option('--from <date>', 'event date on or after (YYYY-MM-DD)')
    .option('--to <date>', 'event date on or before (YYYY-MM-DD)')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .action(async (opts: { format: ExportFormat; where?: Record<string, unknown>; country?: string[]; from?: string; to?: string; out?: string }) => {
      let graph: Graph | undefined;
      try {
        const raw = { ...opts.where, ...(opts.country ? { countries: opts.country } : {}), ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) };
        const where = exportWhere(raw);
        graph = await openGraph(config(), { onProgress: (m) => process.stderr.write(`${m}\n`) });
        const out = opts.out ? createWriteStream(opts.out) : process.stdout;
        const report = await writeEventsExport(graph.db, where, opts.format, out, { end: Boolean(opts.out) });
        process.stderr.write(`${report.rows} events exported in ${(report.ms / 1000).toFixed(1)} s${opts.out ? ` to ${opts.out}` : ''}\n`);
        await graph.close();
      } catch (e) {
        await graph?.close().catch(() => {});
        if (e instanceof ExportWhereError) {
          process.stderr.write(`diplograph: ${e.message}\n`);
          process.exit(2);
        }
        if ((e as { code?: string }).code === 'EPIPE') process.exit(0);
        fail(e);
      }
    });
}

export function exportCommand(): Command {
  return new Command('export').description('export from the graph').addCommand(eventsCommand());
}
