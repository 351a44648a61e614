import type { ExtractionStats } from './extraction.js';
import type { IngestStats } from './load-graph.js';
import type { LoadStats } from './load.js';
import type { QueryResult } from './queries.js';
import type { SuiteParams } from './suite.js';

// The results file's shape and its markdown rendering, with each target marked met or missed.

export interface ScaleResult {
  articles: number;
  graph: Record<string, number>;
  ingest: IngestStats & { reused: boolean };
  params: SuiteParams;
  queries: QueryResult[];
  load: LoadStats | null;
}

export interface BenchResults {
  name: string;
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; neo4j: string; heapMb: number; pageCacheMb: number; loadAverage: number[] };
  settings: Record<string, number | string>;
  extraction: ExtractionStats | null;
  scales: ScaleResult[];
}

const ms = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x.toFixed(1));
const x2 = (r: number | null) => (r === null ? '-' : `${r.toFixed(2)}x`);
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

export function markdown(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [
    `### ${r.name}`,
    '',
    `Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}, Neo4j ${m.neo4j} embedded (heap ${m.heapMb} MB, page cache ${m.pageCacheMb} MB); load average at start ${m.loadAverage.map((l) => l.toFixed(1)).join(' / ')} (the machine is shared).`,
    '',
  ];
  if (r.extraction) {
    const e = r.extraction;
    out.push(
      `**Extraction**: ${e.perSecondPerCore} articles/s on one core (${e.articles} generated articles of ~${e.meanWords} words, ${e.seconds} s, peak RSS ${e.peakRssMb} MB); target >= 200: ${mark(e.perSecondPerCore >= 200)}.`,
      `Read back from the generated text: people ${e.recovery.people}, countries ${e.recovery.countries}, events ${e.recovery.events} (dates ${e.recovery.eventDates}), agreements ${e.recovery.agreements}, quote speakers ${e.recovery.quotes}.`,
      '',
    );
  }
  out.push('| articles | built in | ingestion (articles/s) | target >= 100 | Article / Event / Person nodes |', '| --- | --- | --- | --- | --- |');
  for (const s of r.scales) {
    const i = s.ingest;
    out.push(`| ${s.articles} | ${Math.round(i.seconds)} s for ${i.ingested}${i.reused ? ' (cached)' : ''} | ${i.perSecond.toFixed(1)} (concurrency ${i.concurrency}, batches of ${i.batchSize ?? 1}) | ${mark(i.perSecond >= 100)} | ${s.graph.Article ?? 0} / ${s.graph.Event ?? 0} / ${s.graph.Person ?? 0} |`);
  }
  for (const s of r.scales) {
    out.push(
      '',
      `**Queries at ${s.articles} articles** (p50 / p95 / p99 ms, up to ${r.settings.iterations} runs (n below) after ${r.settings.warmup} warm-up${r.settings.serverWarmupMs ? ` and ${Number(r.settings.serverWarmupMs) / 1000} s of server warm-up` : ''}, at most ${Number(r.settings.budgetMs) / 1000} s of runs per cell; country ${s.params.country}, dyad ${s.params.dyad.join('-')}, search "${s.params.term}")`,
      '',
      '| query | Diplograph | raw Cypher floor | @neo4j/graphql | n (D/f/N) | statements (db hits) | Diplograph/floor (p95) | Diplograph/@neo4j/graphql (p95) | p95 < 50 ms |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const q of s.queries) {
      const l = (v: QueryResult['diplograph']) => (v ? `${ms(v.p50)} / ${ms(v.p95)} / ${ms(v.p99)}` : 'failed');
      out.push(`| ${q.name} | ${l(q.diplograph)} | ${l(q.floor)} | ${l(q.neo4jGraphql)} | ${q.diplograph?.n ?? 0}/${q.floor?.n ?? 0}/${q.neo4jGraphql?.n ?? 0} | ${q.statements} (${q.dbHits ?? '-'}) | ${x2(q.vsFloor)} | ${x2(q.vsNeo4jGraphql)} | ${q.diplograph ? mark(q.diplograph.p95 < 50) : '-'} |`);
    }
    if (s.load) {
      const l = s.load;
      out.push('', `**Load at ${s.articles} articles**: ${l.connections} connections for ${l.seconds} s over the first-page dashboard documents: ${l.requestsPerSecond} requests/s, p50 ${l.p50} ms, p99 ${l.p99} ms, ${l.errors} errors, ${l.non2xx} non-2xx.`);
    }
  }
  if (r.scales.length > 1) {
    out.push('', '**Growth** (Diplograph p95 ms by graph size)', '', `| query | ${r.scales.map((s) => `${s.articles}`).join(' | ')} |`, `| --- |${r.scales.map(() => ' --- |').join('')}`);
    for (const q of r.scales[0]!.queries) {
      out.push(`| ${q.name} | ${r.scales.map((s) => ms(s.queries.find((x) => x.name === q.name)?.diplograph?.p95)).join(' | ')} |`);
    }
  }
  return out.join('\n');
}
