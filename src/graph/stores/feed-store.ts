import type { Db } from '../db.js';
import { normaliseUrl } from '../keys.js';

// What `diplograph watch` keeps between polls and across restarts: per feed its HTTP validators
// (ETag, Last-Modified) for conditional GETs, and per item url the version last handled, so an
// item is fetched and ingested once, and again only when the feed says it was updated.
//   (:Feed {url, etag, lastModified, polledAt, title})-[:LISTED]->(:FeedItem {url, version, status, code, articleId, seenAt})

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export async function readFeedState(db: Db, url: string): Promise<FeedState | null> {
  const rows = await db.read({
    name: 'feeds.readState',
    cypher: 'MATCH (f:Feed {url: $url}) RETURN f.etag AS etag, f.lastModified AS lastModified',
    params: { url },
  });
  const r = rows[0];
  return r ? { url, etag: (r.etag as string | null) ?? null, lastModified: (r.lastModified as string | null) ?? null } : null;
}

/** Records a poll: the validators to send next time (null: none), the feed's title. */
export async function saveFeedState(db: Db, s: FeedState & { title?: string | null; polledAt: Date }): Promise<void> {
  await db.write({
    name: 'feeds.saveState',
    cypher: `MERGE (f:Feed {url: $url})
SET f.etag = $etag, f.lastModified = $lastModified, f.polledAt = datetime($polledAt), f.title = coalesce($title, f.title)`,
    params: { url: s.url, etag: s.etag, lastModified: s.lastModified, title: s.title ?? null, polledAt: s.polledAt.toISOString() },
  });
}

/** The version last handled of each of these item urls that was seen before. */
export async function seenVersions(db: Db, urls: readonly string[]): Promise<Map<string, string>> {
  if (urls.length === 0) return new Map();
  const keys = urls.map(normaliseUrl);
  const rows = await db.read({
    name: 'feeds.seenVersions',
    cypher: 'UNWIND $keys AS key MATCH (i:FeedItem {url: key}) RETURN i.url AS url, i.version AS version',
    params: { keys },
  });
  const byKey = new Map(rows.map((r) => [String(r.url), String(r.version ?? '')]));
  const out = new Map<string, string>();
  urls.forEach((u, i) => {
    const v = byKey.get(keys[i]!);
    if (v !== undefined) out.set(u, v);
  });
  return out;
}

export interface HandledItem {
  url: string;
  /** What the feed says of the item's version (its updated or published date, else ''). */
  version: string;
  /** ingested, or failed for good (a page with no article, a type that is not a page). */
  status: 'ingested' | 'failed';
  code?: string | null;
  articleId?: string | null;
}

/** Marks items handled: they are not fetched again until their version changes. */
export async function markItems(db: Db, feedUrl: string, items: readonly HandledItem[], at: Date): Promise<void> {
  if (items.length === 0) return;
  await db.write({
    name: 'feeds.markItems',
    cypher: `MERGE (f:Feed {url: $feed})
WITH f UNWIND $items AS item
MERGE (i:FeedItem {url: item.key})
SET i.version = item.version, i.status = item.status, i.code = item.code, i.articleId = item.articleId, i.seenAt = datetime($at)
MERGE (f)-[:LISTED]->(i)`,
    params: {
      feed: feedUrl,
      at: at.toISOString(),
      items: items.map((i) => ({ key: normaliseUrl(i.url), version: i.version, status: i.status, code: i.code ?? null, articleId: i.articleId ?? null })),
    },
  });
}
