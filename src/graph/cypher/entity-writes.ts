import type { Query } from '../db.js';
import type { ArticleRow, CountryRow, LocationRow, OrganizationRow, SentenceRow, TopicRow } from '../stores/article-plan.js';
import type { HeldRow, PersonRow } from '../stores/fact-plan.js';
import { actorNode, addAliases, sampleEvidence } from './fragments.js';

// Builders for the article and its entities (pure: rows in, Query out). See docs/graph-model.md.

const scope = (articleId: string) => ({ articleId, sentencePrefix: `${articleId}#` });

/**
 * The article and its sentences, CREATEd: the article is new (the batch writes only articles
 * it found absent) or was retracted earlier in the same transaction. Of writers racing for one
 * new article, its unique key lets one write it; the others wait or fail (a constraint race or a
 * deadlock, both retried) and then find it stored. Nothing to match, so none of MERGE's
 * look-ups: a new article's edges are most of what an ingest writes.
 */
export function writeArticle(article: ArticleRow, sentences: SentenceRow[]): Query {
  return {
    name: 'writeArticle',
    cypher: `// writeArticle
CREATE (a:Article {id: $articleId})
SET a.url = $article.url, a.contentHash = $article.contentHash, a.title = $article.title,
    a.source = $article.source, a.origin = $article.origin,
    a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE datetime($article.publishedAt) END,
    a.ingestedAt = datetime($article.ingestedAt), a.sentenceCount = toInteger($article.sentenceCount)
WITH a
CALL (a) {
  UNWIND $sentences AS row
  CREATE (a)-[:HAS_SENTENCE]->(s:Sentence {id: row.id})
  SET s.index = toInteger(row.index), s.text = row.text, s.start = toInteger(row.start), s.end = toInteger(row.end)
}`,
    params: { ...scope(article.id), article, sentences },
  };
}

export interface EntityRows {
  countries: CountryRow[];
  organizations: OrganizationRow[];
  locations: LocationRow[];
  topics: TopicRow[];
  /** `held`: the heldKeys of the positions the article reports the person in (writeHeld), null for none. */
  people: (PersonRow & { held: string[] | null })[];
}

/**
 * Countries, organizations, locations, topics and people, each MENTIONed (or ABOUT) by the new
 * article (writeArticle): its edges are CREATEd, one per entity (the rows are unique by key).
 */
export function writeEntities(articleId: string, rows: EntityRows): Query {
  return {
    name: 'writeEntities',
    cypher: `// writeEntities
MATCH (a:Article {id: $articleId})
CALL (a) {
  UNWIND $countries AS row
  MERGE (c:Country {code: row.code}) ON CREATE SET c.name = row.name
  CREATE (a)-[m:MENTIONS]->(c) SET m.sentenceIds = row.sentenceIds
}
CALL (a) {
  UNWIND $organizations AS row
  MERGE (o:Organization {id: row.id}) ON CREATE SET o.name = row.name, o.country = row.country, o.kind = row.kind
  ${addAliases('o')}
  CREATE (a)-[m:MENTIONS]->(o) SET m.sentenceIds = row.sentenceIds, m.names = row.aliases
  WITH o, row WHERE row.country IS NOT NULL
  MATCH (c:Country {code: row.country})
  MERGE (o)-[:BASED_IN]->(c)
}
CALL (a) {
  UNWIND $locations AS row
  MERGE (l:Location {id: row.id}) ON CREATE SET l.name = row.name, l.country = row.country
  CREATE (a)-[m:MENTIONS]->(l) SET m.sentenceIds = row.sentenceIds
  WITH l, row WHERE row.country IS NOT NULL
  MATCH (c:Country {code: row.country})
  MERGE (l)-[:IN_COUNTRY]->(c)
}
CALL (a) {
  UNWIND $topics AS row
  MERGE (t:Topic {name: row.name})
  CREATE (a)-[m:ABOUT]->(t) SET m.sentenceIds = row.sentenceIds
}
CALL (a) {
  UNWIND $people AS row
  MERGE (p:Person {id: row.id})
  ON CREATE SET p.name = row.name, p.nameKey = row.nameKey, p.surnameKey = row.surnameKey, p.country = row.country
  ${addAliases('p')}
  // A fuller form names the Person from now on ("Shoigu" seen first, "Sergei Shoigu" later).
  FOREACH (_ IN CASE WHEN size(split(row.nameKey, ' ')) > size(split(p.nameKey, ' ')) THEN [1] ELSE [] END |
    SET p.name = row.name, p.nameKey = row.nameKey)
  // represents: this article supports (p)-[:REPRESENTS]->(that country)
  CREATE (a)-[m:MENTIONS]->(p) SET m.sentenceIds = row.sentenceIds, m.names = row.aliases, m.represents = row.country, m.held = row.held
  WITH p, row WHERE row.country IS NOT NULL
  MATCH (c:Country {code: row.country})
  MERGE (p)-[r:REPRESENTS]->(c)
  ${sampleEvidence('r')}
}`,
    params: { ...scope(articleId), ...rows },
  };
}

/**
 * Positions held; firstSeen/lastSeen widen to the article's date. The article's support is noted
 * on its MENTIONS edge of the person (`held`, see heldKey), written by writeEntities: every
 * target exists by then (the article writes its title countries and organizations).
 */
export function writeHeld(articleId: string, seen: string, held: HeldRow[]): Query {
  return {
    name: 'writeHeld',
    cypher: `// writeHeld
UNWIND $held AS row
MATCH (p:Person {id: row.personId})
${actorNode('row', 'row')}
MERGE (p)-[h:HELD {titleKey: row.titleKey}]->(n)
// The title (full-text indexed) is written once, not rewritten unchanged by every article.
ON CREATE SET h.title = row.title
SET h.firstSeen = CASE WHEN h.firstSeen IS NULL OR date($seen) < h.firstSeen THEN date($seen) ELSE h.firstSeen END,
    h.lastSeen = CASE WHEN h.lastSeen IS NULL OR date($seen) > h.lastSeen THEN date($seen) ELSE h.lastSeen END
${sampleEvidence('h')}`,
    params: { ...scope(articleId), seen, held },
  };
}
