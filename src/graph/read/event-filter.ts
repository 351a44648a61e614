// The event filter shared by `events`, `eventStats` and `network`: a MATCH that starts from the
// most selective anchor the filter names (a person, a dyad, matching sentences, a country...)
// so no query scans every Event when it can start from a node, then WHERE conditions for the rest.

export interface EventWhere {
  countries?: string[] | null;
  /** Two ISO-3 codes: events with one on each side, either direction. */
  dyad?: string[] | null;
  person?: string | null;
  organization?: string | null;
  code?: string | null;
  root?: string | null;
  quadClass?: number | null;
  goldsteinMin?: number | null;
  goldsteinMax?: number | null;
  /** YYYY-MM-DD, inclusive. */
  from?: string | null;
  to?: string | null;
  location?: string | null;
  /** Full-text over the evidence sentences; already escaped for Lucene (see lucene.ts). */
  text?: string | null;
  /** Only these events (the subscription's newly written ones). */
  ids?: string[] | null;
}

export interface EventMatch {
  /** Clauses ending with `e` bound to the matching events, one row per event. */
  cypher: string;
  params: Record<string, unknown>;
}

const SIDES = ':SOURCE_ACTOR|TARGET_ACTOR';

function dyadCondition(): string {
  return `((EXISTS { (e)-[:SOURCE_ACTOR]->(:Country {code: $dyadA}) } AND EXISTS { (e)-[:TARGET_ACTOR]->(:Country {code: $dyadB}) })
    OR (EXISTS { (e)-[:SOURCE_ACTOR]->(:Country {code: $dyadB}) } AND EXISTS { (e)-[:TARGET_ACTOR]->(:Country {code: $dyadA}) }))`;
}

export function eventMatch(where: EventWhere = {}, v = 'e'): EventMatch {
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];
  let start: string;
  if (where.dyad && where.dyad.length !== 2) throw new RangeError('dyad takes exactly two country codes');
  const dyad = where.dyad ? where.dyad.map((c) => c.toUpperCase()) : null;
  const countries = where.countries?.length ? where.countries.map((c) => c.toUpperCase()) : null;
  if (dyad) Object.assign(params, { dyadA: dyad[0], dyadB: dyad[1] });
  if (countries) params.countries = countries;
  if (where.person) params.person = where.person;
  if (where.organization) params.organization = where.organization;
  if (where.location) params.location = where.location;
  if (where.text) params.text = where.text;

  if (where.ids) {
    params.ids = where.ids;
    conditions.push('e.id IN $ids');
  }

  if (where.ids) {
    start = 'MATCH (e:Event) WHERE e.id IN $ids';
  } else if (where.text) {
    start = `CALL db.index.fulltext.queryNodes('sentences_fulltext', $text) YIELD node AS hit
MATCH (hit)<-[:EVIDENCE]-(e:Event)`;
  } else if (where.person) {
    start = `MATCH (:Person {id: $person})<-[${SIDES}]-(e:Event)`;
  } else if (dyad) {
    start = `MATCH (:Country {code: $dyadA})<-[${SIDES}]-(e:Event)`;
  } else if (where.organization) {
    start = `MATCH (:Organization {id: $organization})<-[${SIDES}]-(e:Event)`;
  } else if (where.location) {
    start = `MATCH (:Location {id: $location})<-[:AT]-(e:Event)`;
  } else if (countries) {
    start = `MATCH (c0:Country)<-[${SIDES}]-(e:Event) WHERE c0.code IN $countries`;
  } else {
    start = 'MATCH (e:Event)';
  }

  if (where.person) conditions.push(`EXISTS { (e)-[${SIDES}]->(:Person {id: $person}) }`);
  if (dyad) conditions.push(dyadCondition());
  if (where.organization) conditions.push(`EXISTS { (e)-[${SIDES}]->(:Organization {id: $organization}) }`);
  if (where.location) conditions.push('EXISTS { (e)-[:AT]->(:Location {id: $location}) }');
  if (countries) conditions.push(`EXISTS { (e)-[${SIDES}]->(c:Country) WHERE c.code IN $countries }`);
  const scalar: [keyof EventWhere, string][] = [
    ['code', 'e.code = $code'],
    ['root', 'e.root = $root'],
    ['quadClass', 'e.quadClass = $quadClass'],
    ['goldsteinMin', 'e.goldstein >= $goldsteinMin'],
    ['goldsteinMax', 'e.goldstein <= $goldsteinMax'],
    ['from', 'e.date >= date($from)'],
    ['to', 'e.date <= date($to)'],
  ];
  for (const [key, cond] of scalar) {
    const value = where[key];
    if (value === null || value === undefined) continue;
    params[key] = value;
    conditions.push(cond);
  }
  // One row per event whatever the anchor matched (a dyad event names a country on both sides).
  const cypher = `${start}
WITH DISTINCT e${conditions.length ? `\nWHERE ${conditions.join('\n  AND ')}` : ''}${v === 'e' ? '' : `\nWITH e AS ${v}`}`;
  return { cypher, params };
}
