// End-to-end ingestion throughput: N generated ~500-word wire articles (bench/generator.ts)
// parsed, extracted and written into a fresh embedded Neo4j, a few transactions at a time.
// Prints articles/s and the peak RSS (VmHWM) of this Node process and of the Neo4j JVM.
// Run: npx tsx bench/ingest.ts [count=1000] [concurrency=4]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDriver, Db } from '../src/graph/db.js';
import { startEmbeddedNeo4j } from '../src/graph/embedded.js';
import { migrate } from '../src/graph/migrate.js';
import { ingestSources } from '../src/use-cases/ingest-files.js';
import { generateArticles } from './generator.js';

const count = Number(process.argv[2] ?? 1000);
const concurrency = Number(process.argv[3] ?? 4);

function peakRssMb(pid: number | 'self'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'diplograph-bench-'));
const neo = await startEmbeddedNeo4j({ dataDir, port: 0, heapMb: 1024, pageCacheMb: 512 });
const db = new Db(createDriver({ uri: neo.uri }), { timeoutMs: 120_000 });
try {
  await migrate(db);
  const sources = [...generateArticles({ count })].map((g, i) => ({ ok: true as const, where: `#${i}`, article: g.input }));
  const words = sources.reduce((n, s) => n + s.article.body.split(/\s+/).length, 0) / sources.length;
  // A short warm-up on other articles, so the JIT and Neo4j's plan cache do not count.
  const warm = [...generateArticles({ count: 20, start: count })].map((g) => ({ ok: true as const, where: 'warm', article: g.input }));
  await ingestSources(db, warm, { concurrency });

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await ingestSources(db, sources, { concurrency });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const ok = report.articles.created + report.articles.updated + report.articles.unchanged;
  console.log(
    `${ok}/${count} articles of ~${Math.round(words)} words in ${seconds.toFixed(1)} s: ${(ok / seconds).toFixed(1)} articles/s ` +
      `(concurrency ${concurrency}; ${report.failures.length} failed; Node CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`,
  );
  console.log(`round trips: ${(db.roundTrips / (ok + warm.length)).toFixed(1)} per article`);
  console.log(`peak RSS: node ${peakRssMb('self')} MB, neo4j JVM ${peakRssMb(neo.pid)} MB`);
  for (const f of report.failures.slice(0, 5)) console.log(`  failed ${f.where}: ${f.reason}`);
} finally {
  await db.close();
  await neo.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
