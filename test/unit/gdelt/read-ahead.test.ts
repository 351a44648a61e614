import { describe, expect, it } from 'vitest';
import { readAhead } from '../../../src/gdelt/index.js';

/** A source that logs when each item is started and whether it was closed. */
function source(items: number[], failAt?: number) {
  const log: string[] = [];
  async function* gen(): AsyncGenerator<number> {
    try {
      for (const i of items) {
        log.push(`start ${i}`);
        await new Promise((r) => setTimeout(r, 1));
        if (i === failAt) throw new Error(`bad item ${i}`);
        yield i;
      }
    } finally {
      log.push('closed');
    }
  }
  return { log, gen: gen() };
}

describe('readAhead', () => {
  it('yields every item in order', async () => {
    const { gen } = source([1, 2, 3, 4]);
    const out: number[] = [];
    for await (const x of readAhead(gen)) out.push(x);
    expect(out).toEqual([1, 2, 3, 4]);
  });

  it('has started the next item before the consumer finishes the current one', async () => {
    const { log, gen } = source([1, 2, 3]);
    const seen: string[][] = [];
    for await (const x of readAhead(gen)) {
      await new Promise((r) => setTimeout(r, 5)); // the consumer's work (a write)
      seen.push([String(x), ...log.filter((l) => l.startsWith('start'))]);
    }
    // while item 1 was being consumed, item 2 was already being read
    expect(seen[0]).toEqual(['1', 'start 1', 'start 2']);
    expect(seen[1]).toEqual(['2', 'start 1', 'start 2', 'start 3']);
  });

  it('surfaces a source error at the item that failed, after the good ones', async () => {
    const { gen } = source([1, 2, 3], 3);
    const out: number[] = [];
    await expect(async () => {
      for await (const x of readAhead(gen)) {
        await new Promise((r) => setTimeout(r, 5));
        out.push(x);
      }
    }).rejects.toThrow('bad item 3');
    expect(out).toEqual([1, 2]);
  });

  it('closes the source when the consumer stops early', async () => {
    const { log, gen } = source([1, 2, 3, 4]);
    for await (const x of readAhead(gen)) if (x === 2) break;
    expect(log.at(-1)).toBe('closed');
    expect(log).not.toContain('start 4');
  });
});
