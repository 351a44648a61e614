import { describe, expect, it } from 'vitest';
import type { ArticleSource } from '../../../src/use-cases/article-sources.js';
import { BATCH_BODY_CHARS, batchEnd } from '../../../src/use-cases/ingest-files.js';

// How the bulk ingest cuts its sources into batches (one write transaction per batch).

const article = (chars: number): ArticleSource => ({ ok: true, where: `${chars}`, article: { title: 't', body: 'x'.repeat(chars) } });
const bad: ArticleSource = { ok: false, where: 'bad.json', reason: 'malformed JSON', code: 'MALFORMED_JSON' };

/** The batches as [start, end) pairs. */
function cut(sources: ArticleSource[], size: number, maxChars?: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < sources.length; ) {
    const end = batchEnd(sources, i, size, maxChars);
    out.push([i, end]);
    i = end;
  }
  return out;
}

describe('batchEnd', () => {
  it('takes `size` sources at a time, the last batch shorter', () => {
    expect(cut(Array.from({ length: 23 }, () => article(100)), 10)).toEqual([[0, 10], [10, 20], [20, 23]]);
  });

  it('ends a batch early when the bodies would pass the limit, and never leaves one empty', () => {
    const sources = [article(400), article(400), article(400), article(2000), article(100)];
    expect(cut(sources, 10, 1000)).toEqual([[0, 2], [2, 3], [3, 4], [4, 5]]);
  });

  it('counts bad sources as nothing and keeps them in place', () => {
    expect(cut([bad, article(600), bad, article(600)], 10, 1000)).toEqual([[0, 3], [3, 4]]);
  });

  it('by default keeps ten ordinary articles together and splits ten of half a million characters', () => {
    expect(batchEnd(Array.from({ length: 10 }, () => article(3000)), 0, 10)).toBe(10);
    expect(batchEnd(Array.from({ length: 10 }, () => article(BATCH_BODY_CHARS / 2)), 0, 10)).toBe(2);
  });
});
