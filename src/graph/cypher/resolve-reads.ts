import type { Query } from '../db.js';
import { packParams } from './fragments.js';

// Reads that come before an article's writes, inside the same transaction: its stored version,
// and the Persons and Events it may merge into. The look-ups first take ingest locks
// (`:IngestLock {key}` nodes, written so Neo4j holds them to commit): two articles that could
// merge into one Person or Event are then resolved one after the other, never side by side.

const lock = `CALL () {
  UNWIND $locks AS key
  MERGE (l:IngestLock {key: key})
  SET l.at = timestamp()
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

/** Locks are taken in sorted order so two transactions never wait on each other in a cycle. */
export function lockAndFindPeople(locks: string[], surnameKeys: string[]): Query {
  return packParams({
    name: 'lockAndFindPeople',
    cypher: `// lockAndFindPeople
${lock}
UNWIND $surnameKeys AS k
MATCH (p:Person {surnameKey: k})
RETURN p.id AS id, p.nameKey AS nameKey, p.country AS country`,
    params: { locks: [...new Set(locks)].sort(), surnameKeys: [...new Set(surnameKeys)] },
  });
}

/** Stored events with one of the signatures, dated within a day of the probe's date. */
export function lockAndFindEvents(locks: string[], probes: { signature: string; date: string }[]): Query {
  return packParams({
    name: 'lockAndFindEvents',
    cypher: `// lockAndFindEvents
${lock}
UNWIND $probes AS p
WITH p, date(p.date) AS d
// two plain comparisons, as in the GDELT look-up (where a chained r.from <= e.date <= r.to was
// planned as a seek on one bound and a filter): the index seeks on signature and both bounds
MATCH (e:Event) USING INDEX e:Event(signature, date)
WHERE e.signature = p.signature AND e.date >= d - duration({days: 1}) AND e.date <= d + duration({days: 1})
RETURN DISTINCT e.id AS id, e.signature AS signature, toString(e.date) AS date,
       [(e)-[:AT]->(l:Location) | l.id] AS locations`,
    params: { locks: [...new Set(locks)].sort(), probes },
  });
}
