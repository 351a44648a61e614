import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../graph/db.js';
import { markItems, readFeedState, saveFeedState, seenVersions, type HandledItem } from '../graph/stores/feed-store.js';
import { decodeHtml, InvalidArticleError } from '../ingest/index.js';
import { parseFeedEntries, type FeedEntry } from '../web/feed.js';
import { FetchError, fetchResource, type FetchLimits } from '../web/fetch.js';
import { ingestArticle } from './ingest-article.js';
import { fetchArticle } from './ingest-url.js';

// Following feeds (`diplograph watch`): each feed polled every `intervalMs` with a conditional
// GET; the items it lists that were never handled (or whose date changed: an update) are fetched
// and ingested once, their urls kept in the graph (feed-store) so a restart does not ingest them
// again. Requests to one host are spaced out; a feed that fails is retried with growing back-off
// while the others go on; each poll reports one line; an abort signal stops it between steps.

export interface WatchOptions {
  intervalMs: number;
  limits?: Partial<FetchLimits>;
  /** Least time between two requests to the same host (default 1 s). */
  hostIntervalMs?: number;
  /** Wait after a failed poll (default 30 s), doubled at each failure in a row up to maxBackoffMs (default 1 h). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Items fetched per poll at most (default 50); the rest wait for the next poll. */
  maxItemsPerPoll?: number;
  signal?: AbortSignal;
  onPoll?: (report: PollReport) => void;
  /** Stop once every feed was polled this many times (default: never; for tests and one-shot runs). */
  rounds?: number;
}

export interface ItemFailure { url: string; code: string; reason: string; retried: boolean }

export interface PollReport {
  feed: string;
  at: Date;
  ms: number;
  status: 'ok' | 'not-modified' | 'failed';
  /** Items listed; new (never seen), updated (seen, with a new date), repeated (seen, skipped). */
  listed: number;
  new: number;
  updated: number;
  repeated: number;
  /** Outcomes of the items fetched. */
  created: number;
  changed: number;
  unchanged: number;
  failures: ItemFailure[];
  /** New or updated items left for the next poll (maxItemsPerPoll). */
  deferred: number;
  error?: { code: string; message: string };
  /** When the feed is polled next. */
  nextInMs?: number;
}

/** Spaces requests to one host at least `intervalMs` apart. */
export class HostLimiter {
  private readonly last = new Map<string, number>();
  constructor(private readonly intervalMs: number) {}

  async wait(url: string, signal?: AbortSignal): Promise<void> {
    const host = new URL(url).host;
    const due = (this.last.get(host) ?? -Infinity) + this.intervalMs;
    const now = Date.now();
    if (due > now) await sleep(due - now, undefined, { signal });
    this.last.set(host, Date.now());
  }
}

// Failures worth another try at the next poll; the others (no article, not a page, 4xx, refused
// address) mark the item handled.
function transient(e: unknown): boolean {
  if (e instanceof FetchError) return e.code === 'TIMEOUT' || e.code === 'NETWORK' || (e.code === 'HTTP_STATUS' && (e.status ?? 500) >= 500) || e.status === 429;
  return !(e instanceof InvalidArticleError);
}

const codeOf = (e: unknown): string => {
  const c = (e as { code?: unknown }).code;
  return typeof c === 'string' ? c : 'ERROR';
};

interface PollContext {
  limits?: Partial<FetchLimits>;
  limiter: HostLimiter;
  maxItems: number;
  signal?: AbortSignal;
}

