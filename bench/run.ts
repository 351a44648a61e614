import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureExtraction } from './extraction.js';
import { openBenchGraph } from './load-graph.js';
import { runLoad } from './load.js';
import { runQuerySuite } from './queries.js';
import { markdown, type BenchResults, type ScaleResult } from './report.js';

// `npm run bench`: extraction throughput, then for each scale a graph built (or reopened from
// .data/bench) through the bulk ingest (load-graph.ts), the dashboard suite three ways, and a
// bounded load test at the largest scale. Writes bench/results/<name>.json and prints the markdown table.
//   BENCH_SCALES=1000,10000  BENCH_ITERATIONS=50  BENCH_WARMUP=10  BENCH_BUDGET_MS=20000  BENCH_SERVER_WARMUP_MS=30000
//   BENCH_EXTRACT_ARTICLES=1000
//   BENCH_LOAD_SECONDS=10  BENCH_LOAD_CONNECTIONS=8  BENCH_INGEST_CONCURRENCY=1  BENCH_INGEST_BATCH=10  BENCH_NAME=...

const env = (k: string, d: number) => (process.env[k] ? Number(process.env[k]) : d);
const scales = (process.env.BENCH_SCALES ?? '1000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const settings = {
  iterations: env('BENCH_ITERATIONS', 50),
  warmup: env('BENCH_WARMUP', 10),
  budgetMs: env('BENCH_BUDGET_MS', 20_000),
  serverWarmupMs: env('BENCH_SERVER_WARMUP_MS', 30_000),
  extractArticles: env('BENCH_EXTRACT_ARTICLES', 1000),
  loadSeconds: env('BENCH_LOAD_SECONDS', 10),
  loadConnections: env('BENCH_LOAD_CONNECTIONS', 8),
  concurrency: env('BENCH_INGEST_CONCURRENCY', 1),
  batchSize: env('BENCH_INGEST_BATCH', 10),
  heapMb: env('BENCH_HEAP_MB', 1024),
  pageCacheMb: env('BENCH_PAGECACHE_MB', 512),
};
const name = process.env.BENCH_NAME ?? `${new Date().toISOString().slice(0, 10)}-${scales.join('-')}`;
const log = (l: string) => process.stderr.write(`${l}\n`);

const results: BenchResults = {
  name,
  startedAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    neo4j: '5.26 Community',
    heapMb: settings.heapMb,
    pageCacheMb: settings.pageCacheMb,
    loadAverage: os.loadavg(),
  },
  settings: { ...settings, scales: scales.join(',') },
  extraction: null,
  scales: [],
};

if (settings.extractArticles > 0) {
  log(`extraction: ${settings.extractArticles} articles`);
  results.extraction = measureExtraction(settings.extractArticles);
  log(`  ${results.extraction.perSecondPerCore} articles/s/core`);
}
for (const n of scales) {
  const g = await openBenchGraph(n, { heapMb: settings.heapMb, pageCacheMb: settings.pageCacheMb, concurrency: settings.concurrency, batchSize: settings.batchSize, log });
  try {
    const counts = await g.db.read({ name: 'bench.counts', cypher: 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n' });
    const { params, results: queries } = await runQuerySuite(g, { warmup: settings.warmup, iterations: settings.iterations, budgetMs: settings.budgetMs, serverWarmupMs: settings.serverWarmupMs, log });
    const scale: ScaleResult = {
      articles: n,
      graph: Object.fromEntries(counts.map((r) => [String(r.label), Number(r.n)])),
      ingest: { ...g.stats, reused: g.reused },
      params,
      queries,
      load: null,
    };
    if (n === scales[scales.length - 1] && settings.loadSeconds > 0) {
      log(`  load: ${settings.loadConnections} connections, ${settings.loadSeconds} s`);
      scale.load = await runLoad(g, params, { seconds: settings.loadSeconds, connections: settings.loadConnections });
    }
    results.scales.push(scale);
  } finally {
    await g.close();
  }
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
console.log(markdown(results));
