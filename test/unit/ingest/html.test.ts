// Web pages in: Readability finds the article in the page, metadata comes from the page, the
// boilerplate stays out, and the facts are those of the article's clean text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeHtml, extract, InvalidArticleError, isoDate, parseArticle, parseHtmlArticle, type ArticleInput, type Extraction,
} from '../../../src/ingest/index.js';
import { ARTICLES_DIR, fixtureArticles, newsPage, PAGES_DIR } from '../../support/pages.js';

const page = (name: string) => readFileSync(path.join(PAGES_DIR, name));
const clean = (name: string) => parseArticle(name, readFileSync(path.join(ARTICLES_DIR, name)));

/** The facts an extraction holds, without offsets (the two texts differ in their layout). */
function facts(e: Extraction) {
  return {
    countries: e.countries.map((c) => c.code).sort(),
    people: e.people.map((p) => p.name).sort(),
    organizations: e.organizations.map((o) => o.name).sort(),
    events: e.events.map((ev) => [ev.code, ev.source, ev.target, ev.date, ev.evidence.text]),
    quotes: e.quotes.map((q) => [q.speaker, q.text]),
    agreements: e.agreements.map((a) => [a.status, a.name, a.parties]),
  };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof InvalidArticleError) return e.code;
    throw e;
  }
  return undefined;
}

