// End-to-end ingestion throughput: N generated ~500-word wire articles (bench/generator.ts)
// parsed, extracted and written into a fresh embedded Neo4j through ingestSources (its defaults unless given).
// Prints articles/s and the peak RSS (VmHWM) of this Node process and of the Neo4j JVM.
// Also prints the rate of each fifth of the run: the JVM's JIT compiler is still busy for the first
// tens of seconds, while the graph grows.
// Run: npx tsx bench/ingest.ts [count=1000] [concurrency=ingestSources' default] [articles per batch=ingestSources' default]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDriver, Db } from '../src/graph/db.js';
import { startEmbeddedNeo4j } from '../src/graph/embedded.js';
import { migrate } from '../src/graph/migrate.js';
import { ingestSources } from '../src/use-cases/ingest-files.js';
import { generateArticles } from './generator.js';

const count = Number(process.argv[2] ?? 1000);
const concurrency = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const batchSize = process.argv[4] === undefined ? undefined : Number(process.argv[4]);

function peakRssMb(pid: number | 'self'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/** User + system CPU seconds of a process so far (/proc/<pid>/stat, clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds of each thread of a process, summed by thread name without its digits (the JIT's
 * "C2 CompilerThre", "neo4j.BoltWorke", GC threads...): /proc/<pid>/task/<tid>/stat. Threads that
 * ended before the second reading (the JVM starts and stops extra compiler threads) are missed.
 */
function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/[\d#-]+$/, '').trim();
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(name, (out.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100);
  }
  return out;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'diplograph-bench-'));
const neo = await startEmbeddedNeo4j({ dataDir, port: 0, heapMb: 1024, pageCacheMb: 512 });
const db = new Db(createDriver({ uri: neo.uri }), { timeoutMs: 120_000 });
try {
  await migrate(db);
  const sources = [...generateArticles({ count })].map((g, i) => ({ ok: true as const, where: `#${i}`, article: g.input }));
  const words = sources.reduce((n, s) => n + s.article.body.split(/\s+/).length, 0) / sources.length;
  // A warm-up on other articles, so Neo4j's plan cache (and, with BENCH_WARM, the JIT) do not
  // count. BENCH_WARM=n ingests n of them and then empties the graph again: the run starts on an
  // empty store in a JVM whose JIT has compiled the hot paths, as in a server that has been up.
  const warmCount = Number(process.env.BENCH_WARM ?? 20);
  const warm = [...generateArticles({ count: warmCount, start: count })].map((g) => ({ ok: true as const, where: 'warm', article: g.input }));
  const tw = performance.now();
  await ingestSources(db, warm, { concurrency, batchSize });
  if (process.env.BENCH_WARM !== undefined) {
    const session = db.driver.session();
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 500 ROWS');
    } finally {
      await session.close();
    }
    console.log(`warm-up: ${warmCount} other articles in ${((performance.now() - tw) / 1000).toFixed(1)} s, then the graph emptied`);
  }

  const cpu0 = process.cpuUsage();
  const jvm0 = cpuSeconds(neo.pid);
  const threads0 = threadCpu(neo.pid);
  const t0 = performance.now();
  const step = Math.max(1, Math.ceil(count / 5));
  const marks: { done: number; at: number }[] = [{ done: 0, at: t0 }];
  const onProgress = ({ done }: { done: number }) => {
    if (done % step === 0 || done === count) marks.push({ done, at: performance.now() });
  };
  const report = await ingestSources(db, sources, { concurrency, batchSize, onProgress });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const jvm = cpuSeconds(neo.pid) - jvm0;
  const threads = [...threadCpu(neo.pid)].map(([name, s]) => [name, s - (threads0.get(name) ?? 0)] as const).filter(([, s]) => s >= 0.5);
  const ok = report.articles.created + report.articles.updated + report.articles.unchanged;
  console.log(
    `${ok}/${count} articles of ~${Math.round(words)} words in ${seconds.toFixed(1)} s: ${(ok / seconds).toFixed(1)} articles/s ` +
      `(concurrency ${concurrency ?? 'default'}, batches of ${batchSize ?? 'default'}; ${report.failures.length} failed; Node CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`,
  );
  // On a shared machine wall time counts other processes too; CPU time is this work alone.
  const cpuTotal = (cpu.user + cpu.system) / 1e6 + jvm;
  console.log(`CPU: Neo4j ${jvm.toFixed(1)} s + Node ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s = ${(cpuTotal / ok * 1000).toFixed(0)} ms per article ` +
    `(~${(2 * ok / cpuTotal).toFixed(0)} articles/s if both processes had the 2 cores to themselves)`);
  console.log(`Neo4j CPU by thread: ${threads.sort((a, b) => b[1] - a[1]).map(([n, s]) => `${n} ${s.toFixed(1)} s`).join(', ')}`);
  const fifths = marks.slice(1).map((m, i) => `${marks[i]!.done}-${m.done}: ${((m.done - marks[i]!.done) / ((m.at - marks[i]!.at) / 1000)).toFixed(1)}/s`);
  console.log(`by interval: ${fifths.join(', ')}`);
  console.log(`round trips: ${(db.roundTrips / (ok + warm.length)).toFixed(1)} per article`);
  console.log(`peak RSS: node ${peakRssMb('self')} MB, neo4j JVM ${peakRssMb(neo.pid)} MB`);
  for (const f of report.failures.slice(0, 5)) console.log(`  failed ${f.where}: ${f.reason}`);
} finally {
  await db.close();
  await neo.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
