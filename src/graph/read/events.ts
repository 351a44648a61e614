import type { Db, Query } from '../db.js';
import { eventMatch, type EventWhere } from './event-filter.js';
import { actorsOf, eventActorsProjection, eventOf, locationOf, props } from './map.js';
import { decodeCursor, keysetCondition, pageSize, runPage, type PageArgs } from './page.js';
import type { EventActors, EventRow, LocationRow, Page } from './types.js';

// Events: the filtered, keyset-paged list and the batched look-ups its fields use.

export type EventOrder = 'DATE_DESC' | 'DATE_ASC' | 'GOLDSTEIN_ASC' | 'GOLDSTEIN_DESC' | 'REPORTS_DESC';

// Undated events sort after dated ones in DATE_DESC: '' is below every ISO date.
const ORDERS: Record<EventOrder, { key: string; desc: boolean }> = {
  DATE_DESC: { key: "coalesce(toString(e.date), '')", desc: true },
  DATE_ASC: { key: "coalesce(toString(e.date), '9999-12-31')", desc: false },
  GOLDSTEIN_ASC: { key: 'toFloat(e.goldstein)', desc: false },
  GOLDSTEIN_DESC: { key: 'toFloat(e.goldstein)', desc: true },
  REPORTS_DESC: { key: 'coalesce(e.reportCount, 0)', desc: true },
};

export function eventsPageQuery(where: EventWhere, order: EventOrder, page: PageArgs): { query: Query; count: Query; size: number } {
  const size = pageSize(page.first);
  const m = eventMatch(where);
  const o = ORDERS[order];
  const k = keysetCondition('sortKey', 'e.id', o.desc, page.after);
  const query: Query = {
    name: 'events.page',
    cypher: `${m.cypher}
WITH e, ${o.key} AS sortKey
WHERE ${k.cypher}
WITH e, sortKey ORDER BY sortKey ${o.desc ? 'DESC' : 'ASC'}, e.id ASC LIMIT toInteger($limit)
RETURN e {.*} AS e, e.id AS id, sortKey, {${eventActorsProjection('e')}} AS actors`,
    params: { ...m.params, ...k.params, limit: size + 1 },
  };
  const count: Query = { name: 'events.count', cypher: `${m.cypher}\nRETURN count(e) AS n`, params: m.params };
  return { query, count, size };
}