const BOILERPLATE = /cookies|842 partners|Share on|Related (stories|coverage)|Leave a Reply|Sign up|newsletter|All rights reserved|BREAKING|TAGGED|sanction Russia now|Post Comment|Most viewed|Comments \(|euro_watcher|Trust Principles|Support the Guardian|Skip to|Privacy Policy|official website|###/i;

describe('parseHtmlArticle', () => {
  it.each([
    ['a wire story (JSON-LD date, og:site_name, relative canonical link)', 'wire-lavrov-blinken.html', '01-reuters-lavrov-blinken.txt',
      { title: 'Lavrov, Blinken hold tense talks in Geneva over Ukraine', publishedAt: '2022-01-22', source: 'Reuters',
        url: 'https://www.reuters.example/world/europe/lavrov-blinken-geneva-2022-01-21/' }],
    ['a newspaper page with comments (article:published_time, og:url)', 'newspaper-merkel-macron.html', '08-guardian-merkel-macron.txt',
      { title: 'Merkel and Macron pledge to deepen EU integration', publishedAt: '2018-06-20T05:00:12.000Z', source: 'the Guardian',
        url: 'https://www.theguardian.example/world/2018/jun/19/merkel-macron-eu-integration' }],
    ['a government press release (<time datetime>, canonical)', 'press-release-biden-modi.html', '17-white-house-readout.txt',
      { title: "Readout of President Biden's Meeting with Prime Minister Modi of India", publishedAt: '2021-09-25T00:40:00-04:00',
        source: 'The White House', url: 'https://www.whitehouse.example/briefing-room/statements-releases/2021/09/24/readout-biden-modi/' }],
  ])('%s: metadata from the page, boilerplate out, the facts of the clean text', (_name, file, cleanFile, expected) => {
    const article = parseHtmlArticle(page(file).toString('utf8'), { url: 'https://www.reuters.example/some/path?x=1', what: file });
    expect(article).toMatchObject(expected);
    expect(article.body).not.toMatch(BOILERPLATE);
    const text = clean(cleanFile);
    for (const paragraph of text.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) expect(article.body).toContain(paragraph);
    expect(facts(extract(article))).toEqual(facts(extract({ ...text, publishedAt: article.publishedAt })));
  });

  it('keeps provenance in the extracted text, which is the body stored', () => {
    const article = parseArticle('newspaper-merkel-macron.html', page('newspaper-merkel-macron.html'));
    const e = extract(article);
    expect(e.events.length).toBeGreaterThan(0);
    for (const ev of e.events) expect(article.body.slice(ev.evidence.start, ev.evidence.end)).toBe(ev.evidence.text);
    for (const s of e.sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text);
  });

  it('every test article wrapped in heavy boilerplate gives the same facts as its clean text', () => {
    const articles = fixtureArticles();
    expect(articles.length).toBeGreaterThan(20);
    for (const { file, article } of articles) {
      const fromPage = parseHtmlArticle(newsPage(article), { what: file });
      expect(fromPage.body, file).not.toMatch(BOILERPLATE);
      expect(fromPage.title, file).toBe(article.title);
      expect(fromPage.source ?? undefined, file).toBe(article.source ?? 'news.example');
      expect(fromPage.url, file).toBe('https://news.example/world/story');
      expect(facts(extract(fromPage)), file).toEqual(facts(extract(article)));
    }
  });

  it('finds the article in a page that does not mark it (no <article>, no <main>), or marks teasers too', () => {
    for (const { file, article } of fixtureArticles().slice(0, 8)) {
      const page = newsPage(article);
      const unmarked = page.replace(/<(\/?)(article|main)>/g, '<$1div>');
      const teasers = page.replace('<aside class="related">', `${'<article class="teaser"><a href="/t">Teaser</a></article>'.repeat(3)}<aside class="related">`);
      for (const variant of [unmarked, teasers]) {
        const fromPage = parseHtmlArticle(variant, { what: file });
        expect(fromPage.body, file).not.toMatch(BOILERPLATE);
        expect(facts(extract(fromPage)), file).toEqual(facts(extract(article)));
      }
    }
  });

  it('reads a page in the charset it declares', () => {
    const html = `<html><head><meta charset="windows-1252"><title>Caf\xe9 talks</title></head><body><article>${'<p>The minister of Fran\xe7ois met his counterpart in Paris on Monday to discuss the crisis, and both sides agreed to continue the talks next month.</p>'.repeat(3)}</article></body></html>`;
    const article = parseArticle('a.html', Buffer.from(html, 'latin1'));
    expect(article.title).toBe('Café talks');
    expect(article.body).toContain('François');
  });

  it('decodes a feed in the encoding its XML declaration names', () => {
    const xml = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf\xe9</title></channel></rss>', 'latin1');
    expect(decodeHtml(xml)).toContain('Café');
    expect(decodeHtml(Buffer.from('<p>Café</p>', 'utf8'))).toBe('<p>Café</p>');
  });

  it.each([
    ['a page with no article (a list of headlines)', () => parseArticle('no-article.html', page('no-article.html')), 'NO_ARTICLE'],
    ['an empty page', () => parseHtmlArticle('  \n'), 'EMPTY'],
    ['markup without text', () => parseHtmlArticle('<html><body><div></div></body></html>'), 'NO_ARTICLE'],
    ['plain text given as HTML, too short to be an article', () => parseHtmlArticle('hello world'), 'NO_ARTICLE'],
    ['a binary file named .html', () => parseArticle('x.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), 'BINARY'],
    ['a page over 5 MB', () => parseArticle('x.html', `<html><body>${'<p>words words</p>'.repeat(400_000)}</body></html>`), 'TOO_LARGE'],
  ])('rejects %s', (_name, fn, code) => {
    expect(codeOf(fn)).toBe(code);
  });

  it('says why a page holds no article', () => {
    expect(() => parseArticle('no-article.html', page('no-article.html'))).toThrow(/no-article\.html holds no article/);
  });

  it('still refuses markup in a .txt file, pointing to .html', () => {
    expect(() => parseArticle('a.txt', '<!DOCTYPE html><html><body>x</body></html>')).toThrow(/\.html file/);
  });
});

describe('isoDate', () => {
  it.each([
    ['2022-01-22', '2022-01-22'],
    ['2018-06-20T05:00:12.000Z', '2018-06-20T05:00:12.000Z'],
    ['2021-09-25T00:40:00-04:00', '2021-09-25T00:40:00-04:00'],
    ['2021-09-25 10:00', '2021-09-25T10:00'],
    ['Tue, 19 Jun 2018 17:30:00 GMT', '2018-06-19T17:30:00.000Z'],
    ['yesterday', undefined],
    ['', undefined],
  ])('%s -> %s', (raw, expected) => {
    expect(isoDate(raw)).toBe(expected);
    if (expected) expect(() => extract({ title: 't', body: 'b.', publishedAt: expected } as ArticleInput)).not.toThrow();
  });
});
