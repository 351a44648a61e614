import type { Query } from '../db.js';
import { lockStripes } from '../keys.js';
import { packParams } from './fragments.js';

// Reads that come before an article's writes, inside the same transaction: its stored version,
// and the Persons and Events it may merge into. The look-ups first take ingest locks
// (`:IngestLock {key}` nodes, written so Neo4j holds them to commit; one of LOCK_STRIPES nodes per
// lock key, see lockStripes): two articles that could merge into one Person or Event are then
// resolved one after the other, never side by side.
// The write sets `held` to true: Neo4j takes the node's write lock for any SET, but a value that
// does not change leaves nothing to commit (a timestamp rewrote every lock node every time).

/** Takes the locks `$locks`; with `guard` (a boolean variable of the outer query) only when it holds. */
const lock = (guard?: string) => `CALL (${guard ?? ''}) {
  ${guard ? `WITH ${guard} WHERE ${guard}\n  ` : ''}UNWIND $locks AS key
  MERGE (l:IngestLock {key: key})
  SET l.held = true
}`;

export function articleState(articleId: string): Query {
  return {
    name: 'articleState',
    cypher: `// articleState
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a)
RETURN a.contentHash AS contentHash, collect(DISTINCT e.signature) AS signatures`,
    params: { articleId },
  };
}

/**
 * An ingest's first statement, one round trip: the stored version of the article and, unless
 * that version has this content (nothing will be written), the locks of the article's people
 * and the stored Persons sharing their surnames.
 */
export function articleStateAndPeople(articleId: string, contentHash: string, locks: string[], surnameKeys: string[]): Query {
  return packParams({
    name: 'articleStateAndPeople',
    cypher: `// articleStateAndPeople
OPTIONAL MATCH (a:Article {id: $articleId})
CALL (a) {
  OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a)
  RETURN collect(DISTINCT e.signature) AS signatures
}
WITH a, signatures, coalesce(a.contentHash, '') <> $contentHash AS changed
${lock('changed')}
CALL (changed) {
  UNWIND CASE WHEN changed THEN $surnameKeys ELSE [] END AS k
  MATCH (p:Person {surnameKey: k})
  RETURN collect({id: p.id, nameKey: p.nameKey, country: p.country}) AS people
}
RETURN a IS NOT NULL AS stored, a.contentHash AS contentHash, signatures, people`,
    params: { articleId, contentHash, locks: lockStripes(locks), surnameKeys: [...new Set(surnameKeys)] },
  });
}

/**
 * The first statement of a batch of articles: which of them are stored (and with what content),
 * the locks of all their people, and the stored Persons sharing their surnames.
 */
export function articlesStateAndPeople(articleIds: string[], locks: string[], surnameKeys: string[]): Query {
  return packParams({
    name: 'articlesStateAndPeople',
    cypher: `// articlesStateAndPeople
CALL () {
  UNWIND $articleIds AS id
  MATCH (a:Article {id: id})
  RETURN collect({id: id, contentHash: a.contentHash}) AS stored
}
${lock()}
CALL () {
  UNWIND $surnameKeys AS k
  MATCH (p:Person {surnameKey: k})
  RETURN collect({id: p.id, nameKey: p.nameKey, country: p.country}) AS people
}
RETURN stored, people`,
    params: { articleIds, locks: lockStripes(locks), surnameKeys: [...new Set(surnameKeys)] },
  });
}

/** Stored events with one of the signatures, dated within a day of the probe's date. */
export function lockAndFindEvents(locks: string[], probes: { signature: string; date: string }[]): Query {
  return packParams({
    name: 'lockAndFindEvents',
    cypher: `// lockAndFindEvents
${lock()}
UNWIND $probes AS p
WITH p, date(p.date) AS d
// two plain comparisons, as in the GDELT look-up (where a chained r.from <= e.date <= r.to was
// planned as a seek on one bound and a filter): the index seeks on signature and both bounds.
// SEEK, not just INDEX: after the locks' writes, a populated graph sometimes had this planned as
// a scan of the whole index with a filter, every event read for every probe.
MATCH (e:Event) USING INDEX SEEK e:Event(signature, date)
WHERE e.signature = p.signature AND e.date >= d - duration({days: 1}) AND e.date <= d + duration({days: 1})
RETURN DISTINCT e.id AS id, e.signature AS signature, toString(e.date) AS date,
       [(e)-[:AT]->(l:Location) | l.id] AS locations`,
    params: { locks: lockStripes(locks), probes },
  });
}
