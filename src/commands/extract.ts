import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError } from 'commander';
import { FetchError } from '../web/fetch.js';
import { extract, formatExtraction, InvalidArticleError, parseArticle } from '../ingest/index.js';
import { fetchLimits } from '../config.js';
import { fetchArticle } from '../use-cases/ingest-url.js';
import { isUrl } from '../use-cases/ingest-files.js';
import { config, fail } from './common.js';

// `diplograph extract <file>`: what the pipeline reads in one article, without any database.

function isoDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected YYYY-MM-DD');
  return v;
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('print what the extraction pipeline finds in one article file (no database)')
    .argument('<file>', '.txt, .md (front matter), .json article, .html web page, or the http(s) url of a page')
    .option('--published-at <date>', 'publication date (YYYY-MM-DD), the anchor for "on Thursday"', isoDate)
    .option('--json', 'print the Extraction as JSON')
    .action(async (file: string, opts: { publishedAt?: string; json?: boolean }) => {
      try {
        const article = isUrl(file) ? await fetchArticle(file, { limits: fetchLimits(config()) }) : parseArticle(file, await readFile(file));
        if (opts.publishedAt) article.publishedAt = opts.publishedAt;
        const e = extract(article);
        process.stdout.write(opts.json ? `${JSON.stringify(e, null, 2)}\n` : formatExtraction(e));
      } catch (e) {
        if (e instanceof InvalidArticleError || e instanceof FetchError) {
          process.stderr.write(`diplograph: ${file}: [${e.code}] ${e.message}\n`);
          process.exit(1);
        }
        fail(e);
      }
    });
}
