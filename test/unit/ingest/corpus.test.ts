// Extraction quality on real news: the 57 hand-annotated articles of ../shared/corpus (Reuters
// 1987, BBC 2004-05, White House 2021-25), scored by the corpus's own score.py. Each article is
// extracted here, in-process, and the scorer reads the JSON the CLI's `extract --json` prints.
// The floors sit just under what the extractor reaches (docs/extraction.md); a change that
// loses ground on real text fails here. Where the corpus (or python3) is absent, it is skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, parseArticle } from '../../../src/ingest/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = process.env.DIPLOGRAPH_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
const python = spawnSync('python3', ['--version']).status === 0;
const present = existsSync(path.join(CORPUS, 'score.py')) && existsSync(path.join(CORPUS, 'articles'));
const reason = !present ? `no corpus at ${CORPUS} (set DIPLOGRAPH_CORPUS)` : 'python3 not found';

// The SUMMARY line's metrics: floors just under the figures reached, per slice and overall.
type Summary = Record<string, number>;
const FLOORS: Record<string, Summary> = {
  all: { people_f1: 0.97, person_country: 0.94, title_acc: 0.95, country_f1: 0.97, meetings: 0.86, meetings_p: 0.86, agreements: 0.71, agreements_f1: 0.85, quotes: 0.93 },
  reuters: { people_f1: 0.97, person_country: 0.91, title_acc: 0.95, meetings: 0.86, meetings_p: 0.85, agreements_f1: 0.82, quotes: 0.92 },
  bbc: { people_f1: 0.97, person_country: 0.89, title_acc: 0.93, meetings: 0.82, meetings_p: 0.84, agreements_f1: 0.84, quotes: 0.93 },
  whitehouse: { people_f1: 0.97, person_country: 0.97, title_acc: 0.97, meetings: 0.88, meetings_p: 0.86, agreements_f1: 0.9 },
};

const ready = present && python;
if (!ready) process.stderr.write(`corpus quality test skipped: ${reason}\n`);
let out = '';
const articles = path.join(CORPUS, 'articles');
const gold = path.join(CORPUS, 'gold');

// score.py scores every gold file of a folder: a folder with a copy of each slice's gold files
function score(slice: string): Summary {
  let goldDir = gold;
  if (slice !== 'all') {
    goldDir = path.join(out, `gold-${slice}`);
    mkdirSync(goldDir, { recursive: true });
    for (const g of readdirSync(gold).filter((f) => f.startsWith(`dev_${slice}_`))) {
      writeFileSync(path.join(goldDir, g), readFileSync(path.join(gold, g)));
    }
  }
  const cmd = `cat ${out}/$(basename {file} .txt).json #`;
  const r = spawnSync('python3', [path.join(CORPUS, 'score.py'), articles, goldDir, ROOT, '--cmd', cmd], { encoding: 'utf8', timeout: 120_000 });
  const line = r.stdout.split('\n').find((l) => l.startsWith('SUMMARY'));
  if (!line) throw new Error(`score.py printed no SUMMARY: ${r.stderr.slice(-500)}`);
  return Object.fromEntries(line.slice(8).split(' ').map((kv) => kv.split('=')).map(([k, v]) => [k!, Number(v)]));
}

describe.skipIf(!ready)(`extraction quality on the real-news corpus${ready ? '' : ` (skipped: ${reason})`}`, () => {
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'diplograph-corpus-'));
    for (const file of readdirSync(articles).filter((f) => f.endsWith('.txt'))) {
      const input = parseArticle(file, readFileSync(path.join(articles, file)));
      const date = path.join(articles, file.replace(/\.txt$/, '.date'));
      if (existsSync(date)) input.publishedAt = readFileSync(date, 'utf8').trim().split(/\s+/)[0]!;
      writeFileSync(path.join(out, file.replace(/\.txt$/, '.json')), JSON.stringify(extract(input)));
    }
  });
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it.each(Object.keys(FLOORS))('%s: every metric at or above its floor', (slice) => {
    const got = score(slice);
    expect(got.failures, 'extractor failures').toBe(0);
    const below = Object.entries(FLOORS[slice]!).filter(([k, floor]) => !(got[k]! >= floor)).map(([k, floor]) => `${k} ${got[k]} < ${floor}`);
    expect(below, JSON.stringify(got)).toEqual([]);
  });
});
