import type { Db } from '../db.js';
import { agreementOf, countryOf, locationOf, organizationOf, personOf, props, quoteOf } from './map.js';
import type { AgreementRow, CountryRow, LocationRow, OrganizationRow, PersonRow, QuoteRow, TopicRow } from './types.js';

// Nodes by natural key, in batches (the loaders behind `node(id)` and every reference field).

export type NodeLabel = 'Country' | 'Person' | 'Organization' | 'Location' | 'Agreement' | 'Quote' | 'Topic';

async function byKeys<T>(db: Db, label: NodeLabel, key: 'id' | 'code' | 'name', keys: readonly string[], map: (p: Record<string, unknown>) => T): Promise<Map<string, T>> {
  const rows = await db.read({
    name: `${label.toLowerCase()}.byKeys`,
    cypher: `MATCH (n:${label}) WHERE n.${key} IN $keys RETURN n {.*} AS n`,
    params: { keys: [...keys] },
  });
  return new Map(rows.map((r) => [String(props(r, 'n')[key]), map(props(r, 'n'))]));
}

export const countriesByCodes = (db: Db, codes: readonly string[]): Promise<Map<string, CountryRow>> =>
  byKeys(db, 'Country', 'code', codes.map((c) => c.toUpperCase()), countryOf);
export const peopleByIds = (db: Db, ids: readonly string[]): Promise<Map<string, PersonRow>> => byKeys(db, 'Person', 'id', ids, personOf);
export const organizationsByIds = (db: Db, ids: readonly string[]): Promise<Map<string, OrganizationRow>> =>
  byKeys(db, 'Organization', 'id', ids, organizationOf);
export const locationsByIds = (db: Db, ids: readonly string[]): Promise<Map<string, LocationRow>> => byKeys(db, 'Location', 'id', ids, locationOf);
export const agreementsByIds = (db: Db, ids: readonly string[]): Promise<Map<string, AgreementRow>> => byKeys(db, 'Agreement', 'id', ids, agreementOf);
export const quotesByIds = (db: Db, ids: readonly string[]): Promise<Map<string, QuoteRow>> => byKeys(db, 'Quote', 'id', ids, quoteOf);
export const topicsByNames = (db: Db, names: readonly string[]): Promise<Map<string, TopicRow>> =>
  byKeys(db, 'Topic', 'name', names, (p) => ({ name: String(p.name) }));

/** Every country in the graph, by name. */
export async function allCountries(db: Db): Promise<CountryRow[]> {
  const rows = await db.read({ name: 'countries.all', cypher: 'MATCH (c:Country) RETURN c {.*} AS c ORDER BY c.name, c.code' });
  return rows.map((r) => countryOf(props(r, 'c')));
}
