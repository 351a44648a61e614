import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../src/graph/db.js';
import { EVIDENCE_SAMPLE } from '../../../src/graph/cypher/fragments.js';
import { articleId } from '../../../src/graph/keys.js';
import { migrate } from '../../../src/graph/migrate.js';
import type { ArticleInput } from '../../../src/ingest/types.js';
import { deleteArticle, ingestArticle, ingestArticles } from '../../../src/use-cases/ingest-article.js';
import { cleanGraphDb, count } from '../helpers.js';
import { values } from './graph-helpers.js';

// REPRESENTS and HELD are shared by every article naming an official: their support lives on
// each article's MENTIONS edge of the person (`represents`, `held`), the edge keeps an evidence
// sample, and retraction and migration work from the MENTIONS edges.

vi.setConfig({ testTimeout: 240_000 });

const db: Db = cleanGraphDb();

/** Article `i` of `n`: Shoigu, Russia's defence minister, on day i + 1 of March 2024. */
const report = (i: number): ArticleInput => ({
  url: `https://news.example.com/wire/shoigu-${i}`,
  title: `Shoigu inspects troops, day ${i + 1}`,
  source: i % 2 === 0 ? 'Wire' : 'Other Wire',
  publishedAt: `2024-03-${String(i + 1).padStart(2, '0')}`,
  body:
    `Russian Defense Minister Sergei Shoigu inspected troops near Moscow on ${i % 2 === 0 ? 'Monday' : 'Tuesday'}, report ${i}.\n\n` +
    `"Our readiness is high," Shoigu told officers at unit ${i}.`,
});

const SHOIGU = `MATCH (p:Person) WHERE p.name CONTAINS 'Shoigu'`;
const represents = () => values(db, `${SHOIGU} MATCH (p)-[r:REPRESENTS]->(c:Country) RETURN {code: c.code, ids: r.sentenceIds, articles: r.articleIds} AS v`);
const held = () =>
  values(db, `${SHOIGU} MATCH (p)-[h:HELD]->(n) RETURN {title: h.title, first: toString(h.firstSeen), last: toString(h.lastSeen), ids: h.sentenceIds, articles: h.articleIds} AS v`);
const mentions = (prop: 'represents' | 'held') =>
  count(db, `${SHOIGU} MATCH (a:Article)-[m:MENTIONS]->(p) WHERE m.${prop} IS NOT NULL RETURN count(m) AS n`);
const prefixes = (ids: unknown) => new Set((ids as string[]).map((id) => id.slice(0, id.indexOf('#'))));

describe('REPRESENTS and HELD support', () => {
  it('keeps an evidence sample on the edge and each article\'s support on its MENTIONS, through retraction', async () => {
    const n = EVIDENCE_SAMPLE + 2;
    const articles = Array.from({ length: n }, (_, i) => report(i));
    const outcomes = await ingestArticles(db, articles);
    expect(outcomes.every((o) => o.ok)).toBe(true);

    const [rep] = (await represents()) as { code: string; ids: string[]; articles: unknown }[];
    expect(rep).toMatchObject({ code: 'RUS', articles: null });
    expect(rep!.ids).toHaveLength(EVIDENCE_SAMPLE);
    expect(await count(db, 'MATCH (s:Sentence) WHERE s.id IN $ids RETURN count(s) AS n', { ids: rep!.ids })).toBe(EVIDENCE_SAMPLE);
    expect(await mentions('represents')).toBe(n);
    const [office] = (await held()) as { first: string; last: string; ids: string[]; articles: unknown }[];
    expect(office).toMatchObject({ first: '2024-03-01', last: `2024-03-${String(n).padStart(2, '0')}`, articles: null });
    expect(office!.ids.length).toBeGreaterThan(0);
    expect(office!.ids.length).toBeLessThanOrEqual(EVIDENCE_SAMPLE);
    expect(await mentions('held')).toBe(n);

    // The first and the last article go: the office narrows to the days left, the samples lose
    // their sentences and are topped up from the articles left.
    const gone = [articles[0]!, articles[n - 1]!].map(articleId);
    for (const id of gone) expect(await deleteArticle(db, id)).toBe(true);
    const [rep2] = (await represents()) as { ids: string[] }[];
    expect(rep2!.ids).toHaveLength(EVIDENCE_SAMPLE);
    for (const id of gone) expect(prefixes(rep2!.ids).has(id)).toBe(false);
    const [office2] = (await held()) as { first: string; last: string; ids: string[] }[];
    expect(office2).toMatchObject({ first: '2024-03-02', last: `2024-03-${String(n - 1).padStart(2, '0')}` });
    for (const id of gone) expect(prefixes(office2!.ids).has(id)).toBe(false);

    // Down to one article: its sentences alone; then none, and the edges go with it.
    for (const a of articles.slice(1, n - 2)) await deleteArticle(db, articleId(a));
    const last = articleId(articles[n - 2]!);
    const [rep3] = (await represents()) as { ids: string[] }[];
    expect([...prefixes(rep3!.ids)]).toEqual([last]);
    const [office3] = (await held()) as { first: string; last: string; ids: string[] }[];
    expect(office3).toMatchObject({ first: `2024-03-${String(n - 1).padStart(2, '0')}`, last: `2024-03-${String(n - 1).padStart(2, '0')}` });
    expect([...prefixes(office3!.ids)]).toEqual([last]);
    await deleteArticle(db, last);
    expect(await count(db, 'MATCH ()-[r:REPRESENTS|HELD]->() RETURN count(r) AS n')).toBe(0);
  });

  it('migrate() moves the support of older stores\' edges (every article id listed on them) to MENTIONS', async () => {
    const articles = Array.from({ length: 3 }, (_, i) => report(i));
    for (const a of articles) await ingestArticle(db, a);
    const ids = articles.map(articleId);
    // The older form: every supporting article and sentence on the edge, nothing on MENTIONS.
    await db.write({
      name: 'test.oldForm',
      cypher: `MATCH (p:Person)-[r:REPRESENTS|HELD]->()
               SET r.articleIds = $ids, r.sentenceIds = [i IN range(1, 30) | $ids[0] + '#' + toString(i)]
               WITH DISTINCT p
               MATCH (:Article)-[m:MENTIONS]->(p) REMOVE m.represents, m.held`,
      params: { ids },
    });
    expect(await mentions('represents')).toBe(0);

    await migrate(db);
    expect(await count(db, 'MATCH ()-[r:REPRESENTS|HELD]->() WHERE r.articleIds IS NOT NULL RETURN count(r) AS n')).toBe(0);
    expect(await count(db, `MATCH ()-[r:REPRESENTS|HELD]->() WHERE size(r.sentenceIds) = ${EVIDENCE_SAMPLE} RETURN count(r) AS n`)).toBe(2);
    expect(await mentions('represents')).toBe(3);
    expect(await mentions('held')).toBe(3);
    await migrate(db); // nothing left to move: the same graph
    expect(await mentions('held')).toBe(3);

    // Retraction now finds the moved support: the edges outlive two articles, not the third.
    await deleteArticle(db, ids[0]!);
    await deleteArticle(db, ids[1]!);
    expect(await count(db, 'MATCH ()-[r:REPRESENTS|HELD]->() RETURN count(r) AS n')).toBe(2);
    await deleteArticle(db, ids[2]!);
    expect(await count(db, 'MATCH ()-[r:REPRESENTS|HELD]->() RETURN count(r) AS n')).toBe(0);
  });
});
