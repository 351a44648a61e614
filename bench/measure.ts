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

/**
 * Ways of answering the same request, sampled in turn (forwards, then backwards, ...): they see
 * the same server warm-up and the same machine load, so their ratio does not depend on which ran
 * first. The budget counts the time of all of them.
 */
export async function sampleAlternately(ways: readonly (() => Promise<unknown>)[], opts: SampleOptions): Promise<Latency[]> {
  const warm = performance.now();
  for (let i = 0; i < opts.warmup; i++) {
    if (opts.budgetMs && i > 0 && performance.now() - warm > opts.budgetMs / 4) break;
    for (const run of ways) await run();
  }
  const times = ways.map((): number[] => []);
  const forwards = ways.map((_, w) => w);
  const backwards = [...forwards].reverse();
  const start = performance.now();
  for (let i = 0; i < opts.iterations; i++) {
    if (opts.budgetMs && i >= 5 && performance.now() - start > opts.budgetMs) break;
    for (const w of i % 2 === 0 ? forwards : backwards) {
      const t0 = performance.now();
      await ways[w]!();
      times[w]!.push(performance.now() - t0);
    }
  }
  return times.map(summarise);
}

export async function sample(run: () => Promise<unknown>, opts: SampleOptions): Promise<Latency> {
  const [only] = await sampleAlternately([run], opts);
  return only!;
}

export const ratio = (a: Latency | null, b: Latency | null): number | null =>
  a && b && b.p95 > 0 ? Math.round((a.p95 / b.p95) * 100) / 100 : null;
