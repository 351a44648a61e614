import { extract } from '../src/ingest/index.js';
import { emptyRecovery, rate, recover, type Recovery } from './gen/recovery.js';
import { DEFAULT_SEED, generateArticles } from './generator.js';

// Extraction throughput on generated articles: one thread (so articles/s is per core), articles
// generated beforehand so only extract() is timed; peak memory is the process's max RSS.

export interface ExtractionStats {
  articles: number;
  meanWords: number;
  seconds: number;
  perSecondPerCore: number;
  peakRssMb: number;
  /** Share of the generated facts extract() read back (see gen/recovery.ts). */
  recovery: Record<keyof Recovery, number>;
}

export function measureExtraction(count: number, seed: string = DEFAULT_SEED): ExtractionStats {
  const articles = [...generateArticles({ seed, count })];
  const meanWords = articles.reduce((n, a) => n + a.input.body.split(/\s+/).length, 0) / count;
  for (const a of articles.slice(0, Math.min(100, count))) extract(a.input);
  const t0 = performance.now();
  const extractions = articles.map((a) => extract(a.input));
  const seconds = (performance.now() - t0) / 1000;
  const r = emptyRecovery();
  articles.forEach((a, i) => recover(a.truth, extractions[i]!, r));
  const recovery = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(rate(v) * 1000) / 1000])) as ExtractionStats['recovery'];
  return {
    articles: count,
    meanWords: Math.round(meanWords),
    seconds: Math.round(seconds * 100) / 100,
    perSecondPerCore: Math.round(count / seconds),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    recovery,
  };
}
