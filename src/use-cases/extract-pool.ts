import { Piscina } from 'piscina';
import type { ArticleInput, Extraction } from '../ingest/types.js';

// Where a batch's articles are extracted. The pipeline is pure and CPU-bound (~3 ms per
// 500-word article): in the main thread it runs while the database waits, so a bulk ingest
// hands it to a worker thread instead and prepares the next batch during the current write.

/** Extracts validated articles, in their order. */
export type Extractor = (articles: readonly ArticleInput[]) => Promise<Extraction[]>;

/**
 * A worker thread (or `threads` of them) running the extraction pipeline (extract-worker.mjs).
 * Callers fall back to extracting in their own thread when it fails (prepareArticles does).
 */
export class ExtractPool {
  private readonly pool: Piscina<readonly ArticleInput[], Extraction[]>;

  constructor(threads = 1) {
    this.pool = new Piscina({
      filename: new URL('./extract-worker.mjs', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
    });
  }

  /** Why the worker failed, once it has: from then on every extraction is refused at once. */
  failure: Error | undefined;

  readonly extract: Extractor = async (articles) => {
    if (this.failure) throw this.failure;
    try {
      return await this.pool.run(articles);
    } catch (e) {
      this.failure ??= e instanceof Error ? e : new Error(String(e));
      throw this.failure;
    }
  };

  /** Stops the worker threads; pending extractions reject. */
  close(): Promise<void> {
    return this.pool.destroy();
  }
}
