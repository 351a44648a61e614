import type { Query } from '../db.js';
import type { AgreementRow, EdgeRow, EventRow, FactPlan, QuoteRow, RelationRow } from '../stores/fact-plan.js';
import { actorNode, evidence, factNode, support } from './fragments.js';

// Builders for the facts of an article: events, agreements, quotes, relations, each with a
// REPORTED_IN link to the article and EVIDENCE edges to its sentences (pure: rows in, Query out).

const scope = (articleId: string) => ({ articleId, sentencePrefix: `${articleId}#` });

// The article is new (writeArticle) and the fact rows are unique by id (the plans merge rows of
// one id), so its REPORTED_IN and EVIDENCE edges are CREATEd: there is nothing to match.
const reportedIn = (fact: string) => `CREATE (${fact})-[rep:REPORTED_IN]->(a) SET rep.sentenceIds = row.sentenceIds`;

export function writeEvents(articleId: string, events: EventRow[]): Query {
  return {
    name: 'writeEvents',
    cypher: `// writeEvents
MATCH (a:Article {id: $articleId})
UNWIND $events AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.signature = row.signature, e.code = row.code, e.root = row.root, e.name = row.name,
  e.quadClass = toInteger(row.quadClass), e.goldstein = toFloat(row.goldstein),
  e.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END, e.dateText = row.dateText,
  e.origin = 'article', e.confidence = row.confidence
SET e.confidence = CASE WHEN row.confidence > e.confidence THEN row.confidence ELSE e.confidence END
CREATE (e)-[rep:REPORTED_IN]->(a) SET rep.sentenceIds = row.sentenceIds, rep.confidence = row.confidence
WITH e, row
${evidence('e')}
CALL (e, row) {
  WITH e, row WHERE row.locationId IS NOT NULL
  MATCH (l:Location {id: row.locationId})
  MERGE (e)-[at:AT]->(l) SET ${support('at')}
}`,
    params: { ...scope(articleId), events },
  };
}

export function writeAgreements(articleId: string, agreements: AgreementRow[], topics: FactPlan['agreementTopics']): Query {
  return {
    name: 'writeAgreements',
    cypher: `// writeAgreements
MATCH (a:Article {id: $articleId})
CALL (a) {
  UNWIND $agreements AS row
  MERGE (g:Agreement {id: row.id}) ON CREATE SET g.name = row.name, g.status = row.status, g.topics = row.topics
  ${reportedIn('g')}
  WITH g, row
  ${evidence('g')}
}
CALL () {
  UNWIND $agreementTopics AS row
  MATCH (g:Agreement {id: row.from})
  MERGE (t:Topic {name: row.topic})
  MERGE (g)-[r:ON_TOPIC]->(t) SET ${support('r')}
}`,
    params: { ...scope(articleId), agreements, agreementTopics: topics },
  };
}

/**
 * SOURCE_ACTOR / TARGET_ACTOR of events and PARTY of agreements (the row's role names the edge).
 * `fresh`: the row's event is new in this article (no stored event, none written earlier in
 * the batch), so it has no actor edge yet and the edge is CREATEd; otherwise MERGEd.
 */
export function writeActorEdges(articleId: string, actors: (EdgeRow & { fresh: boolean })[]): Query {
  const edge = (type: string) =>
    `FOREACH (_ IN CASE WHEN row.role = '${type}' AND row.fresh THEN [1] ELSE [] END | CREATE (f)-[r:${type}]->(n) SET ${support('r')})
FOREACH (_ IN CASE WHEN row.role = '${type}' AND NOT row.fresh THEN [1] ELSE [] END | MERGE (f)-[r:${type}]->(n) SET ${support('r')})`;
  return {
    name: 'writeActorEdges',
    cypher: `// writeActorEdges
UNWIND $actors AS row
${factNode('row')}
${actorNode('row', 'row')}
${edge('SOURCE_ACTOR')}
${edge('TARGET_ACTOR')}
${edge('PARTY')}`,
    params: { ...scope(articleId), actors },
  };
}

export function writeQuotesAndRelations(articleId: string, quotes: QuoteRow[], relations: RelationRow[]): Query {
  return {
    name: 'writeQuotesAndRelations',
    cypher: `// writeQuotesAndRelations
MATCH (a:Article {id: $articleId})
CALL (a) {
  UNWIND $quotes AS row
  MERGE (q:Quote {id: row.id}) ON CREATE SET q.text = row.text, q.attribution = row.attribution
  ${reportedIn('q')}
  WITH q, row
  ${evidence('q')}
  CALL (q, row) {
    WITH q, row WHERE row.speaker IS NOT NULL
    ${actorNode('row.speaker', 'row')}
    MERGE (q)-[r:SAID_BY]->(n) SET ${support('r')}
  }
}
CALL (a) {
  UNWIND $relations AS row
  MERGE (x:Relation {id: row.id}) ON CREATE SET x.descriptor = row.descriptor, x.countries = row.countries
  ${reportedIn('x')}
  WITH x, row
  ${evidence('x')}
  CALL (x, row) {
    UNWIND row.countries AS code
    MATCH (c:Country {code: code})
    MERGE (x)-[r:BETWEEN]->(c) SET ${support('r')}
  }
}`,
    params: { ...scope(articleId), quotes, relations },
  };
}

/** reportCount / sourceCount from the REPORTED_IN links as they now stand (an unknown source counts as its own). */
export function refreshEventCounts(eventIds: readonly string[]): Query {
  return {
    name: 'refreshEventCounts',
    cypher: `// refreshEventCounts
UNWIND $eventIds AS id
MATCH (e:Event {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
  RETURN count(DISTINCT a) AS reports, count(DISTINCT coalesce(a.source, a.id)) AS sources
}
SET e.reportCount = reports, e.sourceCount = sources`,
    params: { eventIds },
  };
}
