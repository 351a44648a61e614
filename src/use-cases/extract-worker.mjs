// The extraction worker of ExtractPool (extract-pool.ts): a worker thread that runs the pure
// text pipeline on batches of validated articles, so a bulk ingest extracts the next batch
// while the database writes the current one. Plain JavaScript, so it runs the same from src/
// and from the build: in dist/ the pipeline is compiled JavaScript beside it; in src/ (tests,
// development scripts) it registers tsx first and loads the TypeScript sources.
import { existsSync } from 'node:fs';

const compiled = new URL('../ingest/index.js', import.meta.url);
let extract;
if (existsSync(compiled)) {
  ({ extract } = await import(compiled.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ extract } = await import('../ingest/index.ts'));
}

/** @param {import('../ingest/types.ts').ArticleInput[]} articles */
export default function extractAll(articles) {
  return articles.map((article) => extract(article));
}
