import { describe, expect, it } from 'vitest';
import { sample, sampleAlternately, summarise } from '../../../bench/measure.js';

describe('bench sampling', () => {
  it('reads percentiles off the sorted samples by nearest rank', () => {
    const s = summarise(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect(s).toMatchObject({ n: 100, p50: 50, p95: 95, p99: 99, mean: 50.5 });
  });

  it('samples two ways alternately, each first every other time, and keeps their times apart', async () => {
    const calls: string[] = [];
    const slow = async () => {
      calls.push('a');
      await new Promise((r) => setTimeout(r, 20));
    };
    const fast = async () => {
      calls.push('b');
    };
    const [a, b] = await sampleAlternately([slow, fast], { warmup: 2, iterations: 4 });
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'b', 'a', 'a', 'b', 'b', 'a']);
    expect(a!.n).toBe(4);
    expect(b!.n).toBe(4);
    expect(a!.p50).toBeGreaterThanOrEqual(15);
    expect(b!.p50).toBeLessThan(a!.p50);
  });

  it('stops at the time budget once five rounds are in', async () => {
    const wait = () => new Promise((r) => setTimeout(r, 10));
    const [a, b] = await sampleAlternately([wait, wait], { warmup: 0, iterations: 1000, budgetMs: 50 });
    expect(a!.n).toBeGreaterThanOrEqual(5);
    expect(a!.n).toBeLessThan(1000);
    expect(b!.n).toBe(a!.n);
  });

  it('samples a single way the same way, with its warm-up first', async () => {
    let calls = 0;
    const s = await sample(async () => {
      calls += 1;
    }, { warmup: 3, iterations: 7 });
    expect(calls).toBe(10);
    expect(s.n).toBe(7);
  });
});
