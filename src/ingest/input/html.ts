// A web page -> an article: the main text found by Mozilla's Readability (Firefox's reader view)
// over linkedom's DOM, and the page's own metadata (title, publication date, site name, canonical
// url). Pure: it parses the string it is given and fetches nothing. The article's body is the
// extracted text, so provenance offsets refer to it, and it is what is stored.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InvalidArticleError } from '../errors.js';
import type { ArticleInput } from '../types.js';
import { validateArticle } from './validate.js';

/** Largest page accepted, in UTF-16 code units of markup (about bytes for most pages). */
export const MAX_HTML_CHARS = 5 * 1024 * 1024;
/** Less extracted text than this is not an article (a home page, a login wall, an error page). */
export const MIN_ARTICLE_CHARS = 200;

// linkedom's document type is not the DOM lib's; only the few calls below are used.
type El = {
  tagName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  getAttribute(name: string): string | null;
  remove(): void;
};
type Node = { nodeType: number; textContent: string | null; tagName?: string; childNodes?: ArrayLike<Node> };
type Doc = {
  title: string;
  documentElement: El | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
};

export interface HtmlOptions {
  /** Where the page came from: the base for relative links and the url when the page names none. */
  url?: string;
  /** How to name the page in error messages (a file name, the url). */
  what?: string;
}

// Elements that are never the article, removed before Readability scores the rest. Readability
// drops most of these itself by their class names; cookie banners and consent dialogs it can keep
// when they are long, so they go here by name.
const NEVER_ARTICLE = [
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'form', 'nav', 'dialog',
  '[role="navigation"]', '[role="dialog"]', '[role="alertdialog"]', '[aria-modal="true"]',
].join(',');
// ... and the lines around the headline that name the section, the author and the time ("Briefing
// Room · Statements and Releases · September 25, 2021"), which the extractor would read as text.
const BANNER = /(^|[\s_-])(cookies?|consent|gdpr|cmp|newsletter|paywall|share|sharing|social|posted-on|entry-meta|post-meta|article-meta|breadcrumbs?|timestamp|byline)([\s_-]|$)/i;

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);

