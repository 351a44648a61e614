import type { Db, Query } from '../db.js';
import { eventMatch, type EventWhere } from './event-filter.js';
import { actorOf, actorProjection, eventOf, locationOf, props } from './map.js';
import { keysetCondition, pageSize, runPage, type PageArgs } from './page.js';
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
RETURN e {.*} AS e, e.id AS id, sortKey
ORDER BY sortKey ${o.desc ? 'DESC' : 'ASC'}, id ASC
LIMIT toInteger($limit)`,
    params: { ...m.params, ...k.params, limit: size + 1 },
  };
  const count: Query = { name: 'events.count', cypher: `${m.cypher}\nRETURN count(e) AS n`, params: m.params };
  return { query, count, size };
}

export async function eventsPage(db: Db, where: EventWhere, order: EventOrder, page: PageArgs): Promise<Page<EventRow>> {
  const { query, count, size } = eventsPageQuery(where, order, page);
  return runPage(db, query, count, size, (r) => eventOf(props(r as never, 'e')));
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
RETURN id,
  [(e)-[:SOURCE_ACTOR]->(a) | ${actorProjection('a')}] AS source,
  [(e)-[:TARGET_ACTOR]->(a) | ${actorProjection('a')}] AS target`,
    params: { ids: [...ids] },
  });
  const list = (v: unknown) => (Array.isArray(v) ? v.map((a) => actorOf(a as Record<string, unknown>)) : []);
  return new Map(rows.map((r) => [String(r.id), { source: list(r.source), target: list(r.target) }]));
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
