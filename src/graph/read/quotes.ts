import type { Db } from '../db.js';
import { actorOf, actorProjection, quoteOf } from './map.js';
import { sortKeyPage, type PageArgs } from './page.js';
import type { ActorRow, Page, QuoteRow } from './types.js';

// Quotes: who said what, newest report first.

export interface QuotesWhere {
  /** A Person or Organization id. */
  speaker?: string | null;
  /** Said by the country itself or by someone who represents it. */
  country?: string | null;
  /** Full-text over the quote; already escaped for Lucene. */
  text?: string | null;
}

// Ids name their kind ("person:...", "org:..."), so the anchor can use the label's unique index.
const speakerLabel = (id: string): string => (id.startsWith('org:') ? 'Organization' : 'Person');

export async function quotesPage(db: Db, where: QuotesWhere, page: PageArgs): Promise<Page<QuoteRow>> {
  const params: Record<string, unknown> = {};
  const conds: string[] = [];
  let start = 'MATCH (q:Quote)';
  if (where.text) {
    start = "CALL db.index.fulltext.queryNodes('quotes_fulltext', $text) YIELD node AS q";
    params.text = where.text;
  } else if (where.speaker) {
    start = `MATCH (:${speakerLabel(where.speaker)} {id: $speaker})<-[:SAID_BY]-(q:Quote)`;
  } else if (where.country) {
    start = 'MATCH (:Country {code: $country})<-[:REPRESENTS*0..1]-()<-[:SAID_BY]-(q:Quote)';
  }
  if (where.speaker) {
    params.speaker = where.speaker;
    conds.push(`EXISTS { (q)-[:SAID_BY]->(:${speakerLabel(where.speaker)} {id: $speaker}) }`);
  }
  if (where.country) {
    params.country = where.country.toUpperCase();
    conds.push('EXISTS { (q)-[:SAID_BY]->()-[:REPRESENTS*0..1]->(:Country {code: $country}) }');
  }
  const match = `${start}
WITH DISTINCT q${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''}
OPTIONAL MATCH (q)-[:REPORTED_IN]->(a:Article)
WITH q, coalesce(toString(max(a.publishedAt)), '') AS sortKey`;
  return sortKeyPage(db, 'quotes', 'q', { cypher: match, params }, page, quoteOf);
}

export async function quoteSpeakers(db: Db, ids: readonly string[]): Promise<Map<string, ActorRow>> {
  const rows = await db.read({
    name: 'quotes.speakers',
    cypher: `UNWIND $ids AS id MATCH (:Quote {id: id})-[:SAID_BY]->(s) RETURN id, ${actorProjection('s')} AS s`,
    params: { ids: [...ids] },
  });
  return new Map(rows.map((r) => [String(r.id), actorOf(r.s as Record<string, unknown>)]));
}

/** The most recent quotes of each speaker (Person id), `limit` each. */
export async function quotesOfPeople(db: Db, ids: readonly string[], limit: number): Promise<Map<string, QuoteRow[]>> {
  const rows = await db.read({
    name: 'quotes.ofPeople',
    cypher: `UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)<-[:SAID_BY]-(q:Quote)
  OPTIONAL MATCH (q)-[:REPORTED_IN]->(a:Article)
  WITH q, max(a.publishedAt) AS at
  RETURN q ORDER BY at DESC, q.id LIMIT toInteger($limit)
}
RETURN id, collect(q {.*}) AS quotes`,
    params: { ids: [...ids], limit },
  });
  return new Map(rows.map((r) => [String(r.id), (r.quotes as Record<string, unknown>[]).map(quoteOf)]));
}
