import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../src/graph/db.js';
import { extract } from '../../../src/ingest/index.js';
import { ingestArticle } from '../../../src/use-cases/ingest-article.js';
import { cleanGraphDb, count, resetGraph } from '../helpers.js';
import { fixture, graphShape, values } from './graph-helpers.js';

// Several statements per article on a shared 2-core machine: more than the default minute.
vi.setConfig({ testTimeout: 240_000 });

const db: Db = cleanGraphDb();

const NOW = new Date('2024-06-01T00:00:00Z');
const seed = () => fixture('seeds/000_0c0af7468425653f.txt');

describe('ingesting the seed article', () => {
  it('writes exactly its countries, people, meeting, agreement, quotes and relations', async () => {
    const summary = await ingestArticle(db, seed(), { now: NOW });
    expect(summary.status).toBe('created');
    expect(await values(db, 'MATCH (c:Country) RETURN c.code AS v ORDER BY v')).toEqual(['CHN', 'RUS']);
    expect(await values(db, 'MATCH (p:Person) RETURN p.name + "/" + p.country AS v ORDER BY v')).toEqual([
      'Sergei Shoigu/RUS',
      'Zhang Youxia/CHN',
    ]);
    // The meeting in Moscow, Zhang Youxia -> Sergei Shoigu.
    const meeting = await db.read({
      name: 'test.meeting',
      cypher: `MATCH (e:Event {root: '04'})-[:AT]->(l:Location)-[:IN_COUNTRY]->(:Country {code: 'RUS'})
               MATCH (e)-[:SOURCE_ACTOR]->(:Person {name: 'Zhang Youxia'})
               MATCH (e)-[:TARGET_ACTOR]->(:Person {name: 'Sergei Shoigu'})
               RETURN l.name AS place, e.reportCount AS reports, e.sourceCount AS sources`,
    });
    expect(meeting).toEqual([{ place: 'Moscow', reports: 1, sources: 1 }]);
    expect(await count(db, `MATCH (g:Agreement {status: 'pledged'})-[:PARTY]->(c:Country) WHERE c.code IN ['CHN', 'RUS'] RETURN count(DISTINCT c) AS n`)).toBe(2);
    expect(await count(db, 'MATCH (g:Agreement) RETURN count(g) AS n')).toBe(1);
    expect(await values(db, 'MATCH (q:Quote)-[:SAID_BY]->(p:Person) RETURN p.name + ": " + left(q.text, 20) AS v ORDER BY v')).toEqual([
      'Sergei Shoigu: Military cooperation',
      'Zhang Youxia: We are also ready to',
    ]);
    expect(await count(db, `MATCH (r:Relation)-[:BETWEEN]->(c:Country) WHERE c.code IN ['CHN', 'RUS'] RETURN count(DISTINCT r) AS n`))
      .toBe(summary.counts.relations);
    expect(await count(db, `MATCH (:Relation {descriptor: 'comprehensive strategic partnership of coordination for a new era'})-[:BETWEEN]->(c) RETURN count(c) AS n`)).toBe(2);
    // Every fact reaches a sentence of the article, and its edges list the article.
    expect(await count(db, `MATCH (f) WHERE (f:Event OR f:Agreement OR f:Quote OR f:Relation)
      AND NOT EXISTS { (f)-[:EVIDENCE]->(:Sentence)<-[:HAS_SENTENCE]-(:Article)<-[:REPORTED_IN]-(f) } RETURN count(f) AS n`)).toBe(0);
    expect(await count(db, `MATCH ()-[r:SOURCE_ACTOR|TARGET_ACTOR|AT|PARTY|ON_TOPIC|SAID_BY|BETWEEN|REPRESENTS|HELD]->()
      WHERE size(r.articleIds) = 0 OR size(r.sentenceIds) = 0 RETURN count(r) AS n`)).toBe(0);
    expect(await count(db, 'MATCH (a:Article)-[:HAS_SENTENCE]->(s:Sentence) RETURN count(s) AS n')).toBe(summary.counts.sentences);
  });

  it('writes one node per extracted entity and fact, and the summary says so', async () => {
    const summary = await ingestArticle(db, seed(), { now: NOW });
    const e = extract(seed());
    expect(summary.counts).toMatchObject({
      sentences: e.sentences.length, people: 2, countries: 2, quotes: 2, agreements: 1, relations: e.relations.length,
    });
    const shape = await graphShape(db);
    expect(shape).toMatchObject({
      Article: 1, Country: 2, Person: 2, Sentence: summary.counts.sentences, Event: summary.counts.events,
      Organization: summary.counts.organizations, Location: summary.counts.locations, Topic: summary.counts.topics,
      Agreement: 1, Quote: 2, Relation: summary.counts.relations,
    });
    expect(shape.REPORTED_IN).toBe(summary.counts.events + 1 + 2 + summary.counts.relations);
  });

  it('changes nothing when the same article comes again', async () => {
    await ingestArticle(db, seed(), { now: NOW });
    const before = await graphShape(db);
    const locks = await values(db, 'MATCH (l:IngestLock) RETURN l.key AS v ORDER BY v');
    expect(locks.length).toBeGreaterThan(0);
    // Another transaction holds every one of the article's ingest locks: the second ingest must
    // not wait for them (an unchanged article takes none, and writes nothing).
    const session = db.driver.session();
    const holder = session.beginTransaction();
    try {
      await holder.run('UNWIND $keys AS key MATCH (l:IngestLock {key: key}) SET l.held = true', { keys: locks });
      const again = await Promise.race([
        ingestArticle(db, seed(), { now: new Date() }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the unchanged article waited for an ingest lock')), 5_000)),
      ]);
      expect(again.status).toBe('unchanged');
    } finally {
      await holder.rollback();
      await session.close();
    }
    expect(await graphShape(db)).toEqual(before);
    expect(await values(db, 'MATCH (a:Article) RETURN toString(a.ingestedAt) AS v')).toEqual(['2024-06-01T00:00:00Z']);
  });

  it('replaces the facts of an article when its url comes with new content', async () => {
    const first = fixture('meeting-tass.md');
    await ingestArticle(db, first, { now: NOW });
    expect(await count(db, `MATCH (e:Event {root: '05'}) RETURN count(e) AS n`)).toBe(1);
    const second = { ...first, body: first.body.replace(/Mr Shoigu praised[^\n]*/, 'Mr Shoigu flew home in the evening.') };
    const summary = await ingestArticle(db, second, { now: NOW });
    expect(summary.status).toBe('updated');
    expect(await count(db, `MATCH (e:Event {root: '05'}) RETURN count(e) AS n`)).toBe(0);
    expect(await count(db, 'MATCH (a:Article) RETURN count(a) AS n')).toBe(1);
    expect(await values(db, `MATCH (:Article)-[:HAS_SENTENCE]->(s) WHERE s.index = 1 RETURN s.text AS v`)).toEqual(['Mr Shoigu flew home in the evening.']);
    // The updated graph is the graph of the new version alone.
    const updated = await graphShape(db);
    await resetGraph(db);
    await ingestArticle(db, second, { now: NOW });
    expect(await graphShape(db)).toEqual(updated);
  });

  it('keeps an unnamed speaker as the quote\'s attribution, not as an organization', async () => {
    const article = {
      title: 'Philippine debt talks finely poised, bankers say',
      publishedAt: '1987-03-02',
      body: 'NEW YORK, March 2 - Talks on the Philippines\' debt are finely poised.\n\n'
        + '"We had a businesslike meeting and made progress on the main points," one banker said.\n\n'
        + '"We feel the ball is in the banks\' court," a senior Finance Ministry official said.',
    };
    expect(extract(article).quotes.map((q) => q.speaker)).toEqual(['banker', 'senior Finance Ministry official']);
    await ingestArticle(db, article, { now: NOW });
    expect(await values(db, 'MATCH (q:Quote) WHERE NOT (q)-[:SAID_BY]->() RETURN q.attribution AS v ORDER BY v')).toEqual([
      'banker',
      'senior Finance Ministry official',
    ]);
    expect(await count(db, `MATCH (o:Organization) WHERE o.name IN ['banker', 'senior Finance Ministry official'] RETURN count(o) AS n`)).toBe(0);
  });
});
