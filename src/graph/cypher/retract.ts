import type { Query } from '../db.js';
import { EVIDENCE_SAMPLE, heldKeyOf, packParams } from './fragments.js';
import { retallyEvent, untallyEvent } from './tally.js';

// Retraction of one article, in four statements run in one transaction (the order matters):
// edge support first, then the article and its sentences, then the facts and entities that
// no longer have any support. Countries are never deleted.

const scope = (articleId: string) => ({ articleId, sentencePrefix: `${articleId}#` });

/**
 * An edge's evidence sample without the article's sentences, topped up to EVIDENCE_SAMPLE from
 * `lists` (other supporting articles' sentence lists; default `others`).
 */
const refilled = (rel: string, lists = 'others') =>
  `reduce(acc = [x IN coalesce(${rel}.sentenceIds, []) WHERE NOT x STARTS WITH $sentencePrefix], ids IN ${lists} |
      acc + [x IN ids WHERE NOT x IN acc])[..${EVIDENCE_SAMPLE}]`;

/** Deletes `rel` when `others` (the other articles supporting it) is empty, else SETs `set`. */
const deleteOrSet = (rel: string, set: string) => `CALL (${rel}, others) {
    WITH ${rel} WHERE size(others) = 0
    DELETE ${rel}
  }
  CALL (${rel}, others) {
    WITH ${rel}, others WHERE size(others) > 0
    SET ${set}
  }`;

/**
 * Takes the article's support off shared edges: its ids off the fact edges' lists, an edge left
 * with none going; REPRESENTS and HELD edges, whose support is on the articles' MENTIONS edges
 * (`represents`, `held`), go when no other article supports them, else lose the article's
 * sentences from their evidence sample (refilled from other supporting articles) and, for HELD,
 * have firstSeen/lastSeen narrowed to the remaining articles.
 */
export function retractSupport(articleId: string): Query {
  return {
    name: 'retractSupport',
    cypher: `// retractSupport
MATCH (a:Article {id: $articleId})
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(p:Person)-[r:REPRESENTS]->(c:Country) WHERE m.represents = c.code
  // locks r before looking for other support: an article adding support concurrently locks it too
  SET r.sentenceIds = r.sentenceIds
  WITH a, p, r, c, COLLECT {
    MATCH (x:Article)-[o:MENTIONS]->(p) WHERE x <> a AND o.represents = c.code
    RETURN o.sentenceIds AS ids LIMIT ${EVIDENCE_SAMPLE}
  } AS others
  ${deleteOrSet('r', `r.sentenceIds = ${refilled('r')}`)}
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(p:Person) WHERE m.held IS NOT NULL
  MATCH (p)-[h:HELD]->(n)
  WITH a, p, h, ${heldKeyOf('h', 'n')} AS key WHERE key IN m.held
  SET h.sentenceIds = h.sentenceIds
  WITH a, p, key, h, COLLECT {
    MATCH (x:Article)-[o:MENTIONS]->(p) WHERE x <> a AND key IN o.held
    RETURN {ids: o.sentenceIds, day: date(coalesce(x.publishedAt, x.ingestedAt))} AS s
  } AS others
  ${deleteOrSet('h', `h.sentenceIds = ${refilled('h', `[s IN others[..${EVIDENCE_SAMPLE}] | s.ids]`)},
      h.firstSeen = reduce(d = others[0].day, s IN others | CASE WHEN s.day < d THEN s.day ELSE d END),
      h.lastSeen = reduce(d = others[0].day, s IN others | CASE WHEN s.day > d THEN s.day ELSE d END)`)}
}
CALL (a) {
  MATCH (f)-[:REPORTED_IN]->(a)
  MATCH (f)-[r:SOURCE_ACTOR|TARGET_ACTOR|AT|PARTY|ON_TOPIC|SAID_BY|BETWEEN]->() WHERE $articleId IN r.articleIds
  SET r.articleIds = [x IN r.articleIds WHERE x <> $articleId],
      r.sentenceIds = [x IN coalesce(r.sentenceIds, []) WHERE NOT x STARTS WITH $sentencePrefix]
  WITH r WHERE size(r.articleIds) = 0
  DELETE r
}`,
    params: scope(articleId),
  };
}

/** Deletes the article and its sentences; returns what it supported, for the next two steps. */
export function retractArticle(articleId: string): Query {
  return {
    name: 'retractArticle',
    cypher: `// retractArticle
MATCH (a:Article {id: $articleId})
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS|ABOUT]->(n) WHERE NOT n:Country
  RETURN collect(DISTINCT elementId(n)) AS entities
}
CALL (a) {
  OPTIONAL MATCH (f)-[:REPORTED_IN]->(a)
  RETURN collect(DISTINCT elementId(f)) AS facts
}
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(s)
  DETACH DELETE s
}
DETACH DELETE a
RETURN entities, facts`,
    params: { articleId },
  };
}

/** Facts still reported elsewhere get their counts and tallies refreshed; the others go (GDELT's stay). */
export function retractFacts(factIds: string[]): Query {
  return packParams({
    name: 'retractFacts',
    cypher: `// retractFacts
UNWIND $factIds AS fid
MATCH (f) WHERE elementId(f) = fid
CALL (f) {
  OPTIONAL MATCH (f)-[:REPORTED_IN]->(a:Article)
  RETURN count(DISTINCT a) AS reports, count(DISTINCT coalesce(a.source, a.id)) AS sources
}
FOREACH (_ IN CASE WHEN f:Event AND reports > 0 THEN [1] ELSE [] END |
  SET f.reportCount = reports, f.sourceCount = sources)
WITH f, reports = 0 AND coalesce(f.origin, 'article') = 'article' AS gone
// an event that stays may have lost actors or its first report: its tallies follow; one that
// goes takes its part off them first
CALL (f, gone) {
  WITH f WHERE f:Event AND NOT gone
  ${retallyEvent('f').replace(/\n/g, '\n  ')}
}
CALL (f, gone) {
  WITH f WHERE f:Event AND gone
  ${untallyEvent('f').replace(/\n/g, '\n  ')}
}
WITH f WHERE gone
DETACH DELETE f`,
    params: { factIds },
  });
}

/** Entities nothing refers to any more go; the others keep only the aliases still reported. */
export function retractEntities(entityIds: string[]): Query {
  return packParams({
    name: 'retractEntities',
    cypher: `// retractEntities
UNWIND $entityIds AS eid
MATCH (n) WHERE elementId(n) = eid
WITH n, EXISTS { (n)<-[:MENTIONS|ABOUT|SOURCE_ACTOR|TARGET_ACTOR|AT|PARTY|ON_TOPIC|SAID_BY|HELD]-() } AS used
CALL (n, used) {
  WITH n WHERE used AND (n:Person OR n:Organization)
  MATCH (:Article)-[m:MENTIONS]->(n)
  WITH n, reduce(acc = [n.name], names IN collect(m.names) | acc + [x IN names WHERE NOT x IN acc]) AS aliases
  SET n.aliases = aliases, n.aliasText = reduce(t = '', x IN aliases | t + CASE t WHEN '' THEN '' ELSE ' | ' END + x)
}
WITH n, used WHERE NOT used
DETACH DELETE n`,
    params: { entityIds },
  });
}
