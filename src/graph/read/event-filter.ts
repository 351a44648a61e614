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

/**
 * Events between countries `ca` and `cb` (one on each side, either way round), as `e`, possibly
 * twice. Both countries' edges are read and joined on the event: one read per edge, where checking
 * the second country from each event of the first walks every edge of each of those events.
 */
export const DYAD_EVENTS = `MATCH (ca)<-[da${SIDES}]-(e)-[db${SIDES}]->(cb)
USING JOIN ON e
WHERE type(da) <> type(db)`;

function dyadCondition(): string {
  return `((EXISTS { (e)-[:SOURCE_ACTOR]->(:Country {code: $dyadA}) } AND EXISTS { (e)-[:TARGET_ACTOR]->(:Country {code: $dyadB}) })
    OR (EXISTS { (e)-[:SOURCE_ACTOR]->(:Country {code: $dyadB}) } AND EXISTS { (e)-[:TARGET_ACTOR]->(:Country {code: $dyadA}) }))`;
}

export function eventMatch(where: EventWhere = {}, v = 'e'): EventMatch {
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];
  if (where.dyad && where.dyad.length !== 2) throw new RangeError('dyad takes exactly two country codes');
  const dyad = where.dyad ? where.dyad.map((c) => c.toUpperCase()) : null;
  const countries = where.countries?.length ? where.countries.map((c) => c.toUpperCase()) : null;
  if (dyad) Object.assign(params, { dyadA: dyad[0], dyadB: dyad[1] });
  if (countries) params.countries = countries;
  if (where.person) params.person = where.person;
  if (where.organization) params.organization = where.organization;
  if (where.location) params.location = where.location;
  if (where.text) params.text = where.text;

  if (where.ids) params.ids = where.ids;

  // The anchor's own condition is not checked again: on a country with thousands of events, that
  // re-check cost more than the rest of the query. Only events have actor edges, so the actor
  // anchors need no :Event label check either.
  const anchor = where.ids ? 'ids' : where.text ? 'text' : where.person ? 'person' : dyad ? 'dyad' : where.organization ? 'organization' : where.location ? 'location' : countries ? 'countries' : 'all';
  const starts: Record<typeof anchor, string> = {
    ids: 'MATCH (e:Event) WHERE e.id IN $ids',
    text: `CALL db.index.fulltext.queryNodes('sentences_fulltext', $text) YIELD node AS hit
MATCH (hit)<-[:EVIDENCE]-(e:Event)`,
    person: `MATCH (:Person {id: $person})<-[${SIDES}]-(e)`,
    dyad: DYAD_EVENTS.replace('(ca)', '(:Country {code: $dyadA})').replace('(cb)', '(:Country {code: $dyadB})'),
    organization: `MATCH (:Organization {id: $organization})<-[${SIDES}]-(e)`,
    location: 'MATCH (:Location {id: $location})<-[:AT]-(e:Event)',
    countries: `MATCH (c0:Country)<-[${SIDES}]-(e) WHERE c0.code IN $countries`,
    all: 'MATCH (e:Event)',
  };
  const start = starts[anchor];

  if (where.person && anchor !== 'person') conditions.push(`EXISTS { (e)-[${SIDES}]->(:Person {id: $person}) }`);
  if (dyad && anchor !== 'dyad') conditions.push(dyadCondition());
  if (where.organization && anchor !== 'organization') conditions.push(`EXISTS { (e)-[${SIDES}]->(:Organization {id: $organization}) }`);
  if (where.location && anchor !== 'location') conditions.push('EXISTS { (e)-[:AT]->(:Location {id: $location}) }');
  if (countries && anchor !== 'countries') conditions.push(`EXISTS { (e)-[${SIDES}]->(c:Country) WHERE c.code IN $countries }`);
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

/**
 * Clauses binding `day` for each row's event `e`: its own date, else the day of its first report.
 * Reports are read only for undated events (an OPTIONAL MATCH plus min() read them for every event).
 */
export const EVENT_DAY = `WITH *, e.date AS ownDate
CALL (e, ownDate) {
  WITH e WHERE ownDate IS NULL
  MATCH (e)-[:REPORTED_IN]->(art:Article)
  RETURN date(min(art.publishedAt)) AS firstReport
}
WITH *, coalesce(ownDate, firstReport) AS day`;
