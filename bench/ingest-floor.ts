// The floor under ingestion: what this machine's Neo4j allows for one write transaction per article
// (or per batch of articles) when nothing else is asked of it. The same generated articles as
// bench/ingest.ts, the same extraction, into a fresh embedded Neo4j with the same memory settings,
// but each article is ONE plain statement (a batch: the same statement over a list): the article,
// its sentences, its countries, people, organizations, places, topics, events (each with its actors
// and its report) and quotes, all MERGEd on their keys. What it leaves out, and ingestArticle does:
// entity and event resolution (and the ingest locks it takes), evidence lists on every edge,
// positions held, agreements, relations, report counts, the tallies, the full-text indexes (only
// the uniqueness constraints are created), versions.
// Run: npx tsx bench/ingest-floor.ts [count=1000] [concurrency=2] [warm-up articles=20] [articles per statement=1]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDriver, Db } from '../src/graph/db.js';
import { startEmbeddedNeo4j } from '../src/graph/embedded.js';
import { articleId } from '../src/graph/keys.js';
import { extract } from '../src/ingest/index.js';
import type { ArticleInput } from '../src/ingest/types.js';
import { generateArticles } from './generator.js';

const count = Number(process.argv[2] ?? 1000);
const concurrency = Number(process.argv[3] ?? 2);
const warmUp = Number(process.argv[4] ?? 20);
// articles per statement (and transaction): 1 is the floor of ingestArticle's one transaction per article
const batch = Number(process.argv[5] ?? 1);

const CONSTRAINTS = ['Article', 'Sentence', 'Person', 'Organization', 'Location', 'Topic', 'Event', 'Quote'].map(
  (label) => `CREATE CONSTRAINT IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

const WRITE = `MERGE (a:Article {id: $id}) SET a.title = $title, a.url = $url
WITH a
CALL (a) {
  UNWIND $sentences AS s
  MERGE (x:Sentence {id: $id + '#' + s.index}) SET x.index = s.index, x.text = s.text, x.start = s.start, x.end = s.end
  MERGE (a)-[:HAS_SENTENCE]->(x)
}
CALL (a) {
  UNWIND $countries AS c
  MERGE (n:Country {code: c.code}) ON CREATE SET n.name = c.name
  MERGE (a)-[:MENTIONS]->(n)
}
CALL (a) {
  UNWIND $entities AS e
${['Person', 'Organization', 'Location'].map((label) => `  CALL (a, e) {
    WITH a, e WHERE e.label = '${label}'
    MERGE (n:${label} {id: e.id}) ON CREATE SET n.name = e.name
    MERGE (a)-[:MENTIONS]->(n)
  }`).join('\n')}
  CALL (a, e) {
    WITH a, e WHERE e.label = 'Topic'
    MERGE (n:Topic {id: e.id})
    MERGE (a)-[:ABOUT]->(n)
  }
}
CALL (a) {
  UNWIND $events AS ev
  MERGE (e:Event {id: ev.id}) ON CREATE SET e.code = ev.code, e.root = ev.root, e.goldstein = ev.goldstein
  MERGE (e)-[:REPORTED_IN]->(a)
  WITH e, ev
  UNWIND ev.actors AS actor
  MATCH (n:Country {code: actor.code})
  CALL (e, n, actor) {
    WITH e, n, actor WHERE actor.role = 'source'
    MERGE (e)-[:SOURCE_ACTOR]->(n)
  }
  CALL (e, n, actor) {
    WITH e, n, actor WHERE actor.role = 'target'
    MERGE (e)-[:TARGET_ACTOR]->(n)
  }
}
CALL (a) {
  UNWIND $quotes AS q
  MERGE (x:Quote {id: $id + '/q' + q.n}) SET x.text = q.text
  MERGE (x)-[:QUOTED_IN]->(a)
}`;

// The same statement over a list of articles: each parameter becomes a field of `art`.
const WRITE_MANY = `UNWIND $articles AS art
CALL (art) {
${WRITE.replace(/\$(\w+)/g, 'art.$1').replace(/CALL \(a\)/g, 'CALL (a, art)')}
}`;

/** One article's statement parameters, from the real extraction. */
function paramsOf(input: ArticleInput): Record<string, unknown> {
  const e = extract(input);
  const id = articleId(input);
  const entity = (label: string, name: string) => ({ label, id: `${label}:${name.toLowerCase()}`, name });
  return {
    id,
    title: e.article.title,
    url: e.article.url,
    sentences: e.sentences,
    countries: e.countries,
    entities: [
      ...e.people.map((p) => entity('Person', p.name)),
      ...e.organizations.map((o) => entity('Organization', o.name)),
      ...e.locations.map((l) => entity('Location', l.name)),
      ...e.topics.map((t) => entity('Topic', t.name)),
    ],
    // an event per root, day and country pair, so reports of one event meet as in the real graph
    events: e.events.map((ev) => {
      const actors = [
        ...ev.source.countries.map((code) => ({ role: 'source', code })),
        ...ev.target.countries.map((code) => ({ role: 'target', code })),
      ];
      return {
        id: `${ev.root}|${ev.date ?? id}|${actors.map((x) => `${x.role}:${x.code}`).join(',')}`,
        code: ev.code, root: ev.root, goldstein: ev.goldstein, actors,
      };
    }),
    quotes: e.quotes.map((q, n) => ({ n, text: q.text })),
  };
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'diplograph-bench-'));
const neo = await startEmbeddedNeo4j({ dataDir, port: 0, heapMb: 1024, pageCacheMb: 512 });
const db = new Db(createDriver({ uri: neo.uri }), { timeoutMs: 120_000 });
try {
  for (const c of [...CONSTRAINTS, 'CREATE CONSTRAINT IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE']) {
    await db.write({ name: 'floor.constraint', cypher: c });
  }
  const run = async (inputs: ArticleInput[]) => {
    let next = 0;
    const worker = async () => {
      while (next < inputs.length) {
        const group = inputs.slice(next, next + batch);
        next += group.length;
        if (batch === 1) await db.write({ name: 'floor.article', cypher: WRITE, params: paramsOf(group[0]!) });
        else await db.write({ name: 'floor.articles', cypher: WRITE_MANY, params: { articles: group.map(paramsOf) } });
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  };
  await run([...generateArticles({ count: warmUp, start: count })].map((g) => g.input));
  const articles = [...generateArticles({ count })].map((g) => g.input);
  const t0 = performance.now();
  await run(articles);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`floor: ${count} articles in ${seconds.toFixed(1)} s: ${(count / seconds).toFixed(1)} articles/s ` +
    `(one plain statement per ${batch} article(s), concurrency ${concurrency}, ${warmUp} warm-up articles)`);
} finally {
  await db.close();
  await neo.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
