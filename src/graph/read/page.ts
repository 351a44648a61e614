import type { Db, Query } from '../db.js';
import type { Page } from './types.js';

// Keyset pagination shared by every list query: the cursor is opaque (base64url JSON of the
// sort key and the id), the query asks for one row more than the page to learn hasNextPage.

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export type SortKey = string | number;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export class InvalidPageError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPageError';
  }
}

export function encodeCursor(key: SortKey, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { key: SortKey; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && ['string', 'number'].includes(typeof value[0]) && typeof value[1] === 'string') {
      return { key: value[0] as SortKey, id: value[1] };
    }
  } catch {
    // fall through: any undecodable cursor is the client's mistake
  }
  throw new InvalidPageError('invalid cursor');
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new InvalidPageError(`first must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/**
 * The WHERE condition that continues after a cursor, for rows ordered by `key` (then id ascending).
 * `key` and `id` are Cypher expressions built by our code; cursor values travel as parameters.
 */
export function keysetCondition(key: string, id: string, desc: boolean, after: string | null | undefined): { cypher: string; params: Record<string, unknown> } {
  if (!after) return { cypher: 'true', params: {} };
  const c = decodeCursor(after);
  const op = desc ? '<' : '>';
  return {
    cypher: `(${key} ${op} $afterKey OR (${key} = $afterKey AND ${id} > $afterId))`,
    params: { afterKey: c.key, afterId: c.id },
  };
}

/** Runs a page query (rows carry `sortKey`, `id` and the mapped node) and its lazy count. */
export async function runPage<T>(
  db: Db,
  query: Query,
  count: Query,
  size: number,
  map: (row: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const rows = size === 0 ? [] : await db.read(query);
  let counted: Promise<number> | undefined;
  return {
    rows: rows.slice(0, size).map((r) => ({ cursor: encodeCursor(r.sortKey as SortKey, String(r.id)), node: map(r) })),
    hasNextPage: rows.length > size,
    totalCount: () => (counted ??= db.read(count).then((r) => Number(r[0]?.n ?? 0))),
  };
}

/**
 * A page of `alias` nodes, newest `sortKey` first (then id): `match` is Cypher that binds both
 * `alias` and `sortKey`. Agreements and quotes page this way, by the dates of their reports.
 */
export function sortKeyPage<T>(
  db: Db,
  name: string,
  alias: string,
  match: { cypher: string; params: Record<string, unknown> },
  page: PageArgs,
  map: (node: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const size = pageSize(page.first);
  const k = keysetCondition('sortKey', `${alias}.id`, true, page.after);
  return runPage(
    db,
    {
      name: `${name}.page`,
      cypher: `${match.cypher}
WITH ${alias}, sortKey WHERE ${k.cypher}
RETURN ${alias} {.*} AS node, ${alias}.id AS id, sortKey ORDER BY sortKey DESC, id LIMIT toInteger($limit)`,
      params: { ...match.params, ...k.params, limit: size + 1 },
    },
    { name: `${name}.count`, cypher: `${match.cypher}\nRETURN count(${alias}) AS n`, params: match.params },
    size,
    (r) => map(r.node as Record<string, unknown>),
  );
}
