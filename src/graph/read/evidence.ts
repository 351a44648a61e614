import type { Db } from '../db.js';
import { articleOf, evidenceOf, props } from './map.js';
import type { ArticleRow, EvidenceRow } from './types.js';

// Evidence: the sentences (and their articles) behind every fact, fetched in batches by the
// per-request loaders so a page of facts costs one query per field, not one per fact.

export type FactLabel = 'Event' | 'Agreement' | 'Quote' | 'Relation';

const SENTENCE = "{sentenceId: s.id, index: s.index, text: s.text, articleId: a.id}";

export async function evidenceOfFacts(db: Db, label: FactLabel, ids: readonly string[]): Promise<Map<string, EvidenceRow[]>> {
  const rows = await db.read({
    name: `evidence.of${label}`,
    cypher: `UNWIND $ids AS id
MATCH (f:${label} {id: id})-[:EVIDENCE]->(s:Sentence)<-[:HAS_SENTENCE]-(a:Article)
WITH id, s, a ORDER BY a.publishedAt DESC, a.id, s.index
RETURN id, collect(${SENTENCE}) AS evidence`,
    params: { ids: [...ids] },
  });
  return new Map(rows.map((r) => [String(r.id), (r.evidence as Record<string, unknown>[]).map(evidenceOf)]));
}

/** Sentences by id: the evidence of edges, which keep their sentence ids in `sentenceIds`. */
export async function sentencesByIds(db: Db, ids: readonly string[]): Promise<Map<string, EvidenceRow>> {
  const rows = await db.read({
    name: 'evidence.sentences',
    cypher: `MATCH (s:Sentence) WHERE s.id IN $ids
MATCH (a:Article)-[:HAS_SENTENCE]->(s)
RETURN ${SENTENCE} AS ev`,
    params: { ids: [...ids] },
  });
  return new Map(rows.map((r) => [String(props(r, 'ev').sentenceId), evidenceOf(props(r, 'ev'))]));
}

export async function articlesOfFacts(db: Db, label: FactLabel, ids: readonly string[]): Promise<Map<string, ArticleRow[]>> {
  const rows = await db.read({
    name: `articles.of${label}`,
    cypher: `UNWIND $ids AS id
MATCH (:${label} {id: id})-[:REPORTED_IN]->(a:Article)
WITH id, a ORDER BY a.publishedAt DESC, a.id
RETURN id, collect(a {.*}) AS articles`,
    params: { ids: [...ids] },
  });
  return new Map(rows.map((r) => [String(r.id), (r.articles as Record<string, unknown>[]).map(articleOf)]));
}

export async function articlesByIds(db: Db, ids: readonly string[]): Promise<Map<string, ArticleRow>> {
  const rows = await db.read({
    name: 'articles.byIds',
    cypher: 'MATCH (a:Article) WHERE a.id IN $ids RETURN a {.*} AS a',
    params: { ids: [...ids] },
  });
  return new Map(rows.map((r) => [String(props(r, 'a').id), articleOf(props(r, 'a'))]));
}
