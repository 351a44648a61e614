import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDriver, Db } from '../src/graph/db.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/graph/embedded.js';
import { migrate } from '../src/graph/migrate.js';
import { awaitSearchRefresh } from '../src/graph/search-refresh.js';
import { ExtractPool } from '../src/use-cases/extract-pool.js';
import { prepareArticles, writePrepared } from '../src/use-cases/ingest-article.js';
import type { ArticleInput } from '../src/ingest/types.js';
import { DEFAULT_SEED, generateArticles } from './generator.js';
import { TimingDb, type StatementTime } from './timing-db.js';

// Builds (or reopens) a benchmark graph of n generated articles in its own embedded Neo4j, through
// the real bulk ingest (batches of BENCH_INGEST_BATCH, default 10, extracted in a worker thread). Stores are
// cached in .data/bench/<seed>-<n>: a rerun reopens it, and a bigger graph starts from a copy of
// the largest smaller one (article i depends only on the seed and i, so the first 1,000 articles of
// a 10k graph ARE the 1k graph).
// Run alone: npx tsx bench/load-graph.ts 1000 [10000 ...]

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_DATA = path.join(ROOT, '.data', 'bench');

export interface IngestStats {
  articles: number;
  /** Articles written by this build (the rest came from a cached smaller store). */
  ingested: number;
  seconds: number;
  perSecond: number;
  concurrency: number;
  /** Articles per write transaction (absent in stores built before batches: one each). */
  batchSize?: number;
  /** Where ingestion's time went, by write statement (summed over concurrent transactions). */
  statements?: StatementTime[];
}

export interface BenchGraph {
  n: number;
  neo: EmbeddedNeo4j;
  db: Db;
  /** How the store was built (read back from the cache when it was reused). */
  stats: IngestStats;
  reused: boolean;
  close(): Promise<void>;
}

export interface BenchGraphOptions {
  seed?: string;
  heapMb?: number;
  pageCacheMb?: number;
  concurrency?: number;
  /** Articles per write transaction (default 10, as `diplograph ingest`). */
  batchSize?: number;
  log?: (line: string) => void;
}

const storeDir = (seed: string, n: number) => path.join(BENCH_DATA, `${seed}-${n}`);
const MARKER = 'bench-complete.json';

function largestCached(seed: string, n: number): number {
  if (!existsSync(BENCH_DATA)) return 0;
  const sizes = readdirSync(BENCH_DATA)
    .filter((d) => d.startsWith(`${seed}-`) && existsSync(path.join(BENCH_DATA, d, MARKER)))
    .map((d) => Number(d.slice(seed.length + 1)))
    .filter((m) => Number.isInteger(m) && m < n);
  return Math.max(0, ...sizes);
}

/**
 * Ingests articles [from, to), `batchSize` per transaction, `concurrency` batches in flight, each
 * extracted in a worker thread one batch ahead of its write (as ingestSources does); returns
 * seconds spent.
 */
async function ingestRange(db: Db, seed: string, from: number, to: number, opts: { concurrency: number; batchSize: number }, log: (l: string) => void): Promise<number> {
  const source = generateArticles({ seed, start: from, count: to - from });
  const now = new Date('2024-01-01T00:00:00Z');
  const pool = new ExtractPool();
  const take = () => {
    const batch: ArticleInput[] = [];
    for (let next = source.next(); !next.done; next = source.next()) {
      batch.push(next.value.input);
      if (batch.length >= opts.batchSize) break;
    }
    return batch.length === 0 ? undefined : { size: batch.length, prepared: prepareArticles(batch, pool.extract) };
  };
  let done = 0;
  const t0 = performance.now();
  const worker = async () => {
    for (let batch = take(); batch; ) {
      const { size, prepared } = batch;
      const ready = await prepared;
      batch = take();
      // as the bulk ingest does: no wait for search per batch, one at the end
      const outcomes = await writePrepared(db, ready, { now, awaitSearch: false });
      for (const o of outcomes) if (!o.ok) throw o.error;
      const before = done;
      done += size;
      if (Math.floor(done / 500) > Math.floor(before / 500)) {
        const s = (performance.now() - t0) / 1000;
        log(`  ${from + done}/${to} articles, ${(done / s).toFixed(1)} articles/s`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: opts.concurrency }, worker));
  } finally {
    await pool.close();
  }
  await awaitSearchRefresh(db);
  return (performance.now() - t0) / 1000;
}

export async function openBenchGraph(n: number, opts: BenchGraphOptions = {}): Promise<BenchGraph> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  // one batch in flight, as `diplograph ingest`: a second writer measured no faster here (it waits on the first one's locks)
  const concurrency = opts.concurrency ?? 1;
  const batchSize = opts.batchSize ?? 10;
  const dir = storeDir(seed, n);
  const reused = existsSync(path.join(dir, MARKER));
  let base = 0;
  if (!reused) {
    rmSync(dir, { recursive: true, force: true });
    base = largestCached(seed, n);
    // Copied while no Neo4j has it open (each cached store runs only inside its own bench run).
    if (base > 0) cpSync(storeDir(seed, base), dir, { recursive: true });
    rmSync(path.join(dir, MARKER), { force: true });
  }
  const neo = await startEmbeddedNeo4j({ dataDir: dir, port: 0, heapMb: opts.heapMb ?? 1024, pageCacheMb: opts.pageCacheMb ?? 512 });
  const db = new Db(createDriver({ uri: neo.uri }), { timeoutMs: 300_000 });
  const close = async () => {
    await db.close().catch(() => {});
    await neo.stop();
  };
  try {
    await migrate(db, { log });
    let stats: IngestStats;
    if (reused) {
      stats = JSON.parse(readFileSync(path.join(dir, MARKER), 'utf8')) as IngestStats;
      log(`graph of ${n} articles reused from ${dir}`);
    } else {
      log(`building graph of ${n} articles in ${dir}${base ? ` from the cached ${base}` : ''}`);
      const timing = new TimingDb(db.driver);
      const seconds = await ingestRange(timing, seed, base, n, { concurrency, batchSize }, log);
      stats = { articles: n, ingested: n - base, seconds, perSecond: (n - base) / seconds, concurrency, batchSize, statements: timing.top() };
      writeFileSync(path.join(dir, MARKER), JSON.stringify(stats, null, 2));
    }
    return { n, neo, db, stats, reused, close };
  } catch (e) {
    await close();
    throw e;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const n of process.argv.slice(2).map(Number)) {
    const g = await openBenchGraph(n, {
      concurrency: Number(process.env.BENCH_INGEST_CONCURRENCY ?? 1),
      batchSize: Number(process.env.BENCH_INGEST_BATCH ?? 10),
    });
    console.log(JSON.stringify({ n, ...g.stats, reused: g.reused }));
    await g.close();
  }
}
