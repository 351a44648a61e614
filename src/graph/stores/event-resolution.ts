import { mergeSupport, type EdgeRow, type EventRow } from './fact-plan.js';

// Cross-article event resolution, pure: a dated event joins a stored Event with the same
// signature (CAMEO root and actors) dated within a day, unless both name different places.
// Undated events key on their article, so they only ever merge within it.

export interface StoredEvent {
  id: string;
  signature: string;
  date: string;
  locations: string[];
}

const DAY = 86_400_000;

/** Whole days between two ISO days. */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY;
}

/** Provisional event id -> the id to write (a stored Event's, or its own). */
export function resolveEvents(events: readonly EventRow[], stored: readonly StoredEvent[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const ev of events) {
    const date = ev.date;
    const match = date
      ? stored
          .filter((s) => s.signature === ev.signature && daysApart(s.date, date) <= 1)
          .filter((s) => !ev.locationId || s.locations.length === 0 || s.locations.includes(ev.locationId))
          .sort((a, b) => daysApart(a.date, date) - daysApart(b.date, date) || a.id.localeCompare(b.id))[0]
      : undefined;
    ids.set(ev.id, match?.id ?? ev.id);
  }
  return ids;
}

/** The plan's events and actor edges under their resolved ids, merged where two became one. */
export function applyEventIds(
  ids: ReadonlyMap<string, string>,
  events: readonly EventRow[],
  actors: readonly EdgeRow[],
): { events: EventRow[]; actors: EdgeRow[] } {
  const renamed = events.map((e) => ({ ...e, id: ids.get(e.id) ?? e.id }));
  const merged = mergeSupport(renamed, (e) => e.id);
  for (const e of merged) {
    const same = renamed.filter((r) => r.id === e.id);
    e.confidence = Math.max(...same.map((r) => r.confidence));
    e.locationId = same.find((r) => r.locationId)?.locationId ?? null;
  }
  const edges = actors.map((a) => (a.role === 'PARTY' ? a : { ...a, from: ids.get(a.from) ?? a.from }));
  return { events: merged, actors: mergeSupport(edges, (a) => `${a.from}|${a.role}|${a.kind}|${a.key}`) };
}

/**
 * `stored` as it will be once the `written` events (resolved ids) are written: a new dated event
 * added, a known one with the place it was reported at. For the next article of a batch.
 */
export function noteEvents(stored: StoredEvent[], written: readonly EventRow[]): void {
  for (const ev of written) {
    if (!ev.date) continue;
    const known = stored.find((x) => x.id === ev.id);
    if (!known) stored.push({ id: ev.id, signature: ev.signature, date: ev.date, locations: ev.locationId ? [ev.locationId] : [] });
    else if (ev.locationId && !known.locations.includes(ev.locationId)) known.locations.push(ev.locationId);
  }
}
