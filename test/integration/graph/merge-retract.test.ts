import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../src/graph/db.js';
import { articleId } from '../../../src/graph/keys.js';
import { deleteArticle, ingestArticle, ingestArticles } from '../../../src/use-cases/ingest-article.js';
import { cleanGraphDb, count } from '../helpers.js';
import { fixture, graphShape, values } from './graph-helpers.js';

// Several statements per article on a shared 2-core machine: more than the default minute.
vi.setConfig({ testTimeout: 240_000 });

const db: Db = cleanGraphDb();

const meetings = async () =>
  db.read({
    name: 'test.meetings',
    cypher: `MATCH (e:Event {root: '04'})
             RETURN e.id AS id, toString(e.date) AS date, e.reportCount AS reports, e.sourceCount AS sources,
                    COUNT { (e)-[:REPORTED_IN]->() } AS links, COUNT { (e)-[:EVIDENCE]->() } AS evidence`,
  });

/** The meeting's actor edges: each (role, actor) once, with the number of articles supporting it. */
const meetingActors = async () =>
  db.read({
    name: 'test.meetingActors',
    cypher: `MATCH (e:Event {root: '04'})-[r:SOURCE_ACTOR|TARGET_ACTOR]->(n)
             RETURN type(r) AS role, coalesce(n.code, n.id) AS actor, size(r.articleIds) AS articles ORDER BY role, actor`,
  });

describe('one meeting reported by several articles', () => {
  it('is one Event with a report and evidence per article', async () => {
    await ingestArticle(db, fixture('meeting-reuters.md'));
    await ingestArticle(db, fixture('meeting-tass.md'));
    expect(await meetings()).toEqual([
      expect.objectContaining({ date: '2024-03-13', reports: 2, sources: 2, links: 2, evidence: 2 }),
    ]);
    // The second report adds its support to the first's actor edges (MERGEd: the event was stored).
    const actors = await meetingActors();
    expect(actors.length).toBeGreaterThanOrEqual(2);
    expect(actors.map((a) => a.articles)).toEqual(actors.map(() => 2));
    expect(new Set(actors.map((a) => `${a.role}|${a.actor}`)).size).toBe(actors.length);
  });

  it('is one Event with one edge per actor when both reports come in one batch', async () => {
    const outcomes = await ingestArticles(db, [fixture('meeting-reuters.md'), fixture('meeting-tass.md')]);
    expect(outcomes.map((o) => o.ok && o.summary.status)).toEqual(['created', 'created']);
    expect(await meetings()).toEqual([expect.objectContaining({ reports: 2, links: 2, evidence: 2 })]);
    const actors = await meetingActors();
    expect(actors.length).toBeGreaterThanOrEqual(2);
    expect(actors.map((a) => a.articles)).toEqual(actors.map(() => 2));
    expect(new Set(actors.map((a) => `${a.role}|${a.actor}`)).size).toBe(actors.length);
  });

  it('takes in a report dated a day apart', async () => {
    await ingestArticle(db, fixture('meeting-reuters.md'));
    await ingestArticle(db, fixture('meeting-xinhua.md')); // "on Thursday": 2024-03-14
    expect(await meetings()).toEqual([expect.objectContaining({ date: '2024-03-13', reports: 2, sources: 2 })]);
  });
});

describe('retraction', () => {
  it('removes what only the deleted article supported and keeps shared facts with fewer reports', async () => {
    const empty = await graphShape(db);
    const reuters = fixture('meeting-reuters.md');
    const tass = fixture('meeting-tass.md');
    await ingestArticle(db, reuters);
    const reutersOnly = await graphShape(db);
    await ingestArticle(db, tass);

    expect(await deleteArticle(db, articleId(tass))).toBe(true);
    expect(await meetings()).toEqual([expect.objectContaining({ reports: 1, sources: 1, links: 1, evidence: 1 })]);
    // The TASS-only praise event and the "Sergey" spelling went with it; the Reuters graph is as it was.
    expect(await count(db, `MATCH (e:Event {root: '05'}) RETURN count(e) AS n`)).toBe(0);
    expect(await values(db, `MATCH (p:Person {surnameKey: 'shoigu'}) RETURN p.aliases AS v`)).toEqual([['Sergei Shoigu', 'Shoigu']]);
    expect(await graphShape(db)).toEqual(reutersOnly);

    expect(await deleteArticle(db, articleId(reuters))).toBe(true);
    expect(await meetings()).toEqual([]);
    expect(await count(db, 'MATCH (p:Person) RETURN count(p) AS n')).toBe(0);
    expect(await values(db, 'MATCH (c:Country) RETURN c.code AS v ORDER BY v')).toEqual(['CHN', 'RUS']);
    const left = await graphShape(db);
    expect(Object.keys(left).filter((k) => k !== 'Country' && !(k in empty))).toEqual([]);
    expect(await deleteArticle(db, articleId(reuters))).toBe(false);
  });

  it('keeps a person another article still mentions, removing only the deleted article support', async () => {
    await ingestArticle(db, fixture('meeting-reuters.md'));
    await ingestArticle(db, fixture('wang-yang.md'));
    await deleteArticle(db, articleId(fixture('meeting-reuters.md')));
    expect(await values(db, 'MATCH (p:Person) RETURN p.name AS v ORDER BY v')).toEqual(['Wang Yang']);
    expect(await count(db, `MATCH ()-[r:REPRESENTS|HELD]->() WHERE any(x IN r.sentenceIds WHERE x CONTAINS 'reuters') RETURN count(r) AS n`)).toBe(0);
    // Wang Yang's office and country are still supported, by the other article only.
    expect(await count(db, `MATCH (p:Person {name: 'Wang Yang'})-[r:REPRESENTS|HELD]->() WHERE size(r.sentenceIds) > 0 RETURN count(r) AS n`)).toBeGreaterThan(0);
  });
});

describe('people across articles', () => {
  it('merges "Sergei Shoigu", "Sergey Shoigu" and "Mr Shoigu" into one Person with every alias', async () => {
    await ingestArticle(db, fixture('shoigu-short.md')); // only "Mr Shoigu"
    await ingestArticle(db, fixture('meeting-reuters.md')); // "Sergei Shoigu", "Shoigu"
    await ingestArticle(db, fixture('meeting-tass.md')); // "Sergey Shoigu", "Mr Shoigu"
    const rows = await db.read({
      name: 'test.shoigu',
      cypher: `MATCH (p:Person {surnameKey: 'shoigu'})
               RETURN p.name AS name, p.country AS country, p.aliases AS aliases, COUNT { (:Article)-[:MENTIONS]->(p) } AS articles`,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Sergei Shoigu', country: 'RUS', articles: 3 });
    expect([...(rows[0]!.aliases as string[])].sort()).toEqual(['Mr Shoigu', 'Sergei Shoigu', 'Sergey Shoigu', 'Shoigu']);
  });

  it('keeps "Wang Yi" and "Wang Yang" apart', async () => {
    await ingestArticle(db, fixture('meeting-reuters.md'));
    await ingestArticle(db, fixture('wang-yang.md'));
    expect(await values(db, `MATCH (p:Person {country: 'CHN'}) RETURN p.name AS v ORDER BY v`)).toEqual(['Wang Yang', 'Wang Yi']);
  });
});
