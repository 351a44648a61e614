import type { Db } from '../db.js';
import { actorOf, actorProjection, agreementOf } from './map.js';
import { sortKeyPage, type PageArgs } from './page.js';
import type { ActorRow, AgreementRow, Page } from './types.js';

// Agreements, newest report first (an agreement has no date of its own: its first report dates it).

export interface AgreementsWhere {
  /** ISO-3 codes or Organization ids; every one must be a party. */
  parties?: string[] | null;
  status?: string | null;
  topic?: string | null;
  from?: string | null;
  to?: string | null;
}

export async function agreementsPage(db: Db, where: AgreementsWhere, page: PageArgs): Promise<Page<AgreementRow>> {
  const params: Record<string, unknown> = {};
  const conds: string[] = [];
  let start = 'MATCH (g:Agreement)';
  const parties = where.parties?.length ? where.parties.map((p) => (/^[a-z]{3}$/i.test(p) ? p.toUpperCase() : p)) : null;
  if (parties) {
    start = /^[A-Z]{3}$/.test(parties[0]!)
      ? 'MATCH (:Country {code: $firstParty})<-[:PARTY]-(g:Agreement)'
      : 'MATCH (:Organization {id: $firstParty})<-[:PARTY]-(g:Agreement)';
    params.firstParty = parties[0];
    params.parties = parties;
    conds.push('all(p IN $parties WHERE EXISTS { (g)-[:PARTY]->(x) WHERE x.code = p OR x.id = p })');
  }
  if (where.status) {
    conds.push('g.status = $status');
    params.status = where.status.toLowerCase();
  }
  if (where.topic) {
    conds.push('EXISTS { (g)-[:ON_TOPIC]->(:Topic {name: $topic}) }');
    params.topic = where.topic.toLowerCase();
  }
  const dated = "coalesce(toString(date(min(a.publishedAt))), '')";
  const dateConds: string[] = [];
  if (where.from) {
    dateConds.push('sortKey >= $from');
    params.from = where.from;
  }
  if (where.to) {
    dateConds.push("sortKey <> '' AND sortKey <= $to");
    params.to = where.to;
  }
  const match = `${start}
WITH DISTINCT g${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''}
OPTIONAL MATCH (g)-[:REPORTED_IN]->(a:Article)
WITH g, ${dated} AS sortKey${dateConds.length ? `\nWHERE ${dateConds.join(' AND ')}` : ''}`;
  return sortKeyPage(db, 'agreements', 'g', { cypher: match, params }, page, agreementOf);
}

export async function agreementParties(db: Db, ids: readonly string[]): Promise<Map<string, ActorRow[]>> {
  const rows = await db.read({
    name: 'agreements.parties',
    cypher: `UNWIND $ids AS id MATCH (:Agreement {id: id})-[:PARTY]->(p) RETURN id, collect(${actorProjection('p')}) AS parties`,
    params: { ids: [...ids] },
  });
  return new Map(rows.map((r) => [String(r.id), (r.parties as Record<string, unknown>[]).map(actorOf)]));
}
