// Throughput of web pages in: parseHtmlArticle (linkedom + Readability + the page's metadata) on
// the test articles wrapped in a news site's boilerplate, then the same pages through extract().
// Run: npx tsx bench/html.ts [pages]
import { extract, parseHtmlArticle } from '../src/ingest/index.js';
import { fixtureArticles, newsPage } from '../test/support/pages.js';

const small = fixtureArticles().map(({ article }, i) => newsPage(article, `https://news.example/${i}`));
// A real news page is mostly not the article: ~120 KB of menus, promos, inline script and JSON.
const filler = `<script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 800 }, (_, i) => ({ id: i, t: 'headline '.repeat(6) })) })}</script>` +
  `<div class="promo-grid">${Array.from({ length: 600 }, (_, i) => `<div class="promo"><a href="/p/${i}">Another story about diplomacy number ${i}</a><span>2 hours ago</span></div>`).join('')}</div>`;
const large = small.map((p) => p.replace('</body>', `${filler}</body>`));
const runs = Number(process.argv[2] ?? 2000);

function measure(label: string, pages: string[], work: (html: string) => void, n = runs): void {
  const kb = pages.reduce((sum, p) => sum + p.length, 0) / pages.length / 1024;
  for (let i = 0; i < 50; i++) work(pages[i % pages.length]!);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) work(pages[i % pages.length]!);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`${label}: ${n} pages of ~${kb.toFixed(1)} KB in ${seconds.toFixed(2)} s wall (${Math.round(n / seconds)} pages/s), ` +
    `${cpuSeconds.toFixed(2)} s CPU (${Math.round(n / cpuSeconds)} pages/s per core)`);
}

measure('small page -> article', small, (html) => void parseHtmlArticle(html));
measure('small page -> article -> extraction', small, (html) => void extract(parseHtmlArticle(html)));
measure('large page -> article', large, (html) => void parseHtmlArticle(html), Math.ceil(runs / 10));
measure('large page -> article -> extraction', large, (html) => void extract(parseHtmlArticle(html)), Math.ceil(runs / 10));
