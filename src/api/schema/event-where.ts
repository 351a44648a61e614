import type { EventWhere as EventFilter } from '../../graph/read/event-filter.js';
import { eventsPage } from '../../graph/read/events.js';
import { luceneQuery } from '../../graph/read/lucene.js';
import type { EventRow } from '../../graph/read/types.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { badInput, keyOf } from '../ids.js';

// The event filter input, shared by events, eventStats, network and the eventAdded subscription.

export const EventWhere = builder.inputType('EventWhereInput', {
  description: 'Every condition given must hold.',
  fields: (t) => ({
    countries: t.stringList({ description: 'ISO-3 codes: events with any of them as an actor.' }),
    dyad: t.stringList({ description: 'Two ISO-3 codes: events with one on each side, either direction.' }),
    person: t.id({ description: 'A Person (global id or key) taking part.' }),
    organization: t.id({ description: 'An Organization taking part.' }),
    code: t.string({ description: 'CAMEO code, exact.' }),
    root: t.string({ description: 'CAMEO root, two digits ("04": consult).' }),
    quadClass: t.int({ description: '1..4' }),
    goldsteinMin: t.float(),
    goldsteinMax: t.float(),
    from: t.field({ type: 'Date', description: 'Event date on or after.' }),
    to: t.field({ type: 'Date', description: 'Event date on or before.' }),
    location: t.id({ description: 'A Location (global id or key).' }),
    text: t.string({ description: 'Words of the reporting sentences (full-text).' }),
  }),
});

type WhereInput = typeof EventWhere.$inferInput;

const ISO3 = /^[A-Za-z]{3}$/;

export function eventWhereOf(w: WhereInput | null | undefined): EventFilter {
  if (!w) return {};
  const codes = (list: readonly string[] | null | undefined, what: string) => {
    if (!list) return null;
    for (const c of list) if (!ISO3.test(c)) throw badInput(`${what}: "${c}" is not an ISO-3 country code`);
    return list.map((c) => c.toUpperCase());
  };
  if (w.dyad && w.dyad.length !== 2) throw badInput('dyad takes exactly two country codes');
  if (w.quadClass != null && ![1, 2, 3, 4].includes(w.quadClass)) throw badInput('quadClass is 1, 2, 3 or 4');
  let text: string | null = null;
  if (w.text != null) {
    text = luceneQuery(w.text);
    if (!text) throw badInput('text holds no word to search for');
  }
  return {
    countries: codes(w.countries, 'countries'),
    dyad: codes(w.dyad, 'dyad'),
    person: w.person != null ? keyOf(String(w.person), 'Person') : null,
    organization: w.organization != null ? keyOf(String(w.organization), 'Organization') : null,
    location: w.location != null ? keyOf(String(w.location), 'Location') : null,
    code: w.code ?? null,
    root: w.root ?? null,
    quadClass: w.quadClass ?? null,
    goldsteinMin: w.goldsteinMin ?? null,
    goldsteinMax: w.goldsteinMax ?? null,
    from: w.from ?? null,
    to: w.to ?? null,
    text,
  };
}

/** Of newly written events, those matching the filter (one query per ingestion). */
export async function matchesLive(ctx: Context, ids: string[], where: EventFilter): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  const page = await eventsPage(ctx.db, { ...where, ids }, 'DATE_DESC', { first: 100 });
  return page.rows.map((r) => r.node);
}
