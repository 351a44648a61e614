import type { Db } from '../db.js';
import { fold } from '../keys.js';
import { articleOf, organizationOf } from './map.js';
import { keysetCondition, pageSize, runPage, type PageArgs } from './page.js';
import type { ArticleRow, OrganizationRow, Page } from './types.js';

// Organizations and articles: plain filtered lists with keyset pages.

export interface OrganizationsWhere {
  country?: string | null;
  kind?: string | null;
  name?: string | null;
}

export async function organizationsPage(db: Db, where: OrganizationsWhere, page: PageArgs): Promise<Page<OrganizationRow>> {
  const size = pageSize(page.first);
  const params: Record<string, unknown> = {};
  const conds: string[] = [];
  if (where.country) {
    conds.push('o.country = $country');
    params.country = where.country.toUpperCase();
  }
  if (where.kind) {
    conds.push('o.kind = $kind');
    params.kind = where.kind;
  }
  if (where.name) {
    conds.push('toLower(coalesce(o.aliasText, o.name)) CONTAINS $name');
    params.name = fold(where.name);
  }
  const match = `MATCH (o:Organization)${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''}`;
  const k = keysetCondition('sortKey', 'o.id', false, page.after);
  return runPage(
    db,
    {
      name: 'organizations.page',
      cypher: `${match}
WITH o, o.name AS sortKey WHERE ${k.cypher}
RETURN o {.*} AS o, o.id AS id, sortKey ORDER BY sortKey, id LIMIT toInteger($limit)`,
      params: { ...params, ...k.params, limit: size + 1 },
    },
    { name: 'organizations.count', cypher: `${match} RETURN count(o) AS n`, params },
    size,
    (r) => organizationOf(r.o as Record<string, unknown>),
  );
}

export interface ArticlesWhere {
  source?: string | null;
  from?: string | null;
  to?: string | null;
  /** Articles that mention this country (ISO-3). */
  country?: string | null;
}

/** Newest first; articles without a publication date come last. */
export async function articlesPage(db: Db, where: ArticlesWhere, page: PageArgs): Promise<Page<ArticleRow>> {
  const size = pageSize(page.first);
  const params: Record<string, unknown> = {};
  const conds: string[] = [];
  let start = 'MATCH (a:Article)';
  if (where.country) {
    start = 'MATCH (:Country {code: $country})<-[:MENTIONS]-(a:Article)';
    params.country = where.country.toUpperCase();
  }
  if (where.source) {
    conds.push('a.source = $source');
    params.source = where.source;
  }
  if (where.from) {
    conds.push('a.publishedAt >= datetime($from)');
    params.from = where.from;
  }
  if (where.to) {
    conds.push('date(a.publishedAt) <= date($to)');
    params.to = where.to;
  }
  const match = `${start}${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''}`;
  const k = keysetCondition('sortKey', 'a.id', true, page.after);
  return runPage(
    db,
    {
      name: 'articles.page',
      cypher: `${match}
WITH a, coalesce(toString(a.publishedAt), '') AS sortKey WHERE ${k.cypher}
RETURN a {.*} AS a, a.id AS id, sortKey ORDER BY sortKey DESC, id LIMIT toInteger($limit)`,
      params: { ...params, ...k.params, limit: size + 1 },
    },
    { name: 'articles.count', cypher: `${match} RETURN count(a) AS n`, params },
    size,
    (r) => articleOf(r.a as Record<string, unknown>),
  );
}

export async function articleTopics(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db.read({
    name: 'articles.topics',
    cypher: 'UNWIND $ids AS id MATCH (:Article {id: id})-[:ABOUT]->(t:Topic) RETURN id, collect(t.name) AS topics',
    params: { ids: [...ids] },
  });
  return new Map(rows.map((r) => [String(r.id), (r.topics as string[]).map(String)]));
}
