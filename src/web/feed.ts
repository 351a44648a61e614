// A feed's items: RSS 0.9x/2.0, RDF, Atom and JSON Feed read by feedsmith, reduced to what the
// watcher needs (each item's page url and a version that changes when the item is updated).
// Pure: it parses the text it is given.
import { parseFeed } from 'feedsmith';

export interface FeedEntry {
  /** The item's page, absolute. */
  url: string;
  title: string | null;
  /** The item's updated (else published) date as the feed gives it; '' when it gives none. */
  version: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json' | 'rdf';
  title: string | null;
  entries: FeedEntry[];
}

export class FeedFormatError extends Error {
  override readonly name = 'FeedFormatError';
  readonly code = 'MALFORMED_FEED';
}

type Loose = Record<string, unknown> | undefined;
const text = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'string') return ((v as { value: string }).value).trim() || null;
  return null;
};

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function rssLink(item: Loose): string | null {
  const link = text(item?.link);
  if (link) return link;
  const guid = item?.guid as Loose;
  const permalink = guid?.isPermaLink !== false ? text(guid) : null;
  return permalink && /^https?:\/\//i.test(permalink) ? permalink : null;
}

function atomLink(entry: Loose): string | null {
  const links = (entry?.links as Loose[] | undefined) ?? [];
  const alternate = links.find((l) => !l?.rel || l.rel === 'alternate') ?? links[0];
  return text(alternate?.href);
}

/** The items of a feed, in feed order, one per url. Throws FeedFormatError for what is no feed. */
export function parseFeedEntries(body: string, base: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body);
  } catch (e) {
    throw new FeedFormatError(`not an RSS, Atom or JSON feed (${(e as Error).message})`);
  }
  const feed = parsed.feed as Record<string, unknown>;
  let raw: { href: string | null; title: string | null; version: string | null }[];
  switch (parsed.format) {
    case 'atom':
      raw = ((feed.entries as Loose[]) ?? []).map((e) => ({
        href: atomLink(e), title: text(e?.title), version: text(e?.updated) ?? text(e?.published),
      }));
      break;
    case 'json':
      raw = ((feed.items as Loose[]) ?? []).map((i) => ({
        href: text(i?.url) ?? text(i?.external_url), title: text(i?.title), version: text(i?.date_modified) ?? text(i?.date_published),
      }));
      break;
    default:
      raw = ((feed.items as Loose[]) ?? []).map((i) => ({
        href: rssLink(i), title: text(i?.title),
        version: text((i?.atom as Loose)?.updated) ?? text((i?.dc as Loose)?.date) ?? text(i?.pubDate),
      }));
  }
  const seen = new Set<string>();
  const entries: FeedEntry[] = [];
  for (const r of raw) {
    const url = absolute(r.href, base);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    entries.push({ url, title: r.title, version: r.version ?? '' });
  }
  return { format: parsed.format, title: text(feed.title), entries };
}
