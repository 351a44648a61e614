import type { Db } from '../graph/db.js';
import { awaitSearchRefresh } from '../graph/search-refresh.js';
import { expandPaths, readArticles, type ArticleSource } from './article-sources.js';
import { ExtractPool } from './extract-pool.js';
import { fetchArticle, type UrlOptions } from './ingest-url.js';
import { type FactCounts, type IngestSummary, prepareArticles, writePrepared } from './ingest-article.js';

// Bulk ingestion (the `ingest` command, seed loading): every article of the named files, in
// batches (ingestArticles: one transaction per batch of new articles, each article alone if the
// batch fails), one batch at a time unless asked for more. A bad file or a failed article is
// recorded and skipped; the others still go in.

export interface IngestFailure { where: string; reason: string; code?: string }

export interface IngestReport {
  articles: Record<IngestSummary['status'], number>;
  /** Facts written by created and updated articles, by kind. */
  facts: FactCounts;
  failures: IngestFailure[];
  /** What went wrong without losing an article (e.g. the extraction worker failed: extracted in this thread instead). */
  warnings: string[];
  /** Articles found (ingested or failed), bad files included. */
  total: number;
}

export interface IngestProgress { done: number; total: number; where: string; ok: boolean }

export interface IngestFilesOptions {
  /**
   * Batches written at once (default 1: batches share countries, people and tallies, so a second
   * writer mostly waits for the first one's locks; on 2 cores, 2 measured no faster than 1 and
   * used more CPU).
   */
  concurrency?: number;
  /** Articles per batch (default 10, fewer when their bodies pass BATCH_BODY_CHARS; 1 ingests each article in its own transaction). */
  batchSize?: number;
  /**
   * Extract in a worker thread, one batch ahead of the writes (default: when there are at least
   * WORKER_MIN_ARTICLES sources; the worker takes ~1 s to start).
   */
  extractInWorker?: boolean;
  now?: Date;
  onProgress?: (p: IngestProgress) => void;
  /** Fetch limits for the arguments that are http(s) urls. */
  fetch?: UrlOptions;
}

/** An argument that names a web page rather than a file. */
export const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);

/** The article of each url, fetched one after the other, or why not (FetchError, InvalidArticleError). */
export async function urlSources(urls: readonly string[], opts: UrlOptions = {}): Promise<ArticleSource[]> {
  const out: ArticleSource[] = [];
  for (const url of urls) {
    try {
      out.push({ ok: true, where: url, article: await fetchArticle(url, opts) });
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      out.push({ ok: false, where: url, reason: e instanceof Error ? e.message : String(e), code: typeof code === 'string' ? code : undefined });
    }
  }
  return out;
}

/** Measured with bench/ingest.ts: see README, Performance. */
const DEFAULT_BATCH = 10;
/** From this many sources on, bulk ingestion extracts in a worker thread (see extractInWorker). */
export const WORKER_MIN_ARTICLES = 50;
/** A batch also ends once its bodies reach this many characters, so long articles do not make huge transactions. */
export const BATCH_BODY_CHARS = 1_000_000;

/**
 * Where the batch starting at `start` ends (exclusive): after `size` sources, or sooner once the
 * bodies reach `maxChars` (always at least one source). Bad sources count as nothing.
 */
export function batchEnd(sources: readonly ArticleSource[], start: number, size: number, maxChars = BATCH_BODY_CHARS): number {
  let end = start;
  let chars = 0;
  while (end < sources.length && end - start < size) {
    const s = sources[end]!;
    const n = s.ok && typeof s.article.body === 'string' ? s.article.body.length : 0;
    if (end > start && chars + n > maxChars) break;
    chars += n;
    end += 1;
  }
  return end;
}

const zero = (): FactCounts => ({
  sentences: 0, people: 0, countries: 0, organizations: 0, locations: 0,
  events: 0, agreements: 0, quotes: 0, relations: 0, topics: 0,
});

export async function ingestFiles(db: Db, args: readonly string[], opts: IngestFilesOptions = {}): Promise<IngestReport> {
  const { files, missing } = await expandPaths(args.filter((a) => !isUrl(a)));
  const sources: ArticleSource[] = [...missing, ...(await urlSources(args.filter(isUrl), opts.fetch))];
  for (const file of files) sources.push(...(await readArticles(file)));
  return ingestSources(db, sources, opts);
}

export async function ingestSources(db: Db, sources: readonly ArticleSource[], opts: IngestFilesOptions = {}): Promise<IngestReport> {
  const report: IngestReport = { articles: { created: 0, updated: 0, unchanged: 0 }, facts: zero(), failures: [], warnings: [], total: sources.length };
  let done = 0;
  const finish = (where: string, ok: boolean) => {
    done += 1;
    opts.onProgress?.({ done, total: sources.length, where, ok });
  };
  const size = Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH));
  const pool = (opts.extractInWorker ?? sources.length >= WORKER_MIN_ARTICLES) ? new ExtractPool() : undefined;

  /** The next batch of sources, its articles being prepared (extracted) from now on. */
  let next = 0;
  const take = () => {
    if (next >= sources.length) return undefined;
    const end = batchEnd(sources, next, size);
    const group = sources.slice(next, end);
    next = end;
    const good = group.filter((s): s is Extract<ArticleSource, { ok: true }> => s.ok);
    return { group, good, prepared: prepareArticles(good.map((s) => s.article), pool?.extract) };
  };
  const worker = async () => {
    // One batch ahead: the next one is extracted while this one is written.
    for (let batch = take(); batch; ) {
      const { group, good, prepared } = batch;
      for (const source of group) {
        if (!source.ok) {
          report.failures.push({ where: source.where, reason: source.reason, code: source.code });
          finish(source.where, false);
        }
      }
      const ready = await prepared;
      batch = take();
      if (good.length === 0) continue;
      const outcomes = await writePrepared(db, ready, { now: opts.now, awaitSearch: false });
      outcomes.forEach((outcome, i) => {
        const where = good[i]!.where;
        if (outcome.ok) {
          report.articles[outcome.summary.status] += 1;
          for (const [kind, n] of Object.entries(outcome.summary.counts)) report.facts[kind as keyof FactCounts] += n;
          finish(where, true);
        } else {
          const e = outcome.error;
          const code = (e as { code?: unknown }).code;
          report.failures.push({ where, reason: e instanceof Error ? e.message : String(e), code: typeof code === 'string' ? code : undefined });
          finish(where, false);
        }
      });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, worker));
  } finally {
    await pool?.close();
  }
  if (pool?.failure) report.warnings.push(`the extraction worker failed (${pool.failure.message}); articles were extracted in the main thread instead`);
  // Each article skipped the wait for search; one wait covers them all.
  if (report.articles.created + report.articles.updated > 0) await awaitSearchRefresh(db);
  return report;
}

/** The report as the lines the CLI prints at the end. */
export function formatReport(r: IngestReport, seconds: number): string {
  const ok = r.articles.created + r.articles.updated + r.articles.unchanged;
  const facts = Object.entries(r.facts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ');
  const lines = [
    `${ok} article(s) in ${seconds.toFixed(1)} s (${(ok / Math.max(seconds, 0.001)).toFixed(1)}/s): ` +
      `${r.articles.created} created, ${r.articles.updated} updated, ${r.articles.unchanged} unchanged`,
    `facts written: ${facts || 'none'}`,
  ];
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  if (r.failures.length > 0) {
    lines.push(`${r.failures.length} failed:`);
    for (const f of r.failures) lines.push(`  ${f.where}: ${f.code ? `[${f.code}] ` : ''}${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
