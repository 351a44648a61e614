// Public surface of the ingest layer: pure text -> Extraction, article parsing and checks,
// and the lookups (CAMEO, countries) other layers share.
export type * from './types.js';
export { extract } from './pipeline.js';
export { formatExtraction } from './format.js';
export { InvalidArticleError, type InvalidArticleCode } from './errors.js';
export { MAX_ARTICLE_BYTES } from './input/checks.js';
export { parseArticle, parseArticleLines, type ArticleLineResult } from './input/parse-article.js';
export { validateArticle } from './input/validate.js';
export { decodeHtml, isoDate, MAX_HTML_CHARS, parseHtmlArticle, type HtmlOptions } from './input/html.js';
export { isHtmlFile } from './input/parse-article.js';
export { cameoEvent, cameoCodes, quadClassOfRoot, type CameoEvent } from './lexicon/cameo.js';
export { countryFromCode, countryFromName, countryName, cityCountry } from './entities/country.js';
