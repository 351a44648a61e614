import { nameKey } from '../../src/graph/keys.js';
import type { Extraction } from '../../src/ingest/types.js';
import type { ArticleTruth } from './article.js';

// How much of what the generator wrote the extraction read back: per kind, facts found / facts
// written. An event counts when an extracted event has its root with the source country on one
// side and the target country on the other; a person when the name and country agree.

export interface Recovery {
  people: [found: number, total: number];
  countries: [number, number];
  events: [number, number];
  eventDates: [number, number];
  agreements: [number, number];
  quotes: [number, number];
}

export const emptyRecovery = (): Recovery => ({
  people: [0, 0], countries: [0, 0], events: [0, 0], eventDates: [0, 0], agreements: [0, 0], quotes: [0, 0],
});

function tally(r: Recovery, kind: keyof Recovery, ok: boolean): void {
  r[kind][1] += 1;
  if (ok) r[kind][0] += 1;
}

export function recover(truth: ArticleTruth, x: Extraction, into: Recovery = emptyRecovery()): Recovery {
  const people = new Set(x.people.map((p) => `${nameKey(p.name)}|${p.country}`));
  for (const p of truth.people) tally(into, 'people', people.has(`${nameKey(p.name)}|${p.country}`));
  const countries = new Set(x.countries.map((c) => c.code));
  for (const c of truth.countries) tally(into, 'countries', countries.has(c));
  for (const e of truth.events) {
    const match = x.events.find(
      (f) => f.root === e.root && f.source.countries.includes(e.source) && f.target.countries.includes(e.target),
    );
    tally(into, 'events', match !== undefined);
    if (match && e.date) tally(into, 'eventDates', match.date === e.date);
  }
  for (const a of truth.agreements) {
    tally(into, 'agreements', x.agreements.some((g) => g.status === a.status && a.parties.every((p) => g.parties.includes(p))));
  }
  const speakers = new Set(x.quotes.map((q) => (q.speaker ? nameKey(q.speaker) : '')));
  for (const q of truth.quotes) tally(into, 'quotes', speakers.has(nameKey(q.speaker)));
  return into;
}

export const rate = ([found, total]: [number, number]): number => (total === 0 ? 1 : found / total);
