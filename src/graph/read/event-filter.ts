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
  /** Where the MATCH starts: `all` when nothing narrows it to some events' neighbourhood. */
  anchor: 'ids' | 'text' | 'person' | 'dyad' | 'organization' | 'location' | 'countries' | 'all';
  /** Every condition on `e`, the anchor's too: for reads that find events another way (a date walk). */
  conditions: string[];
  /** Whether any condition beyond the anchor and the date range narrows the events. */
  narrowed: boolean;
  /**
   * A query returning `reach`, how many actor or place edges the anchor has (an upper bound on its
   * events, read from degree counts), and `total`, the events in the graph; null for anchors that
   * are already small (ids, text), a dyad, and no anchor (every event is its reach).
   */
  reach: string | null;
}

const SIDES = ':SOURCE_ACTOR|TARGET_ACTOR';

/**
 * Events between countries `a` and `b` (node patterns; one on each side, either way round), as `e`, possibly
 * twice. Both countries' edges are read and joined on the event: one read per edge, where checking
 * the second country from each event of the first walks every edge of each of those events.
 */
export const dyadEvents = (a: string, b: string): string => `MATCH ${a}<-[da${SIDES}]-(e)-[db${SIDES}]->${b}
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

  // The node filters in the order they are preferred as the anchor the MATCH starts from: how it
  // starts there, the condition that checks it on an event, and the query for its reach. The
  // anchor's own condition is not checked again: on a country with thousands of events, that
  // re-check cost more than the rest of the query. Only events have actor edges, so the actor
  // anchors need no :Event label check either.
  const total = 'CALL () { MATCH (ev:Event) RETURN count(ev) AS total }';
  const degree = (match: string, rels: string) => `${total}\nOPTIONAL MATCH ${match}\nRETURN sum(COUNT { (a)<-[${rels}]-() }) AS reach, total`;
  type NodeFilter = { kind: Exclude<EventMatch['anchor'], 'all'>; on: boolean; start: string; condition: string | null; reach: string | null };
  const filters: NodeFilter[] = [
    { kind: 'ids', on: Boolean(where.ids), start: 'MATCH (e:Event) WHERE e.id IN $ids', condition: 'e.id IN $ids', reach: null },
    {
      kind: 'text',
      on: Boolean(where.text),
      start: `CALL db.index.fulltext.queryNodes('sentences_fulltext', $text) YIELD node AS hit
MATCH (hit)<-[:EVIDENCE]-(e:Event)`,
      condition: null,
      reach: null,
    },
    {
      kind: 'person',
      on: Boolean(where.person),
      start: `MATCH (:Person {id: $person})<-[${SIDES}]-(e)`,
      condition: `EXISTS { (e)-[${SIDES}]->(:Person {id: $person}) }`,
      reach: degree('(a:Person {id: $person})', SIDES),
    },
    { kind: 'dyad', on: Boolean(dyad), start: dyadEvents('(:Country {code: $dyadA})', '(:Country {code: $dyadB})'), condition: dyadCondition(), reach: null },
    {
      kind: 'organization',
      on: Boolean(where.organization),
      start: `MATCH (:Organization {id: $organization})<-[${SIDES}]-(e)`,
      condition: `EXISTS { (e)-[${SIDES}]->(:Organization {id: $organization}) }`,
      reach: degree('(a:Organization {id: $organization})', SIDES),
    },
    {
      kind: 'location',
      on: Boolean(where.location),
      start: 'MATCH (:Location {id: $location})<-[:AT]-(e:Event)',
      condition: 'EXISTS { (e)-[:AT]->(:Location {id: $location}) }',
      reach: degree('(a:Location {id: $location})', ':AT'),
    },
    {
      kind: 'countries',
      on: Boolean(countries),
      start: `MATCH (c0:Country)<-[${SIDES}]-(e) WHERE c0.code IN $countries`,
      condition: `EXISTS { (e)-[${SIDES}]->(c:Country) WHERE c.code IN $countries }`,
      reach: degree('(a:Country) WHERE a.code IN $countries', SIDES),
    },
  ];
  const chosen = filters.find((f) => f.on);
  const anchor: EventMatch['anchor'] = chosen?.kind ?? 'all';
  const start = chosen?.start ?? 'MATCH (e:Event)';
  for (const f of filters) if (f.on && f !== chosen && f.condition) conditions.push(f.condition);
  const scalar: [keyof EventWhere, string][] = [
    ['code', 'e.code = $code'],
    ['root', 'e.root = $root'],
    ['quadClass', 'e.quadClass = $quadClass'],
    ['goldsteinMin', 'e.goldstein >= $goldsteinMin'],
    ['goldsteinMax', 'e.goldstein <= $goldsteinMax'],
    ['from', 'e.date >= date($from)'],
    ['to', 'e.date <= date($to)'],
  ];
  let narrowed = conditions.length > 0;
  for (const [key, cond] of scalar) {
    const value = where[key];
    if (value === null || value === undefined) continue;
    params[key] = value;
    conditions.push(cond);
    if (key !== 'from' && key !== 'to') narrowed = true;
  }
  // One row per event whatever the anchor matched (a dyad event names a country on both sides).
  const cypher = `${start}
WITH DISTINCT e${conditions.length ? `\nWHERE ${conditions.join('\n  AND ')}` : ''}${v === 'e' ? '' : `\nWITH e AS ${v}`}`;
  const own = chosen?.condition;
  return { cypher, params, anchor, conditions: own ? [own, ...conditions] : conditions, narrowed, reach: chosen?.reach ?? null };
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

/**
 * The tally scope (src/graph/cypher/tally.ts) holding exactly the events a filter selects: '' for
 * no filter at all (every event), a country code for one country and nothing else, "A|B" for a
 * dyad of two countries and nothing else; null when the filter needs the events themselves.
 */
export function tallyScope(where: EventWhere = {}): string | null {
  const { countries, dyad, ...rest } = where;
  if (Object.values(rest).some((v) => v !== null && v !== undefined)) return null;
  const cs = countries?.length ? [...new Set(countries.map((c) => c.toUpperCase()))] : null;
  const pair = dyad?.length === 2 ? dyad.map((c) => c.toUpperCase()).sort() : null;
  if (dyad && !pair) return null;
  if (cs && pair) return null;
  if (pair) return pair[0] === pair[1] ? null : pair.join('|');
  if (cs) return cs.length === 1 ? cs[0]! : null;
  return '';
}
