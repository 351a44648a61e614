import type { Db } from '../graph/db.js';
import { decodeHtml, parseHtmlArticle } from '../ingest/index.js';
import type { ArticleInput } from '../ingest/types.js';
import { fetchResource, type FetchLimits } from '../web/fetch.js';
import { ingestArticle, type IngestOptions, type IngestSummary } from './ingest-article.js';

// One web page by its url: fetched within the fetch limits (src/web/fetch.ts), its article read
// (src/ingest/input/html.ts) and ingested like any other. Throws FetchError (could not fetch) or
// InvalidArticleError (fetched, but no article in it); either way nothing is written.

export interface UrlOptions {
  limits?: Partial<FetchLimits>;
  signal?: AbortSignal;
}

const site = (u: URL) => u.hostname.toLowerCase().replace(/^www\./, '');

/**
 * The url an article fetched from `fetched` is stored under: the page's canonical url when it is
 * on the same site (a page cannot claim another site's article and replace its facts), else the
 * url the page was fetched from.
 */
export function storedUrl(fetched: string, canonical: string | null | undefined): string {
  if (!canonical) return fetched;
  try {
    return site(new URL(canonical)) === site(new URL(fetched)) ? canonical : fetched;
  } catch {
    return fetched;
  }
}

/** The article of the page at `url`. */
export async function fetchArticle(url: string, opts: UrlOptions = {}): Promise<ArticleInput> {
  const page = await fetchResource(url, { limits: opts.limits, accept: ['html'], signal: opts.signal });
  const article = parseHtmlArticle(decodeHtml(page.body, page.charset), { url: page.url, what: page.url });
  return { ...article, url: storedUrl(page.url, article.url) };
}

export async function ingestUrl(db: Db, url: string, opts: UrlOptions & IngestOptions = {}): Promise<IngestSummary> {
  return ingestArticle(db, await fetchArticle(url, opts), opts);
}