/** One poll of one feed. Never throws: a failure is the report's `error`. */
export async function pollFeed(db: Db, feedUrl: string, ctx: PollContext): Promise<PollReport> {
  const at = new Date();
  const report: PollReport = {
    feed: feedUrl, at, ms: 0, status: 'ok', listed: 0, new: 0, updated: 0, repeated: 0,
    created: 0, changed: 0, unchanged: 0, failures: [], deferred: 0,
  };
  try {
    const state = await readFeedState(db, feedUrl);
    await ctx.limiter.wait(feedUrl, ctx.signal);
    const res = await fetchResource(feedUrl, {
      limits: ctx.limits, accept: ['feed'], signal: ctx.signal, etag: state?.etag ?? undefined, lastModified: state?.lastModified ?? undefined,
    });
    if (res.notModified) {
      report.status = 'not-modified';
      return report;
    }
    const feed = parseFeedEntries(decodeHtml(res.body, res.charset), res.url);
    report.listed = feed.entries.length;
    const seen = await seenVersions(db, feed.entries.map((e) => e.url));
    const todo: FeedEntry[] = [];
    for (const e of feed.entries) {
      const version = seen.get(e.url);
      if (version === undefined) report.new += 1;
      else if (e.version !== '' && version !== e.version) report.updated += 1;
      else {
        report.repeated += 1;
        continue;
      }
      todo.push(e);
    }
    report.deferred = Math.max(0, todo.length - ctx.maxItems);
    let complete = report.deferred === 0;
    for (const entry of todo.slice(0, ctx.maxItems)) {
      if (ctx.signal?.aborted) {
        complete = false;
        break;
      }
      let handled: HandledItem;
      try {
        await ctx.limiter.wait(entry.url, ctx.signal);
        const article = await fetchArticle(entry.url, { limits: ctx.limits, signal: ctx.signal });
        // No wait for the search indexes: nobody reads its own write here, and they catch up within seconds.
        const summary = await ingestArticle(db, article, { awaitSearch: false });
        if (summary.status === 'created') report.created += 1;
        else if (summary.status === 'updated') report.changed += 1;
        else report.unchanged += 1;
        handled = { url: entry.url, version: entry.version, status: 'ingested', articleId: summary.articleId };
      } catch (e) {
        if (ctx.signal?.aborted) {
          complete = false;
          break;
        }
        const retried = transient(e);
        report.failures.push({ url: entry.url, code: codeOf(e), reason: e instanceof Error ? e.message : String(e), retried });
        if (retried) {
          complete = false;
          continue;
        }
        handled = { url: entry.url, version: entry.version, status: 'failed', code: codeOf(e) };
      }
      await markItems(db, feedUrl, [handled], new Date());
    }
    // The validators go with a poll whose items were all handled: otherwise the next poll must
    // see the items again (a 304 would hide those still to do).
    await saveFeedState(db, {
      url: feedUrl, title: feed.title, polledAt: at,
      etag: complete ? (res.etag ?? null) : null, lastModified: complete ? (res.lastModified ?? null) : null,
    });
  } catch (e) {
    report.status = 'failed';
    report.error = { code: codeOf(e), message: e instanceof Error ? e.message : String(e) };
  } finally {
    report.ms = Date.now() - at.getTime();
  }
  return report;
}

function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

/** A poll as one line of progress. */
export function formatPoll(r: PollReport): string {
  const head = `${r.at.toISOString()} ${r.feed}`;
  const next = r.nextInMs !== undefined ? `; next in ${duration(r.nextInMs)}` : '';
  if (r.status === 'failed') return `${head}: FAILED [${r.error?.code}] ${r.error?.message}${next}`;
  if (r.status === 'not-modified') return `${head}: not modified (${duration(r.ms)})${next}`;
  const parts = [
    `${r.listed} items: ${r.new} new, ${r.updated} updated, ${r.repeated} seen`,
    `ingested ${r.created} created, ${r.changed} updated, ${r.unchanged} unchanged`,
  ];
  if (r.failures.length) parts.push(`${r.failures.length} failed (${r.failures.map((f) => `${f.code}${f.retried ? ', retried' : ''}`).join('; ')})`);
  if (r.deferred) parts.push(`${r.deferred} left for the next poll`);
  return `${head}: ${parts.join('; ')} (${duration(r.ms)})${next}`;
}

/** The wait before the next poll of a feed that failed `failures` times in a row. */
export function backoff(failures: number, baseMs: number, maxMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, failures - 1), maxMs);
}

/** Polls the feeds until the signal aborts (or `rounds` polls of each). One feed at a time. */
export async function watchFeeds(db: Db, urls: readonly string[], opts: WatchOptions): Promise<void> {
  const limiter = new HostLimiter(opts.hostIntervalMs ?? 1000);
  const feeds = [...new Set(urls)].map((url) => ({ url, nextAt: 0, failures: 0, polls: 0 }));
  const ctx: PollContext = { limits: opts.limits, limiter, maxItems: opts.maxItemsPerPoll ?? 50, signal: opts.signal };
  while (!opts.signal?.aborted && feeds.length > 0) {
    const waiting = opts.rounds ? feeds.filter((f) => f.polls < opts.rounds!) : feeds;
    if (waiting.length === 0) break;
    const feed = waiting.reduce((a, b) => (b.nextAt < a.nextAt ? b : a));
    const wait = feed.nextAt - Date.now();
    if (wait > 0) {
      try {
        await sleep(wait, undefined, { signal: opts.signal });
      } catch {
        break;
      }
    }
    if (opts.signal?.aborted) break;
    const report = await pollFeed(db, feed.url, ctx);
    if (opts.signal?.aborted && report.status === 'failed') break;
    feed.polls += 1;
    feed.failures = report.status === 'failed' ? feed.failures + 1 : 0;
    const delay = feed.failures > 0 ? backoff(feed.failures, opts.backoffMs ?? 30_000, opts.maxBackoffMs ?? 3_600_000) : opts.intervalMs;
    feed.nextAt = Date.now() + delay;
    opts.onPoll?.({ ...report, nextInMs: delay });
  }
}
