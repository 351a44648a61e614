import { createHash } from 'node:crypto';

// Natural keys of the graph (see docs/graph-model.md). Pure functions, shared by every writer
// (article ingestion, GDELT import, curation) so the same thing always gets the same key.

/** Lower case, no diacritics, no punctuation, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A spelling-tolerant key for personal names: transliteration variants of one name fold to the
 * same key ("Sergei"/"Sergey", "Lavrov"/"Lavrof" do not, but "Aleksei"/"Alexey" do).
 */
export function nameKey(name: string): string {
  return fold(name)
    .split(' ')
    .map((w) =>
      w
        .replace(/ks/g, 'x')
        .replace(/kh/g, 'h')
        .replace(/ph/g, 'f')
        .replace(/y/g, 'i')
        .replace(/(.)\1+/g, '$1')
        .replace(/ii$/g, 'i'),
    )
    .join(' ');
}

/** The folded last word of a personal name: the key two spellings must share to be merged. */
export function surnameKey(name: string): string {
  const words = nameKey(name).split(' ');
  return words[words.length - 1] ?? '';
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    u.hostname = u.hostname.toLowerCase();
    const s = u.toString();
    return s.endsWith('/') && u.pathname !== '/' ? s.slice(0, -1) : s;
  } catch {
    return url.trim();
  }
}

export function articleId(a: { url?: string | null; title: string; body: string }): string {
  return a.url ? normaliseUrl(a.url) : `sha256:${sha256(`${a.title}\n${a.body}`)}`;
}

export function contentHash(a: { title: string; body: string; publishedAt?: string | null; source?: string | null }): string {
  return sha256(JSON.stringify([a.title, a.body, a.publishedAt ?? null, a.source ?? null]));
}

export const sentenceId = (article: string, index: number): string => `${article}#${index}`;
export const personId = (name: string, country: string | null): string => `person:${nameKey(name)}:${country ?? 'XXX'}`;
export const organizationId = (name: string, country: string | null): string => `org:${fold(name)}:${country ?? 'INT'}`;
export const locationId = (name: string, country: string | null): string => `loc:${fold(name)}:${country ?? 'XXX'}`;

export type ActorKey = `Country:${string}` | `Person:${string}` | `Organization:${string}`;

/** `<root>|<sorted source actor keys>|<sorted target actor keys>`: what makes two reports one event. */
export function eventSignature(root: string, source: readonly ActorKey[], target: readonly ActorKey[]): string {
  const side = (keys: readonly ActorKey[]) => [...new Set(keys)].sort().join(',');
  return `${root}|${side(source)}|${side(target)}`;
}

/** Dated events key on the day; undated ones on the article, so they never merge by accident. */
export function eventId(signature: string, date: string | null, articleIdForUndated: string): string {
  return `event:${signature}:${date ?? articleIdForUndated}`;
}

export function agreementId(parties: readonly string[], status: string, topicsOrName: readonly string[]): string {
  return `agreement:${[...new Set(parties)].sort().join(',')}|${status}|${[...new Set(topicsOrName.map(fold))].sort().join(',')}`;
}

export function quoteId(text: string, speakerId: string | null): string {
  return `quote:${sha256(`${fold(text)}|${speakerId ?? ''}`).slice(0, 32)}`;
}

export function relationId(countries: readonly string[], descriptor: string): string {
  return `relation:${[...new Set(countries)].sort().join(',')}|${fold(descriptor)}`;
}

/**
 * The ingest lock nodes per kind (`person`, `event`): a lock key (`person:<country>:<surnameKey>`,
 * `event:<signature>`) maps to one of this many lock nodes, so the nodes stay a bounded set
 * instead of one per person and event ever seen. Two writers whose keys share a lock node wait
 * for each other (with ~50 keys each, about one pair in seven), which costs time, never a merge.
 */
export const LOCK_STRIPES = 16_384;

/** The lock node key of an ingest lock key: `<kind>:#<n>`, n < LOCK_STRIPES. */
export function lockStripe(key: string): string {
  const colon = key.indexOf(':');
  const kind = colon > 0 ? key.slice(0, colon) : 'lock';
  return `${kind}:#${createHash('sha1').update(key).digest().readUInt32BE(0) % LOCK_STRIPES}`;
}

/** The lock nodes to take for these lock keys: each once, in the one order every writer uses. */
export function lockStripes(keys: readonly string[]): string[] {
  return [...new Set(keys.map(lockStripe))].sort();
}
