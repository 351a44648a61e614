// Article files: .txt (first non-empty line the title, the rest the body), .md/.txt with a
// front-matter block, .json {title, body, ...}, .jsonl (one article a line) and .html/.htm (a web
// page: its main text and metadata, see html.ts).
import { InvalidArticleError } from '../errors.js';
import type { ArticleInput } from '../types.js';
import { decodeHTMLStrict } from 'entities';
import { checkText, decodeUtf8 } from './checks.js';
import { decodeHtml, MAX_HTML_CHARS, parseHtmlArticle } from './html.js';
import { validateArticle } from './validate.js';

export type ArticleLineResult =
  | { line: number; ok: true; article: ArticleInput }
  | { line: number; ok: false; error: InvalidArticleError };

function toText(fileName: string, content: string | Uint8Array): string {
  return typeof content === 'string' ? content.replace(/^\uFEFF/, '') : decodeUtf8(content, fileName);
}

function extension(fileName: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName);
  return match?.[1]?.toLowerCase() ?? 'txt';
}

export function parseArticle(fileName: string, content: string | Uint8Array): ArticleInput {
  if (isHtmlFile(fileName)) return parseHtmlFile(fileName, content);
  const text = toText(fileName, content);
  const ext = extension(fileName);
  if (ext === 'json') return parseJson(text, fileName);
  if (ext === 'jsonl' || ext === 'ndjson') {
    throw new InvalidArticleError('UNSUPPORTED_FORMAT', `${fileName} holds many articles: use parseArticleLines`);
  }
  return parsePlain(checkText(text, fileName), fileName);
}

/** .html and .htm files are web pages. */
export function isHtmlFile(fileName: string): boolean {
  const ext = extension(fileName);
  return ext === 'html' || ext === 'htm' || ext === 'xhtml';
}

function parseHtmlFile(fileName: string, content: string | Uint8Array): ArticleInput {
  if (typeof content === 'string') return parseHtmlArticle(content, { what: fileName });
  if (content.length > MAX_HTML_CHARS) {
    throw new InvalidArticleError('TOO_LARGE', `${fileName} is ${content.length} bytes; the limit for a page is ${MAX_HTML_CHARS} bytes`);
  }
  if (content.includes(0)) throw new InvalidArticleError('BINARY', `${fileName} is binary data (it contains NUL bytes), not a web page`);
  return parseHtmlArticle(decodeHtml(content), { what: fileName });
}

function parseJson(text: string, what: string): ArticleInput {
  checkText(text, what);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidArticleError('MALFORMED_JSON', `${what} is not valid JSON: ${(error as Error).message}`);
  }
  return validateArticle(value);
}

// ---
// title: China, Russia pledge ...
// publishedAt: 2019-10-18
// ---
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FIELD = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/;
const KEYS: Record<string, 'title' | 'publishedAt' | 'url' | 'source'> = {
  title: 'title', publishedat: 'publishedAt', published_at: 'publishedAt', published: 'publishedAt',
  date: 'publishedAt', url: 'url', link: 'url', source: 'source', outlet: 'source',
};

const ENTITY = /&(?:#\d{2,7}|#x[\da-f]{2,6}|[a-z]{2,8});/i;

function parsePlain(text: string, what: string): ArticleInput {
  const fields: Record<string, string> = {};
  let rest = text;
  const front = FRONT_MATTER.exec(text);
  if (front) {
    for (const line of (front[1] ?? '').split(/\r?\n/)) {
      const field = FIELD.exec(line);
      const key = field && KEYS[field[1]!.toLowerCase()];
      if (key && field[2]) fields[key] = field[2].replace(/^(["'])(.*)\1$/, '$2');
    }
    rest = text.slice(front[0].length);
  }
  let body = rest;
  if (fields.title === undefined) {
    const firstLine = /^\s*([^\r\n]*)(?:\r?\n|$)/.exec(rest);
    fields.title = (firstLine?.[1] ?? '').replace(/^#+\s*/, '').trim();
    body = rest.slice(firstLine?.[0].length ?? 0);
  }
  if (body.trim() === '') throw new InvalidArticleError('EMPTY', `${what} has a title but no body`);
  // text copied out of web pages keeps its character references ("a G7 communiqu&#233;")
  if (ENTITY.test(body)) body = decodeHTMLStrict(body);
  if (fields.title && ENTITY.test(fields.title)) fields.title = decodeHTMLStrict(fields.title);
  return validateArticle({ ...fields, body });
}

/** Parse a .jsonl file: one result per non-empty line, so a caller can skip the bad ones. */
export function parseArticleLines(fileName: string, content: string | Uint8Array): ArticleLineResult[] {
  const text = toText(fileName, content);
  const results: ArticleLineResult[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    if (lineText.trim() === '') return;
    const line = index + 1;
    try {
      results.push({ line, ok: true, article: parseJson(lineText, `${fileName} line ${line}`) });
    } catch (error) {
      if (!(error instanceof InvalidArticleError)) throw error;
      results.push({ line, ok: false, error });
    }
  });
  return results;
}
