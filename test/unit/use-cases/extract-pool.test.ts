import { afterAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../../bench/generator.js';
import { extract } from '../../../src/ingest/index.js';
import type { ArticleInput } from '../../../src/ingest/types.js';
import { ExtractPool, type Extractor } from '../../../src/use-cases/extract-pool.js';
import { prepareArticles } from '../../../src/use-cases/ingest-article.js';

// Bulk ingestion extracts in a worker thread (ExtractPool); what comes back must be exactly what
// extracting in this thread gives, and a failing worker must cost nothing but time.

const articles = [...generateArticles({ seed: 'pool', count: 6 })].map((g) => g.input);
const pool = new ExtractPool();
afterAll(() => pool.close());

describe('ExtractPool', () => {
  it('extracts in a worker thread exactly what extract() gives here, in order', async () => {
    const got = await pool.extract(articles);
    expect(got).toHaveLength(articles.length);
    expect(got).toEqual(articles.map((a) => extract(a)));
    expect(got[0]!.sentences.length).toBeGreaterThan(3);
  }, 60_000);
});

describe('ExtractPool failing', () => {
  it('keeps its first failure and refuses every later extraction at once', async () => {
    const broken = new ExtractPool();
    try {
      // a function cannot be sent to a worker thread
      const unsendable = [{ ...articles[0]!, extra: () => 1 }] as unknown as ArticleInput[];
      await expect(broken.extract(unsendable)).rejects.toThrow();
      const first = broken.failure;
      expect(first).toBeInstanceOf(Error);
      await expect(broken.extract(articles)).rejects.toBe(first);
    } finally {
      await broken.close();
    }
  }, 60_000);
});

describe('prepareArticles', () => {
  const bad = { title: 'Empty', body: '' } as ArticleInput;
  const inputs = [articles[0]!, bad, articles[1]!];
  const statusOf = (p: Awaited<ReturnType<typeof prepareArticles>>) =>
    inputs.map((_, at) => (p.outcomes[at] ? `failed ${(p.outcomes[at] as { error: { code?: string } }).error.code}` : 'ready'));

  it('gives an invalid article its outcome, and the valid ones keyed and extracted, with the worker', async () => {
    const p = await prepareArticles(inputs, pool.extract);
    expect(statusOf(p)).toEqual(['ready', 'failed EMPTY', 'ready']);
    expect(p.batch.map((a) => a.at)).toEqual([0, 2]);
    expect(p.batch.map((a) => a.extraction)).toEqual([extract(articles[0]!), extract(articles[1]!)]);
  }, 60_000);

  it('extracts here when the extractor fails or answers short', async () => {
    const here = await prepareArticles(inputs);
    const failing: Extractor = async () => {
      throw new Error('worker died');
    };
    const short: Extractor = async (xs) => xs.slice(1).map((a) => extract(a));
    for (const extractor of [failing, short]) {
      const p = await prepareArticles(inputs, extractor);
      expect(statusOf(p)).toEqual(['ready', 'failed EMPTY', 'ready']);
      expect(p.batch).toEqual(here.batch);
    }
  });
});
