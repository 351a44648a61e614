// Checks that tell an article from something that is not one: empty, binary, badly encoded,
// oversized or an HTML page. Each failure is an InvalidArticleError with a stable code.
import { InvalidArticleError } from '../errors.js';

/** Largest article accepted, in UTF-8 bytes (title + body). Longer input is rejected as TOO_LARGE. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes as strict UTF-8 (a leading BOM is dropped). */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  if (bytes.length > MAX_ARTICLE_BYTES * 2) tooLarge(bytes.length, what);
  if (bytes.includes(0)) {
    throw new InvalidArticleError('BINARY', `${what} is binary data (it contains NUL bytes), not text`);
  }
  try {
    return UTF8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InvalidArticleError('INVALID_UTF8', `${what} is not valid UTF-8 text`);
  }
}

function tooLarge(bytes: number, what: string): never {
  throw new InvalidArticleError(
    'TOO_LARGE',
    `${what} is ${bytes} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes (${MAX_ARTICLE_BYTES / 1048576} MB)`,
  );
}

// Control characters other than tab, newline, carriage return and form feed.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
// "<!DOCTYPE html>", "<html lang=...>", "<body>": a web page, not article text.
const HTML_PAGE = /<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]/i;

/** Reject text that cannot be an article; return it unchanged otherwise. */
export function checkText(text: string, what: string): string {
  if (text.trim() === '') throw new InvalidArticleError('EMPTY', `${what} is empty`);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) tooLarge(bytes, what);
  if (text.includes('\u0000')) {
    throw new InvalidArticleError('BINARY', `${what} is binary data (it contains NUL characters), not text`);
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 8 && controls / text.length > 0.01) {
    throw new InvalidArticleError('BINARY', `${what} looks binary: ${controls} control characters`);
  }
  if (HTML_PAGE.test(text.slice(0, 4096))) {
    throw new InvalidArticleError('HTML', `${what} is an HTML page; give the article text, or the page as a .html file (format HTML in the API)`);
  }
  return text;
}
