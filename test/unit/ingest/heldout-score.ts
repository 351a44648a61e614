// Scores extractions against hand-written gold (test/fixtures/heldout/gold.json): precision,
// recall and F1 per category, summed over the whole set (micro-averaged). A gold value written
// "A|B" accepts either spelling (a person or their country, a code or its sibling).
import type { Extraction } from '../../../src/ingest/index.js';

export interface GoldPerson { name: string; alt?: string[]; country: string | null; titles: string[] }
export interface GoldMeeting { code: string; parties: string[] }
export interface GoldAgreement { status: string; parties: string[]; name?: string }
export interface Gold {
  countries: string[];
  people: GoldPerson[];
  meetings: GoldMeeting[];
  /** [code alternatives, source alternatives, target alternatives or null for any] */
  events: [string, string, string | null][];
  agreements: GoldAgreement[];
  quotes: [start: string, speaker: string][];
  /** Quotes whose speaker is a body, not a person: neither rewarded nor counted against. */
  otherQuotes: string[];
}

export interface Tally { tp: number; fp: number; fn: number }
export const CATEGORIES = ['people', 'peopleNames', 'titles', 'countries', 'meetings', 'agreements', 'quotes', 'events'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, Tally>;

export const emptyScores = (): Scores =>
  Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Scores;

export function prf(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
const alts = (s: string) => s.split('|').map(norm);
type Ev = Extraction['events'][number];
const actors = (s: Ev['source']) => [...s.people, ...s.countries, ...s.organizations].map(norm);
const hasAny = (xs: string[], want: string) => alts(want).some((w) => xs.includes(w));

function add(into: Tally, t: Partial<Tally>) {
  into.tp += t.tp ?? 0; into.fp += t.fp ?? 0; into.fn += t.fn ?? 0;
}

/** One problem per line, for the failure message and the report. */
export function score(e: Extraction, g: Gold, s: Scores, log: string[] = []): void {
  // countries
  const got = new Set(e.countries.map((c) => c.code));
  for (const c of g.countries) got.has(c) ? add(s.countries, { tp: 1 }) : (add(s.countries, { fn: 1 }), log.push(`country missed ${c}`));
  for (const c of got) if (!g.countries.includes(c)) add(s.countries, { fp: 1 }), log.push(`country extra ${c}`);

  // people: the name (or a listed variant) and, for `people`, the country too
  const matched = new Map<GoldPerson, Extraction['people'][number]>();
  for (const p of e.people) {
    const gp = g.people.find((x) => [x.name, ...(x.alt ?? [])].map(norm).includes(norm(p.name)) && !matched.has(x));
    if (!gp) {
      add(s.people, { fp: 1 }); add(s.peopleNames, { fp: 1 });
      add(s.titles, { fp: p.titles.length });
      log.push(`person extra ${p.name} (${p.country})`);
      continue;
    }
    matched.set(gp, p);
    add(s.peopleNames, { tp: 1 });
    if (p.country === gp.country) add(s.people, { tp: 1 });
    else add(s.people, { fp: 1, fn: 1 }), log.push(`person country ${p.name}: ${p.country} != ${gp.country}`);
    const gotTitles = p.titles.map((t) => norm(t.title));
    for (const t of gp.titles) {
      if (gotTitles.some((x) => x.includes(norm(t)))) add(s.titles, { tp: 1 });
      else add(s.titles, { fn: 1 }), log.push(`title missed ${gp.name}: ${t} (got ${gotTitles.join('; ')})`);
    }
    for (const x of gotTitles) {
      if (!gp.titles.some((t) => x.includes(norm(t)))) add(s.titles, { fp: 1 }), log.push(`title extra ${gp.name}: ${x}`);
    }
  }
  for (const gp of g.people) {
    if (matched.has(gp)) continue;
    add(s.people, { fn: 1 }); add(s.peopleNames, { fn: 1 }); add(s.titles, { fn: gp.titles.length });
    log.push(`person missed ${gp.name}`);
  }

  // meetings (04x): a gold meeting is found when two of its parties appear on the event
  const isMeeting = (ev: Ev) => ev.code.startsWith('04');
  const meets = (ev: Ev, m: GoldMeeting) => {
    if (!m.code.split('|').some((c) => ev.code.startsWith(c))) return false;
    const all = [...actors(ev.source), ...actors(ev.target)];
    return m.parties.filter((p) => hasAny(all, p)).length >= 2;
  };
  const meetings = e.events.filter(isMeeting);
  for (const m of g.meetings) {
    if (meetings.some((ev) => meets(ev, m))) add(s.meetings, { tp: 1 });
    else add(s.meetings, { fn: 1 }), log.push(`meeting missed ${m.code} ${m.parties.join(', ')}`);
  }
  for (const ev of meetings) {
    if (!g.meetings.some((m) => meets(ev, m))) add(s.meetings, { fp: 1 }), log.push(`meeting extra ${describe(ev)}`);
  }

  // other events, directional; statements (01) and meetings are not scored here
  const matchesEvent = (ev: Ev, [code, src, tgt]: Gold['events'][number]) =>
    code.split('|').some((c) => ev.code.startsWith(c)) && hasAny(actors(ev.source), src) &&
    (tgt === null || hasAny(actors(ev.target), tgt));
  const others = e.events.filter((ev) => !ev.code.startsWith('01') && !isMeeting(ev));
  for (const ge of g.events) {
    if (others.some((ev) => matchesEvent(ev, ge))) add(s.events, { tp: 1 });
    else add(s.events, { fn: 1 }), log.push(`event missed ${ge.join(' ')}`);
  }
  for (const ev of others) {
    if (!g.events.some((ge) => matchesEvent(ev, ge))) add(s.events, { fp: 1 }), log.push(`event extra ${describe(ev)}`);
  }

  // agreements: status and the set of parties; the name when the gold gives one
  const used = new Set<number>();
  for (const ga of g.agreements) {
    const i = e.agreements.findIndex((a, j) => !used.has(j) && a.status === ga.status &&
      a.parties.length === ga.parties.length && ga.parties.every((p) => hasAny(a.parties.map(norm), p)) &&
      (!ga.name || norm(a.name).includes(norm(ga.name))));
    if (i >= 0) used.add(i), add(s.agreements, { tp: 1 });
    else add(s.agreements, { fn: 1 }), log.push(`agreement missed ${ga.status} ${ga.parties.join(',')} ${ga.name ?? ''}`);
  }
  e.agreements.forEach((a, j) => {
    if (!used.has(j)) add(s.agreements, { fp: 1 }), log.push(`agreement extra ${a.status} ${a.parties.join(',')} "${a.name}"`);
  });

  // quote speakers: a quote counts when found with the right speaker
  const starts = (q: string, start: string) => norm(q).startsWith(norm(start)) || norm(start).startsWith(norm(q));
  for (const [start, speaker] of g.quotes) {
    const q = e.quotes.find((x) => starts(x.text, start));
    if (q?.speaker && norm(q.speaker) === norm(speaker)) add(s.quotes, { tp: 1 });
    else add(s.quotes, { fn: 1, fp: q?.speaker ? 1 : 0 }), log.push(`quote "${start}" -> ${q ? q.speaker : 'not found'} != ${speaker}`);
  }
  for (const q of e.quotes) {
    if (!q.speaker || g.quotes.some(([st]) => starts(q.text, st)) || g.otherQuotes.some((st) => starts(q.text, st))) continue;
    add(s.quotes, { fp: 1 }); log.push(`quote extra "${q.text.slice(0, 30)}" -> ${q.speaker}`);
  }
}

function describe(ev: Ev): string {
  return `${ev.code} [${actors(ev.source).join(',')}] -> [${actors(ev.target).join(',')}] :: ${ev.evidence.text.slice(0, 80)}`;
}
