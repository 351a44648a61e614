import { type ActorKey, articleId, eventId, eventSignature, locationId, organizationId } from '../graph/keys.js';
import { actorCountry, type GdeltActor } from './actors.js';
import type { GdeltEvent, GdeltLocation } from './parse-event.js';
import type { GdeltMention } from './parse-mention.js';

// GDELT records -> the keyed rows the store writes (pure). Keys come from src/graph/keys.ts, the
// same functions article ingestion uses, so a GDELT row and an article reach the same nodes.

export interface ActorEdge {
  role: 'SOURCE_ACTOR' | 'TARGET_ACTOR';
  kind: 'Country' | 'Organization';
  key: string;
}

export interface ArticleStub {
  id: string;
  url: string;
  /** ISO date-time. */
  publishedAt: string;
  source: string | null;
}

export interface PlannedEvent {
  gdeltId: number;
  signature: string;
  /** The documented key `event:<signature>:<date>`, used unless a different place holds it. */
  baseId: string;
  date: string;
  locationId: string | null;
  code: string;
  root: string;
  name: string;
  quadClass: number;
  goldstein: number;
  actors: ActorEdge[];
  article: ArticleStub | null;
}

export interface PlannedBatch {
  events: PlannedEvent[];
  countries: { code: string; name: string }[];
  organizations: { id: string; name: string; country: string | null; kind: string }[];
  locations: { id: string; name: string; country: string | null }[];
}

/** "http://www.voxy.co.nz/x" -> "voxy.co.nz": the outlet, when GDELT gives no source name. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function articleStub(url: string, publishedAt: string, source: string | null): ArticleStub {
  return { id: articleId({ url, title: '', body: '' }), url, publishedAt, source: source ?? hostOf(url) };
}

/** `<baseId>@<location id>`: a second event of the same actors on the same day, elsewhere. */
export const placedEventId = (baseId: string, loc: string): string => `${baseId}@${loc}`;

export function planBatch(rows: readonly GdeltEvent[]): PlannedBatch {
  const countries = new Map<string, { code: string; name: string }>();
  const organizations = new Map<string, PlannedBatch['organizations'][number]>();
  const locations = new Map<string, PlannedBatch['locations'][number]>();

  const addCountry = (code: string) => {
    if (!countries.has(code)) countries.set(code, { code, name: actorCountry(code)?.name ?? code });
  };
  const key = (a: GdeltActor): { kind: ActorEdge['kind']; key: string } => {
    if (a.label === 'Country') {
      countries.set(a.code, { code: a.code, name: a.name });
      return { kind: 'Country', key: a.code };
    }
    const id = organizationId(a.name, a.country);
    organizations.set(id, { id, name: a.name, country: a.country, kind: a.kind });
    if (a.country) addCountry(a.country);
    return { kind: 'Organization', key: id };
  };
  const place = (l: GdeltLocation | null): string | null => {
    if (!l) return null;
    const id = locationId(l.name, l.country);
    locations.set(id, { id, name: l.name, country: l.country });
    if (l.country) addCountry(l.country);
    return id;
  };

  const events = rows.map((r): PlannedEvent => {
    const source = r.source ? [key(r.source)] : [];
    const target = r.target ? [key(r.target)] : [];
    const actorKey = (a: { kind: string; key: string }) => `${a.kind}:${a.key}` as ActorKey;
    const signature = eventSignature(r.root, source.map(actorKey), target.map(actorKey));
    return {
      gdeltId: r.gdeltId, signature, baseId: eventId(signature, r.date, ''), date: r.date,
      locationId: place(r.location), code: r.code, root: r.root, name: r.name,
      quadClass: r.quadClass, goldstein: r.goldstein,
      actors: [
        ...source.map((a) => ({ ...a, role: 'SOURCE_ACTOR' as const })),
        ...target.map((a) => ({ ...a, role: 'TARGET_ACTOR' as const })),
      ],
      article: r.url ? articleStub(r.url, r.addedAt, null) : null,
    };
  });
  return { events, countries: [...countries.values()], organizations: [...organizations.values()], locations: [...locations.values()] };
}

export function mentionStub(m: GdeltMention): ArticleStub {
  return articleStub(m.identifier, m.mentionedAt, m.sourceName);
}
