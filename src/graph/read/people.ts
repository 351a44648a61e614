import type { Db } from '../db.js';
import { fold, nameKey } from '../keys.js';
import { actorOf, actorProjection, personOf, props } from './map.js';
import { keysetCondition, pageSize, runPage, type PageArgs } from './page.js';
import type { Page, PersonRow, PositionRow } from './types.js';

// People: look-up by name, the filtered list, their offices and a country's representatives.

export interface PeopleWhere {
  /** Part of a name or alias, any spelling variant. */
  name?: string | null;
  country?: string | null;
  organization?: string | null;
}

export type PeopleOrder = 'NAME' | 'MENTIONS_DESC';

/** The person a name designates: the full-name key first, else a unique-ish surname, most mentioned first. */
export async function personByName(db: Db, name: string): Promise<PersonRow | null> {
  const key = nameKey(name);
  const rows = await db.read({
    name: 'person.byName',
    cypher: `MATCH (p:Person) WHERE p.nameKey = $key OR p.surnameKey = $key
RETURN p {.*} AS p, p.nameKey = $key AS exact, COUNT { (p)<-[:MENTIONS]-() } AS mentions
ORDER BY exact DESC, mentions DESC, p.id LIMIT 1`,
    params: { key },
  });
  return rows[0] ? personOf(props(rows[0], 'p')) : null;
}

export async function peoplePage(db: Db, where: PeopleWhere, order: PeopleOrder, page: PageArgs): Promise<Page<PersonRow>> {
  const size = pageSize(page.first);
  const params: Record<string, unknown> = {};
  let start = 'MATCH (p:Person)';
  if (where.country) {
    start = 'MATCH (:Country {code: $country})<-[:REPRESENTS]-(p:Person)';
    params.country = where.country.toUpperCase();
  } else if (where.organization) {
    start = 'MATCH (:Organization {id: $organization})<-[:HELD]-(p:Person) WITH DISTINCT p';
  }
  if (where.organization) params.organization = where.organization;
  const conds: string[] = [];
  if (where.organization && where.country) conds.push('EXISTS { (p)-[:HELD]->(:Organization {id: $organization}) }');
  if (where.name) {
    conds.push('(p.nameKey CONTAINS $nameKey OR toLower(coalesce(p.aliasText, p.name)) CONTAINS $folded)');
    Object.assign(params, { nameKey: nameKey(where.name), folded: fold(where.name) });
  }
  const desc = order === 'MENTIONS_DESC';
  const key = desc ? 'COUNT { (p)<-[:MENTIONS]-() }' : 'p.name';
  const k = keysetCondition('sortKey', 'p.id', desc, page.after);
  const match = `${start}${conds.length ? `\nWITH p WHERE ${conds.join(' AND ')}` : ''}`;
  return runPage(
    db,
    {
      name: 'people.page',
      cypher: `${match}
WITH p, ${key} AS sortKey
WHERE ${k.cypher}
RETURN p {.*} AS p, p.id AS id, sortKey ORDER BY sortKey ${desc ? 'DESC' : 'ASC'}, id LIMIT toInteger($limit)`,
      params: { ...params, ...k.params, limit: size + 1 },
    },
    { name: 'people.count', cypher: `${match}\nRETURN count(p) AS n`, params },
    size,
    (r) => personOf(r.p as Record<string, unknown>),
  );
}

/** The offices (HELD edges) of each person, latest first. */
export async function positionsOf(db: Db, personIds: readonly string[]): Promise<Map<string, PositionRow[]>> {
  const rows = await db.read({
    name: 'people.positions',
    cypher: `UNWIND $ids AS id
MATCH (:Person {id: id})-[h:HELD]->(o)
WITH id, h, o ORDER BY h.lastSeen DESC, h.title
RETURN id, collect({title: h.title, firstSeen: h.firstSeen, lastSeen: h.lastSeen, sentenceIds: h.sentenceIds, holder: ${actorProjection('o')}}) AS positions`,
    params: { ids: [...personIds] },
  });
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return new Map(
    rows.map((r) => [
      String(r.id),
      (r.positions as Record<string, unknown>[]).map((p) => ({
        personId: String(r.id),
        title: String(p.title),
        holder: actorOf(p.holder as Record<string, unknown>),
        firstSeen: str(p.firstSeen),
        lastSeen: str(p.lastSeen),
        sentenceIds: Array.isArray(p.sentenceIds) ? p.sentenceIds.map(String) : [],
      })),
    ]),
  );
}

/** People who represent each country, most mentioned first, `limit` each. */
export async function representativesOf(db: Db, codes: readonly string[], limit: number): Promise<Map<string, PersonRow[]>> {
  const rows = await db.read({
    name: 'people.representativesOf',
    cypher: `UNWIND $codes AS code
MATCH (c:Country {code: code})
CALL (c) {
  MATCH (c)<-[:REPRESENTS]-(p:Person)
  RETURN p ORDER BY COUNT { (p)<-[:MENTIONS]-() } DESC, p.id LIMIT toInteger($limit)
}
RETURN code, collect(p {.*}) AS people`,
    params: { codes: [...codes], limit },
  });
  return new Map(rows.map((r) => [String(r.code), (r.people as Record<string, unknown>[]).map(personOf)]));
}