const END_MARK = /^(#{3}|-\s*30\s*-|-*\s*ends?\s*-*)$/i;

/** The text of an element with a blank line between blocks and single spaces inside them. */
function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK.has((node.tagName ?? '').toUpperCase());
    if (block) flush();
    const children = node.childNodes ?? [];
    for (let i = 0; i < children.length; i += 1) walk(children[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  // A press release's end mark ("###", "-30-", "- ENDS -") is not text.
  while (paragraphs.length > 0 && END_MARK.test(paragraphs[paragraphs.length - 1]!)) paragraphs.pop();
  return paragraphs.join('\n\n');
}

function meta(doc: Doc, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/** Every object in the page's JSON-LD blocks, @graph and arrays flattened. Bad JSON is skipped. */
function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i += 1) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      // a page's broken JSON-LD says nothing
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|PressRelease/i;

function ldArticle(items: Record<string, unknown>[]): Record<string, unknown> | undefined {
  return items.find((i) => [i['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)))
    ?? items.find((i) => typeof i.datePublished === 'string');
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** A page's date as the ISO date (or date-time) validateArticle accepts, or undefined. */
export function isoDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const v = raw.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (m) return m[2] ? `${m[1]}T${m[2]}${m[3] ?? ''}` : m[1];
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  return d.getUTCFullYear() > 1800 && d.getUTCFullYear() < 2200 ? d.toISOString() : undefined;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function publisherName(ld: Record<string, unknown> | undefined): string | undefined {
  const p = ld?.publisher;
  if (typeof p === 'string') return str(p);
  if (Array.isArray(p)) return str((p[0] as Record<string, unknown> | undefined)?.name);
  return str((p as Record<string, unknown> | undefined)?.name);
}

export interface PageMetadata {
  title?: string;
  publishedAt?: string;
  source?: string;
  url?: string;
}

/** Title, publication date, site name and canonical url, as the page states them. */
function pageMetadata(doc: Doc, base: string | undefined): PageMetadata {
  const ld = ldArticle(jsonLd(doc));
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined;
  const publishedAt =
    isoDate(meta(doc, 'article:published_time', 'og:published_time')) ??
    isoDate(str(ld?.datePublished)) ??
    isoDate(meta(doc, 'datePublished', 'pubdate', 'publishdate', 'date', 'DC.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date')) ??
    isoDate(time);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const url = absolute(canonical, base) ?? absolute(meta(doc, 'og:url'), base) ?? absolute(str(ld?.url), base) ?? absolute(base, undefined);
  return {
    title: meta(doc, 'og:title', 'twitter:title') ?? str(ld?.headline),
    publishedAt,
    source: meta(doc, 'og:site_name', 'application-name') ?? publisherName(ld),
    url,
  };
}

function removeAll(doc: Doc, selector: string): void {
  const els = Array.from(doc.querySelectorAll(selector));
  for (const el of els) el.remove();
}

function removeBanners(doc: Doc): void {
  const els = Array.from(doc.querySelectorAll('[class], [id]'));
  for (const el of els) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (BANNER.test(names)) el.remove();
  }
}

 /** Readability's article, or null (it throws on some broken trees: no article either). */
function readable(doc: Doc): ReturnType<Readability<string>['parse']> {
  try {
    return new Readability(doc as never, { charThreshold: 300 }).parse();
  } catch {
    return null;
  }
}

/** The markup of the one element the page marks as its article, if it holds enough text. */
function articleRegion(doc: Doc): string | null {
  for (const selector of ['article', '[itemprop="articleBody"]', 'main', '[role="main"]']) {
    const found = doc.querySelectorAll(selector);
    if (found.length !== 1) continue;
    const el = found[0]! as El & { outerHTML: string };
    if ((el.textContent ?? '').replace(/\s+/g, ' ').length >= MIN_ARTICLE_CHARS) return el.outerHTML;
  }
  return null;
}

/** Strip a " | Site" or " - Site" suffix that pages add to their <title>. */
function cleanTitle(title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return undefined;
  let t = title.replace(/\s+/g, ' ').trim();
  if (site) {
    const suffix = new RegExp(`\\s+[|\\-–—:·]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
    t = t.replace(suffix, '');
  }
  return t || undefined;
}

/**
 * The article of a web page: its main text as the body (paragraphs on blank lines), its title,
 * date, source and url from the page's metadata. Throws InvalidArticleError: NO_ARTICLE when the
 * page holds no article, TOO_LARGE, EMPTY; or what validateArticle finds.
 */
export function parseHtmlArticle(html: string, opts: HtmlOptions = {}): ArticleInput {
  const what = opts.what ?? 'the page';
  if (html.trim() === '') throw new InvalidArticleError('EMPTY', `${what} is empty`);
  if (html.length > MAX_HTML_CHARS) {
    throw new InvalidArticleError('TOO_LARGE', `${what} is ${html.length} characters of HTML; the limit is ${MAX_HTML_CHARS}`);
  }
  if (html.includes('\u0000')) throw new InvalidArticleError('BINARY', `${what} is binary data, not an HTML page`);
  const { document } = parseHTML(html) as unknown as { document: Doc };
  if (!document.documentElement) throw new InvalidArticleError('NO_ARTICLE', `${what} is not an HTML page`);
  const metadata = pageMetadata(document, opts.url);
  const pageTitle = document.title;
  removeAll(document, NEVER_ARTICLE);
  removeBanners(document);
  // Readability scores every block of the page; on linkedom that costs ~0.5 s for a page of 200 KB
  // of promos and menus. A page that marks its article (one <article>, or articleBody) is read
  // from that element alone; the whole page only when that finds no article.
  const region = articleRegion(document);
  let parsed = region ? readable(parseHTML(`<!doctype html><html><head><title></title></head><body>${region}</body></html>`).document as unknown as Doc) : null;
  let content = parsed?.content ? blockText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as unknown as Node) : '';
  if (content.replace(/\s+/g, ' ').length < MIN_ARTICLE_CHARS) {
    parsed = readable(document);
    content = parsed?.content ? blockText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as unknown as Node) : '';
  }
  if (content.replace(/\s+/g, ' ').length < MIN_ARTICLE_CHARS) {
    throw new InvalidArticleError('NO_ARTICLE', `${what} holds no article: its main text is ${content.length} characters (at least ${MIN_ARTICLE_CHARS} are needed)`);
  }
  const source = metadata.source ?? str(parsed?.siteName) ?? hostName(metadata.url);
  const title = cleanTitle(metadata.title ?? str(parsed?.title) ?? pageTitle, source) ?? '';
  // Readability keeps a headline that is part of the article's markup: it is the title, not body.
  const body = title && content.startsWith(`${title}\n`) ? content.slice(title.length).replace(/^\n+/, '') : content;
  return validateArticle({
    title,
    body,
    publishedAt: metadata.publishedAt ?? isoDate(str(parsed?.publishedTime)),
    url: metadata.url,
    source,
  });
}

// <meta charset="..."> or <meta http-equiv content="text/html; charset=...">; <?xml encoding="..."?> for feeds
const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i;

/**
 * A page's (or feed's) bytes as text: the charset the server named, else the one the page declares
 * in its first 2 KB (meta charset, XML declaration), else UTF-8 (bad sequences become U+FFFD, as browsers do).
 */
export function decodeHtml(bytes: Uint8Array, charset?: string): string {
  const sniffed = CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)));
  const declared = charset ?? sniffed?.[1] ?? sniffed?.[2];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}
