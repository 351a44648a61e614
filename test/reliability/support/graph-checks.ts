import type { Db } from '../../../src/graph/db.js';

// Graph-wide invariants the reliability cases assert after every abuse: nothing partial,
// nothing duplicated. Each returns plain numbers so a failure message shows what broke.

/** Nodes and relationships, ingest locks aside (bookkeeping, not graph). */
export async function totals(db: Db): Promise<{ nodes: number; rels: number }> {
  const [row] = await db.read({
    name: 'reliability.totals',
    cypher: `CALL () { MATCH (n) WHERE NOT n:IngestLock RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
RETURN nodes, rels`,
  });
  return { nodes: Number(row?.nodes ?? 0), rels: Number(row?.rels ?? 0) };
}

export interface Integrity {
  articles: number;
  /** Articles whose stored sentenceCount differs from the sentences they have. */
  halfWrittenArticles: number;
  /** Sentences no article holds. */
  orphanSentences: number;
  /** Events, agreements, quotes and relations without evidence or without a reporting article. */
  factsWithoutEvidence: number;
  /** EVIDENCE edges whose sentence belongs to an article that does not report the fact. */
  evidenceOutsideReports: number;
}

// GDELT stubs are articles without text: they are checked by the GDELT import, not here.
export async function integrity(db: Db): Promise<Integrity> {
  const [row] = await db.read({
    name: 'reliability.integrity',
    cypher: `CALL () {
  MATCH (a:Article) WHERE coalesce(a.origin, 'article') = 'article'
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  WITH a, count(s) AS found
  RETURN count(a) AS articles, count(CASE WHEN found <> a.sentenceCount OR found = 0 THEN 1 END) AS halfWritten
}
CALL () {
  MATCH (s:Sentence) WHERE NOT ()-[:HAS_SENTENCE]->(s) RETURN count(s) AS orphans
}
CALL () {
  MATCH (f) WHERE (f:Event AND coalesce(f.origin, 'article') = 'article') OR f:Agreement OR f:Quote OR f:Relation
  WITH f WHERE NOT (f)-[:EVIDENCE]->(:Sentence) OR NOT (f)-[:REPORTED_IN]->(:Article)
  RETURN count(f) AS bare
}
CALL () {
  MATCH (f)-[:EVIDENCE]->(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
  WHERE NOT (f)-[:REPORTED_IN]->(a)
  RETURN count(*) AS stray
}
RETURN articles, halfWritten, orphans, bare, stray`,
  });
  return {
    articles: Number(row?.articles ?? 0),
    halfWrittenArticles: Number(row?.halfWritten ?? 0),
    orphanSentences: Number(row?.orphans ?? 0),
    factsWithoutEvidence: Number(row?.bare ?? 0),
    evidenceOutsideReports: Number(row?.stray ?? 0),
  };
}

export interface Duplicates {
  /** Natural keys held by more than one node (the constraints should make these 0). */
  keys: number;
  /**
   * Pairs of article Events that resolution should have made one: same signature, dates within a
   * day, places compatible, and no article reporting both (one article may report two days).
   */
  events: number;
}

export async function duplicates(db: Db): Promise<Duplicates> {
  const [row] = await db.read({
    name: 'reliability.duplicates',
    cypher: `CALL () {
  UNWIND ['Article', 'Sentence', 'Person', 'Organization', 'Location', 'Event', 'Agreement', 'Quote', 'Relation'] AS label
  CALL (label) { MATCH (n) WHERE label IN labels(n) WITH n.id AS k, count(*) AS c WHERE c > 1 RETURN count(k) AS d }
  RETURN sum(d) AS keys
}
CALL () { MATCH (c:Country) WITH c.code AS k, count(*) AS c WHERE c > 1 RETURN count(k) AS countries }
CALL () {
  MATCH (a:Event), (b:Event)
  WHERE a.signature = b.signature AND a.id < b.id AND a.date IS NOT NULL AND b.date IS NOT NULL
    AND coalesce(a.origin, 'article') = 'article' AND coalesce(b.origin, 'article') = 'article'
    AND abs(duration.inDays(a.date, b.date).days) <= 1
    AND NOT EXISTS { (a)-[:REPORTED_IN]->(:Article)<-[:REPORTED_IN]-(b) }
    AND (NOT (a)-[:AT]->() OR NOT (b)-[:AT]->() OR EXISTS { (a)-[:AT]->(:Location)<-[:AT]-(b) })
  RETURN count(*) AS events
}
RETURN keys + countries AS keys, events`,
  });
  return { keys: Number(row?.keys ?? 0), events: Number(row?.events ?? 0) };
}

export const CLEAN_INTEGRITY = { halfWrittenArticles: 0, orphanSentences: 0, factsWithoutEvidence: 0, evidenceOutsideReports: 0 };
export const NO_DUPLICATES: Duplicates = { keys: 0, events: 0 };
