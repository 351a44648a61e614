// Article files and bad input: every failure is an InvalidArticleError with a stable code,
// and extract() never throws or hangs on strange text.
import { describe, expect, it } from 'vitest';
import {
  InvalidArticleError, MAX_ARTICLE_BYTES, extract, parseArticle, parseArticleLines, validateArticle,
} from '../../../src/ingest/index.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidArticleError) return error.code;
    throw error;
  }
  return undefined;
}

describe('parseArticle', () => {
  it.each([
    ['plain text: first line is the title', 'a.txt', 'Title here\n\nBody text.', { title: 'Title here', body: '\nBody text.' }],
    ['leading blank lines before the title', 'a.txt', '\n\n  Title\nBody.', { title: 'Title', body: 'Body.' }],
    ['front matter', 'a.md', '---\ntitle: "Talks"\npublishedAt: 2019-10-18\nsource: TASS\nurl: https://x.y/z\n---\nBody.',
      { title: 'Talks', publishedAt: '2019-10-18', source: 'TASS', url: 'https://x.y/z', body: 'Body.' }],
    ['front matter without a title takes the first line', 'a.txt', '---\npublishedAt: 2020-01-02\n---\nHead\nBody.',
      { title: 'Head', publishedAt: '2020-01-02', body: 'Body.' }],
    ['json', 'a.json', JSON.stringify({ title: 'T', body: 'B.', publishedAt: '2001-02-03' }), { title: 'T', body: 'B.', publishedAt: '2001-02-03' }],
    ['bytes with a BOM', 'a.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x54, 0x0a, 0x42]), { title: 'T', body: 'B' }],
    ['character references copied out of a web page', 'a.txt', 'Tax &amp; spend\nA G7 communiqu&#233; on AT&T&#x27;s &pound;3bn.',
      { title: 'Tax & spend', body: 'A G7 communiqué on AT&T\'s £3bn.' }],
  ])('%s', (_name, file, content, expected) => {
    expect(parseArticle(file, content)).toEqual(expected);
  });

  it.each([
    ['empty', 'a.txt', '', 'EMPTY'],
    ['whitespace', 'a.txt', ' \n\t\n  ', 'EMPTY'],
    ['a title and no body', 'a.txt', 'Just a title\n\n', 'EMPTY'],
    ['NUL bytes', 'a.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), 'BINARY'],
    ['control characters', 'a.txt', `Title\n${'\u0001\u0002\u0003 abc '.repeat(50)}`, 'BINARY'],
    ['invalid UTF-8', 'a.txt', new Uint8Array([0x54, 0x0a, 0xc3, 0x28, 0x41]), 'INVALID_UTF8'],
    ['an HTML page', 'a.txt', '<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Hi</p></body></html>', 'HTML'],
    ['an HTML page without doctype', 'a.md', 'Title\n<html lang="en">\n<body>text</body></html>', 'HTML'],
    ['malformed JSON', 'a.json', '{"title": "x", "body": ', 'MALFORMED_JSON'],
    ['JSON without a body', 'a.json', '{"title": "x"}', 'MISSING_FIELD'],
    ['JSON with a numeric body', 'a.json', '{"title": "x", "body": 42}', 'WRONG_TYPE'],
    ['JSON array', 'a.json', '[1, 2]', 'WRONG_TYPE'],
    ['a 5 MB text', 'a.txt', `Title\n${'The minister met his counterpart. '.repeat(160_000)}`, 'TOO_LARGE'],
  ])('rejects %s', (_name, file, content, code) => {
    expect(codeOf(() => parseArticle(file, content))).toBe(code);
  });

  it('gives a clear message', () => {
    expect(() => parseArticle('x.txt', '')).toThrow(/empty/);
    expect(() => parseArticle('x.txt', `T\n${'a'.repeat(MAX_ARTICLE_BYTES + 10)}`)).toThrow(/limit is \d+ bytes/);
  });
});

describe('parseArticleLines', () => {
  it('returns one result per line, so bad lines can be skipped', () => {
    const text = [JSON.stringify({ title: 'A', body: 'a.' }), '', '{broken', JSON.stringify({ title: 'B' })].join('\n');
    const results = parseArticleLines('x.jsonl', text);
    expect(results.map((r) => [r.line, r.ok, r.ok ? r.article.title : r.error.code])).toEqual([
      [1, true, 'A'], [3, false, 'MALFORMED_JSON'], [4, false, 'MISSING_FIELD'],
    ]);
  });
});

describe('validateArticle', () => {
  it.each([
    [null, 'WRONG_TYPE'], ['text', 'WRONG_TYPE'], [{ title: 't' }, 'MISSING_FIELD'], [{ body: '  ' }, 'EMPTY'],
    [{ body: 'b', publishedAt: 'yesterday' }, 'WRONG_TYPE'], [{ body: 'b', url: 5 }, 'WRONG_TYPE'],
  ])('rejects %j', (input, code) => {
    expect(codeOf(() => validateArticle(input))).toBe(code);
  });

  it('keeps the optional fields', () => {
    expect(validateArticle({ title: ' T ', body: 'B', publishedAt: '2019-10-18T10:00:00Z', source: 'AP' }))
      .toEqual({ title: 'T', body: 'B', publishedAt: '2019-10-18T10:00:00Z', source: 'AP' });
  });
});

describe('extract on strange text', () => {
  // Each must return a valid, possibly empty, extraction well within the bound.
  it.each([
    ['opening parentheses', '('.repeat(10_000)],
    ['dots', '.'.repeat(10_000)],
    ['quotes', '"“”'.repeat(5_000)],
    ['one long word', 'a'.repeat(200_000)],
    ['capitals without spaces', 'AbCdEf'.repeat(30_000)],
    ['capitalised words without end', 'Minister President General Secretary Xi '.repeat(3_000)],
    ['commas and names', 'Putin, Xi, Modi, '.repeat(5_000)],
    ['unclosed quotes', '"He said '.repeat(5_000)],
    ['emoji and scripts', '🙂 中华人民共和国 Россия 🇷🇺 '.repeat(2_000)],
    ['empty body', ''],
  ])('%s', (_name, body) => {
    const t0 = Date.now();
    const e = extract({ title: 'T', body });
    expect(Array.isArray(e.events)).toBe(true);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('bounds a 5 MB body passed straight to extract', () => {
    const body = 'Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing. '.repeat(60_000);
    const t0 = Date.now();
    const e = extract({ title: 'T', body });
    expect(e.people.map((p) => p.name).sort()).toEqual(['Sergei Lavrov', 'Wang Yi']);
    expect(Date.now() - t0).toBeLessThan(60_000);
  }, 90_000);
});
