// Web pages for the tests: an article's text wrapped in the boilerplate news sites put around
// it (cookie banner, navigation, share buttons, related links, comments, newsletter box, footer).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArticle, type ArticleInput } from '../../src/ingest/index.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const PAGES_DIR = path.resolve('test/fixtures/pages');
export const ARTICLES_DIR = path.resolve('test/fixtures/articles');

/** The test articles (test/fixtures/articles) with their file names. */
export function fixtureArticles(): { file: string; article: ArticleInput }[] {
  return readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.txt')).sort()
    .map((file) => ({ file, article: parseArticle(file, readFileSync(path.join(ARTICLES_DIR, file))) }));
}

/** A news page holding `a`, with heavy boilerplate around it; `url` is its canonical address. */
export function newsPage(a: ArticleInput, url = 'https://news.example/world/story'): string {
  const paragraphs = a.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${esc(a.title)} | ${esc(a.source ?? 'Example News')}</title>
<meta property="og:title" content="${esc(a.title)}">
${a.source ? `<meta property="og:site_name" content="${esc(a.source)}">` : ''}
${a.publishedAt ? `<meta property="article:published_time" content="${esc(a.publishedAt)}">` : ''}
<link rel="canonical" href="${esc(url)}">
<script>var ads = {slot: "top"};</script>
</head><body>
<div class="cookie-consent"><p>We and our 842 partners use cookies to store and access information on your device. Russia, China and the
United States are among the countries where our partners process data. Click Accept to consent or Manage to choose.</p><button>Accept</button></div>
<header><a href="/">Example News</a><nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/asia">Asia</a></nav></header>
<div class="breaking-ticker">BREAKING: Iran and Saudi Arabia restore ties · Japan protests to China over gas field</div>
<main><article>
<h1>${esc(a.title)}</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share via Email</a></div>
<div class="story-body">
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<p class="tags">TAGGED: <a href="/t/diplomacy">diplomacy</a> <a href="/t/world">world</a></p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/1">North Korea fires missile as South Korea and Japan hold talks</a></li>
<li><a href="/2">India and Pakistan trade accusations at the United Nations</a></li>
<li><a href="/3">Turkey threatens to veto Sweden's NATO bid</a></li></ul></aside>
<section id="comments" class="comments"><h2>Leave a Reply</h2>
<div class="comment"><p>Germany should sanction Russia now. France will never agree with the United Kingdom on this.</p></div>
<div class="comment"><p>China condemned the United States again, what a surprise. Israel attacked Iran last year too.</p></div>
<form><textarea name="comment"></textarea><button>Post Comment</button></form></section>
</main>
<div class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our newsletter on world affairs, sent every morning.</p></div>
<footer><p>© Example News. All rights reserved. Terms · Privacy · Contact us</p></footer>
</body></html>`;
}
