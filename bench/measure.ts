// Latency sampling: warm up, then time N sequential calls and summarise. Percentiles are read
// off the sorted samples (nearest rank), in milliseconds.

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function summarise(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), mean: round(s.reduce((a, b) => a + b, 0) / (s.length || 1)) };
}

export interface SampleOptions {
  warmup: number;
  iterations: number;
  /** Stop early once this much time went into timed runs (at least 5 runs are kept): slow ways stay bounded. */
  budgetMs?: number;
}

export async function sample(run: () => Promise<unknown>, opts: SampleOptions): Promise<Latency> {
  const warm = performance.now();
  for (let i = 0; i < opts.warmup; i++) {
    if (opts.budgetMs && i > 0 && performance.now() - warm > opts.budgetMs / 4) break;
    await run();
  }
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < opts.iterations; i++) {
    if (opts.budgetMs && times.length >= 5 && performance.now() - start > opts.budgetMs) break;
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return summarise(times);
}

/**
 * Two ways of answering the same request, sampled alternately (a then b, then b then a, ...):
 * both see the same server warm-up and the same machine load, so their ratio does not depend on
 * which one ran first. The budget counts the time of both.
 */
export async function sampleAlternately(a: () => Promise<unknown>, b: () => Promise<unknown>, opts: SampleOptions): Promise<[Latency, Latency]> {
  const warm = performance.now();
  for (let i = 0; i < opts.warmup; i++) {
    if (opts.budgetMs && i > 0 && performance.now() - warm > opts.budgetMs / 4) break;
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  const ways = [a, b] as const;
  const start = performance.now();
  for (let i = 0; i < opts.iterations; i++) {
    if (opts.budgetMs && times[0].length >= 5 && performance.now() - start > opts.budgetMs) break;
    for (const w of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const t0 = performance.now();
      await ways[w]!();
      times[w]!.push(performance.now() - t0);
    }
  }
  return [summarise(times[0]), summarise(times[1])];
}

export const ratio = (a: Latency | null, b: Latency | null): number | null =>
  a && b && b.p95 > 0 ? Math.round((a.p95 / b.p95) * 100) / 100 : null;