/** A real YYYY-MM-DD day (a cursor key the date walk can hand to Cypher's date()). */
function isIsoDay(key: unknown): key is string {
  if (typeof key !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(key)) return false;
  const t = Date.parse(`${key}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(key);
}

/**
 * The same page by walking the event date index from the cursor, for an anchor with many events:
 * a country with thousands of them, or no filter at all. Reading and sorting all of the anchor's
 * events costs in proportion to their number; the walk reads about limit x (events / the anchor's
 * events) index entries. Phase 1 walks to the date of the page's last dated row; phase 2 takes
 * every matching event between the cursor and that date, so ties on a date keep their id order;
 * undated events (last in both date orders) follow, from the anchor, only if the page is not full.
 * Null when the cursor is already among the undated events (or its key is no day: a forged cursor).
 */
export function eventsDateWalkQuery(where: EventWhere, order: 'DATE_DESC' | 'DATE_ASC', page: PageArgs): Query | null {
  const size = pageSize(page.first);
  const m = eventMatch(where);
  if (m.anchor === 'text') return null; // full-text hits have no per-event condition to filter a walk by
  const desc = order === 'DATE_DESC';
  const undatedKey = desc ? '' : '9999-12-31';
  const cursor = page.after ? decodeCursor(page.after) : null;
  if (cursor && (!isIsoDay(cursor.key) || cursor.key === undatedKey)) return null;
  const dir = desc ? 'DESC' : 'ASC';
  const params: Record<string, unknown> = { ...m.params, limit: size + 1 };
  let bound = '';
  let keyset = 'true';
  if (cursor) {
    Object.assign(params, { afterKey: cursor.key, afterId: cursor.id });
    bound = ` AND e.date ${desc ? '<=' : '>='} date($afterKey)`;
    keyset = `(e.date ${desc ? '<' : '>'} date($afterKey) OR e.id > $afterId)`;
  }
  const filter = [keyset, ...m.conditions].join('\n    AND ');
  return {
    name: 'events.dateWalk',
    cypher: `CALL () {
  MATCH (e:Event) WHERE e.date IS NOT NULL${bound}
  WITH e ORDER BY e.date ${dir}
  WHERE ${filter}
  WITH e LIMIT toInteger($limit)
  RETURN ${desc ? 'min' : 'max'}(e.date) AS edge
}
CALL (edge) {
  MATCH (e:Event) WHERE e.date ${desc ? '>=' : '<='} edge${bound}
  WITH e WHERE ${filter}
  WITH e ORDER BY e.date ${dir}, e.id LIMIT toInteger($limit)
  RETURN collect({e: e, sortKey: toString(e.date)}) AS dated
}
CALL (dated) {
  UNWIND CASE WHEN size(dated) < $limit THEN [true] ELSE [] END AS more
  ${m.cypher.replace(/\n/g, '\n  ')}
  WITH e WHERE e.date IS NULL
  WITH e ORDER BY e.id LIMIT toInteger($limit)
  RETURN collect({e: e, sortKey: '${undatedKey}'}) AS undated
}
UNWIND (dated + undated)[0..toInteger($limit)] AS row
WITH row.e AS e, row.sortKey AS sortKey
RETURN e {.*} AS e, e.id AS id, sortKey, {${eventActorsProjection('e')}} AS actors`,
    params,
  };
}

/** Walk the date index when reach^2 >= WALK_FACTOR x limit x total (see eventsDateWalkQuery). */
const WALK_FACTOR = 5;

export type PageStrategy = 'auto' | 'anchor' | 'dateWalk';

export async function eventsPage(db: Db, where: EventWhere, order: EventOrder, page: PageArgs, strategy: PageStrategy = 'auto'): Promise<Page<EventRow>> {
  const { query, count, size } = eventsPageQuery(where, order, page);
  const map = (r: Record<string, unknown>): EventRow => ({ ...eventOf(props(r as never, 'e')), actors: actorsOf(r.actors as Record<string, unknown>) });
  const walk = order === 'DATE_DESC' || order === 'DATE_ASC' ? eventsDateWalkQuery(where, order, page) : null;
  if (walk && size > 0 && strategy !== 'anchor') {
    const m = eventMatch(where);
    // With no anchor the alternative reads every event, so the walk is never worse.
    let use = strategy === 'dateWalk' || m.anchor === 'all';
    if (!use && m.reach && !m.narrowed) {
      const [r] = await db.read({ name: 'events.reach', cypher: m.reach, params: m.params });
      const reach = Number(r?.reach ?? 0);
      use = reach * reach >= WALK_FACTOR * (size + 1) * Number(r?.total ?? 0);
    }
    if (use) return runPage(db, walk, count, size, map);
  }
  return runPage(db, query, count, size, map);
}

export async function eventsByIds(db: Db, ids: readonly string[]): Promise<Map<string, EventRow>> {
  const rows = await db.read({
    name: 'events.byIds',
    cypher: 'MATCH (e:Event) WHERE e.id IN $ids RETURN e {.*} AS e',
    params: { ids: [...ids] },
  });
  return new Map(rows.map((r) => [String(props(r, 'e').id), eventOf(props(r, 'e'))]));
}

export async function eventActors(db: Db, ids: readonly string[]): Promise<Map<string, EventActors>> {
  const rows = await db.read({
    name: 'events.actors',
    cypher: `UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, {${eventActorsProjection('e')}} AS actors`,
    params: { ids: [...ids] },
  });
  return new Map(rows.map((r) => [String(r.id), actorsOf(r.actors as Record<string, unknown>)]));
}

export async function eventLocations(db: Db, ids: readonly string[]): Promise<Map<string, LocationRow>> {
  const rows = await db.read({
    name: 'events.locations',
    cypher: 'UNWIND $ids AS id MATCH (:Event {id: id})-[:AT]->(l:Location) RETURN id, l {.*} AS l',
    params: { ids: [...ids] },
  });
  return new Map(rows.map((r) => [String(r.id), locationOf(props(r, 'l'))]));
}

/** The most recent events of each actor (Person id, Organization id or Country code), `limit` each. */
export async function recentEventsOf(db: Db, label: 'Person' | 'Organization' | 'Country', keys: readonly string[], limit: number): Promise<Map<string, EventRow[]>> {
  const key = label === 'Country' ? 'code' : 'id';
  const rows = await db.read({
    name: `events.recentOf${label}`,
    cypher: `UNWIND $keys AS k
MATCH (a:${label} {${key}: k})
CALL (a) {
  MATCH (a)<-[:SOURCE_ACTOR|TARGET_ACTOR]-(e:Event)
  WITH DISTINCT e
  RETURN e ORDER BY coalesce(toString(e.date), '') DESC, e.id LIMIT toInteger($limit)
}
RETURN k, collect(e {.*}) AS events`,
    params: { keys: [...keys], limit },
  });
  return new Map(rows.map((r) => [String(r.k), (r.events as Record<string, unknown>[]).map(eventOf)]));
}
