// Throughput of extract(): the seed article, varied and lengthened to ~500 words, 1000 times.
// Run: npx tsx bench/extract.ts
import { readFileSync } from 'node:fs';
import { extract, parseArticle } from '../src/ingest/index.js';

const seed = parseArticle('seed.txt', readFileSync(new URL('../seeds/000_0c0af7468425653f.txt', import.meta.url)));
const extra = [
  'Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday, the Kremlin said.',
  '"We will never accept unilateral sanctions," Foreign Ministry spokesman Zhao Lijian told reporters.',
  'U.S. Secretary of State Mike Pompeo criticized the drills, according to the State Department.',
];
const articles = Array.from({ length: 20 }, (_, i) => ({
  title: seed.title,
  publishedAt: `2019-10-${String(10 + (i % 18)).padStart(2, '0')}`,
  body: `${seed.body}\n\n${extra[i % 3]} ${extra[(i + 1) % 3]}\n\n${seed.body.split('\n\n').slice(2, 6 + (i % 3)).join('\n\n')}`,
}));
const words = articles.reduce((n, a) => n + a.body.split(/\s+/).length, 0) / articles.length;

for (let i = 0; i < 50; i++) extract(articles[i % articles.length]!);
const runs = 1000;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < runs; i++) extract(articles[i % articles.length]!);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
// CPU time as well as wall time: on a shared machine the wall clock counts other processes too
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`${runs} articles of ~${Math.round(words)} words in ${seconds.toFixed(2)} s wall (${Math.round(runs / seconds)} articles/s), ` +
  `${cpuSeconds.toFixed(2)} s CPU (${Math.round(runs / cpuSeconds)} articles/s per core)`);
