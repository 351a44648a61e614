// validateArticle: an unknown value (API input, a JSON file, a JSONL line) checked into an
// ArticleInput, with the same errors as file parsing.
import { InvalidArticleError } from '../errors.js';
import type { ArticleInput } from '../types.js';
import { checkText } from './checks.js';

const OPTIONAL = ['publishedAt', 'url', 'source'] as const;
// "2019-10-18" or "2019-10-18T09:30:00Z"
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function validateArticle(input: unknown): ArticleInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidArticleError('WRONG_TYPE', 'an article must be an object {title, body, publishedAt?, url?, source?}');
  }
  const record = input as Record<string, unknown>;
  const body = record.body ?? record.text ?? record.content;
  if (body === undefined || body === null) throw new InvalidArticleError('MISSING_FIELD', 'the article has no "body"');
  if (typeof body !== 'string') throw new InvalidArticleError('WRONG_TYPE', '"body" must be a string');
  const title = record.title ?? '';
  if (typeof title !== 'string') throw new InvalidArticleError('WRONG_TYPE', '"title" must be a string');
  checkText(`${title}\n${body}`, 'the article');
  if (body.trim() === '') throw new InvalidArticleError('EMPTY', 'the article body is empty');
  const article: ArticleInput = { title: title.trim(), body };
  for (const key of OPTIONAL) {
    const value = record[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') throw new InvalidArticleError('WRONG_TYPE', `"${key}" must be a string`);
    article[key] = value.trim();
  }
  if (article.publishedAt && !ISO_DATE.test(article.publishedAt)) {
    throw new InvalidArticleError('WRONG_TYPE', `"publishedAt" must be an ISO date (YYYY-MM-DD), got "${article.publishedAt}"`);
  }
  return article;
}
