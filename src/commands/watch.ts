import { Command, InvalidArgumentError } from 'commander';
import { fetchLimits } from '../config.js';
import { openGraph, type Graph } from '../graph/connect.js';
import { formatPoll, watchFeeds } from '../use-cases/watch-feeds.js';
import { config, fail } from './common.js';

// `diplograph watch <feed-url...> [--interval 15m]`: follows RSS, Atom and JSON feeds, ingesting
// each new item once; a line per poll on stdout; Ctrl-C or SIGTERM stops it cleanly (the item
// being written is finished, the graph closed).

/** "90s", "15m", "2h", or a number of minutes. */
export function parseInterval(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h)?\s*$/i.exec(v);
  if (!m) throw new InvalidArgumentError('an interval like 30s, 15m or 1h');
  const unit = (m[2] ?? 'm').toLowerCase();
  const ms = Number(m[1]) * (unit.startsWith('s') ? 1000 : unit === 'h' ? 3_600_000 : 60_000);
  if (ms < 10_000 || ms > 7 * 24 * 3_600_000) throw new InvalidArgumentError('between 10s and 168h');
  return ms;
}

function feedUrl(v: string, previous: string[] = []): string[] {
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new InvalidArgumentError(`not a url: ${v}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InvalidArgumentError(`only http(s) feeds: ${v}`);
  return [...previous, u.href];
}

function itemCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('1..1000');
  return n;
}

export function watchCommand(): Command {
  return new Command('watch')
    .description('follow RSS, Atom and JSON feeds: ingest each new item\'s page once, poll again every interval')
    .argument('<feed-urls...>', 'feed urls (http or https)')
    .option('-i, --interval <time>', 'time between two polls of a feed: 30s, 15m, 1h', parseInterval, 15 * 60_000)
    .option('--once', 'poll each feed once, then exit')
    .option('--max-items <n>', 'items fetched per poll at most (the rest wait for the next poll)', itemCount, 50)
    .action(async (urls: string[], opts: { interval: number; once?: boolean; maxItems: number }) => {
      let graph: Graph | undefined;
      const feeds = urls.reduce<string[]>((all, u) => feedUrl(u, all), []);
      const stop = new AbortController();
      let signals = 0;
      const onSignal = (signal: NodeJS.Signals) => {
        signals += 1;
        if (signals > 1) process.exit(130);
        process.stderr.write(`${signal}: stopping after the current step (again to quit at once)\n`);
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        const cfg = config();
        graph = await openGraph(cfg, { onProgress: (m) => process.stderr.write(`${m}\n`) });
        process.stderr.write(`watching ${feeds.length} feed(s), every ${Math.round(opts.interval / 1000)} s; Ctrl-C stops\n`);
        let failedLast = 0;
        await watchFeeds(graph.db, feeds, {
          intervalMs: opts.interval,
          limits: fetchLimits(cfg),
          maxItemsPerPoll: opts.maxItems,
          signal: stop.signal,
          rounds: opts.once ? 1 : undefined,
          onPoll: (r) => {
            if (r.status === 'failed') failedLast += 1;
            process.stdout.write(`${formatPoll(r)}\n`);
          },
        });
        await graph.close();
        process.stderr.write('stopped\n');
        process.exitCode = opts.once && failedLast > 0 ? 1 : 0;
      } catch (e) {
        await graph?.close().catch(() => {});
        fail(e);
      }
    });
}
