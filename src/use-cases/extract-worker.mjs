// The extraction worker of ExtractPool (extract-pool.ts): a worker thread that runs the pure
// text pipeline on batches of validated articles, so a bulk ingest extracts the next batch
// while the database writes the current one. Plain JavaScript: it registers tsx first, so the
// TypeScript sources load as in the main thread, with no build step.
import { register } from 'tsx/esm/api';

register();
const { extract } = await import('../ingest/index.ts');

/** @param {import('../ingest/types.ts').ArticleInput[]} articles */
export default function extractAll(articles) {
  return articles.map((article) => extract(article));
}
