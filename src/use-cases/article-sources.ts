import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InvalidArticleError, parseArticle, parseArticleLines } from '../ingest/index.js';
import type { ArticleInput } from '../ingest/types.js';

// From command-line arguments (files, folders, globs) to articles: one entry per article, or
// a failure naming the file (and line, for .jsonl) and why it is not an article.

export const ARTICLE_EXTENSIONS = ['txt', 'md', 'json', 'jsonl', 'html', 'htm'] as const;

export type ArticleSource =
  | { ok: true; where: string; article: ArticleInput }
  | { ok: false; where: string; reason: string; code?: string };

/** The article files the arguments name, sorted and distinct; arguments that name none are failures. */
export async function expandPaths(args: readonly string[]): Promise<{ files: string[]; missing: ArticleSource[] }> {
  const files = new Set<string>();
  const missing: ArticleSource[] = [];
  const pattern = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;
  for (const arg of args) {
    let found: string[] = [];
    if (isDynamicPattern(arg)) {
      found = await glob(arg, { absolute: true, onlyFiles: true });
    } else {
      const info = await stat(arg).catch(() => null);
      if (info?.isDirectory()) found = await glob(pattern, { cwd: arg, absolute: true, onlyFiles: true });
      else if (info?.isFile()) found = [path.resolve(arg)];
    }
    if (found.length === 0) missing.push({ ok: false, where: arg, reason: 'no such file, or no article files in it', code: 'NOT_FOUND' });
    found.sort().forEach((f) => files.add(f));
  }
  return { files: [...files], missing };
}

function failure(where: string, e: unknown): ArticleSource {
  if (e instanceof InvalidArticleError) return { ok: false, where, reason: e.message, code: e.code };
  return { ok: false, where, reason: e instanceof Error ? e.message : String(e), code: (e as { code?: string }).code };
}

/** The articles of one file: one for .txt/.md/.json/.html, one per line for .jsonl (a bad line is one failure). */
export async function readArticles(file: string): Promise<ArticleSource[]> {
  const where = path.relative(process.cwd(), file) || file;
  try {
    const content = await readFile(file);
    if (/\.(jsonl|ndjson)$/i.test(file)) {
      return parseArticleLines(file, content).map((r): ArticleSource =>
        r.ok ? { ok: true, where: `${where}:${r.line}`, article: r.article } : failure(`${where}:${r.line}`, r.error),
      );
    }
    return [{ ok: true, where, article: parseArticle(file, content) }];
  } catch (e) {
    return [failure(where, e)];
  }
}
