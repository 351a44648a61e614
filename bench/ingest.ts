// End-to-end ingestion throughput: N generated ~500-word wire articles (bench/generator.ts)
// parsed, extracted and written into a fresh embedded Neo4j through ingestSources (its defaults unless given).
// Prints articles/s and the peak RSS (VmHWM) of this Node process and of the Neo4j JVM.
// Also prints the rate of each fifth of the run: the JVM's JIT compiler is still busy for the first
// tens of seconds, while the graph grows.
// Run: npx tsx bench/ingest.ts [count=1000] [concurrency=ingestSources' default] [articles per batch=ingestSources' default]
// Env: BENCH_WARM=n (warm-up articles, default 20), BENCH_KEEP=1 (keep them: one ingest, measured
// after them), BENCH_TIMES=1 (time by statement).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDriver, Db } from '../src/graph/db.js';
import { startEmbeddedNeo4j } from '../src/graph/embedded.js';
import { migrate } from '../src/graph/migrate.js';
import { ingestSources } from '../src/use-cases/ingest-files.js';
import { generateArticles } from './generator.js';
import { TimingDb } from './timing-db.js';

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
// BENCH_TIMES=1: also where the write transactions' time went, by statement (TimingDb).
const timing = process.env.BENCH_TIMES ? new TimingDb(createDriver({ uri: neo.uri })) : undefined;
const db = timing ?? new Db(createDriver({ uri: neo.uri }), { timeoutMs: 120_000 });
try {
  await migrate(db);
  const sources = [...generateArticles({ count })].map((g, i) => ({ ok: true as const, where: `#${i}`, article: g.input }));
  const words = sources.reduce((n, s) => n + s.article.body.split(/\s+/).length, 0) / sources.length;
  // A warm-up on other articles, so Neo4j's plan cache (and, with BENCH_WARM, the JIT) do not
  // count. BENCH_WARM=n ingests n of them and then empties the graph again: the run starts on an
  // empty store in a JVM whose JIT has compiled the hot paths, as in a server that has been up.
  // BENCH_KEEP=1 keeps the warm-up's articles and ingests them and the measured ones in ONE bulk
  // ingest (one extraction worker, warm too): the figures are those of a bulk ingest already under
  // way, from the moment the warm-up's articles are in (the store reuses no freed ids either).
  const keep = Boolean(process.env.BENCH_KEEP);
  const warmCount = Number(process.env.BENCH_WARM ?? 20);
  const warm = [...generateArticles({ count: warmCount, start: count })].map((g) => ({ ok: true as const, where: 'warm', article: g.input }));
  const tw = performance.now();
  if (!keep) {
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
  }

  // The measurement starts now, or (BENCH_KEEP) once the warm-up's articles are in.
  let cpu0 = process.cpuUsage();
  let jvm0 = cpuSeconds(neo.pid);
  let threads0 = threadCpu(neo.pid);
  let t0 = performance.now();
  const step = Math.max(1, Math.ceil(count / 5));
  const marks: { done: number; at: number }[] = [{ done: 0, at: t0 }];
  const begin = () => {
    console.log(`warm-up: ${warmCount} other articles in ${((performance.now() - tw) / 1000).toFixed(1)} s, kept; the same ingest goes on`);
    timing?.reset();
    cpu0 = process.cpuUsage();
    jvm0 = cpuSeconds(neo.pid);
    threads0 = threadCpu(neo.pid);
    t0 = performance.now();
    marks[0]!.at = t0;
  };
  if (!keep) timing?.reset();
  const skip = keep ? warmCount : 0;
  // (a kept run with no warm-up starts now, as the other mode does)
  let begun = !keep || warmCount === 0;
  const onProgress = ({ done: all }: { done: number }) => {
    if (!begun && all >= skip) {
      begun = true;
      begin();
    }
    const done = all - skip;
    if (done > 0 && (done % step === 0 || done === count)) marks.push({ done, at: performance.now() });
  };
  const report = await ingestSources(db, keep ? [...warm, ...sources] : sources, { concurrency, batchSize, onProgress });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const jvm = cpuSeconds(neo.pid) - jvm0;
  const threads = [...threadCpu(neo.pid)].map(([name, s]) => [name, s - (threads0.get(name) ?? 0)] as const).filter(([, s]) => s >= 0.5);
  const ok = report.articles.created + report.articles.updated + report.articles.unchanged - (keep ? warmCount : 0);
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
  if (timing) console.log(`time by statement: ${timing.top(12).map((t) => `${t.name} ${t.count}x ${t.meanMs} ms`).join(', ')}`);
  for (const f of report.failures.slice(0, 5)) console.log(`  failed ${f.where}: ${f.reason}`);
  // What the run wrote, per article: the store work behind the rate.
  const size = await db.read({
    name: 'benchGraphSize',
    cypher: `CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProps }
             CALL () { MATCH ()-[r]->() RETURN count(r) AS rels, sum(size(keys(r))) AS relProps }
             RETURN nodes, nodeProps, rels, relProps`,
  });
  const g = size[0] as { nodes: number; nodeProps: number; rels: number; relProps: number };
  const stored = ok + (keep ? warmCount : 0);
  console.log(`graph: ${g.nodes} nodes (${g.nodeProps} properties), ${g.rels} relationships (${g.relProps} properties); ` +
    `per article ${(g.nodes / stored).toFixed(1)} nodes, ${(g.rels / stored).toFixed(1)} relationships, ${((g.nodeProps + g.relProps) / stored).toFixed(0)} properties`);
} finally {
  await db.close();
  await neo.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
