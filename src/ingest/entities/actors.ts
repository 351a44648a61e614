// Actors of an event, read from one sentence: the people (named, by title or pronoun),
// countries (not as places) and organizations before and after the trigger.
import { startingIn, type Doc } from '../document.js';
import type { ActorSet } from '../types.js';

export interface Actor {
  pos: number;
  person?: number;
  country?: string;
  org?: string;
  orgCountry?: string | null;
  /** Subject of a speech verb right after it: "..., Wang said". */
  speaker?: boolean;
}

// "Wang said", "the Russian Defense Ministry said", "a senior State Department official said"
const SPEECH_AFTER = /^\s*(?:[\w'’-]+\s+){0,2}?(?:said|says|told|added|reported|announced|stated)\b/;
// "talks in Moscow", "at the White House", "at a White House ceremony": a place, not an actor
const PLACE_BEFORE = /\b(?:in|at|inside|near|outside|across|throughout)\s+(?:the\s+|an?\s+)?$/i;

// ("in a G7 communique", "under the IMF agreement": the body's own text, not a place)
const GATHERING_AFTER = /^\s*(?:meetings?|summits?|talks|conferences?|sessions?|forums?|ministerial|communiqu[eé]s?|statements?|declarations?|agreements?|accords?|deals?|pacts?|treaty|treaties|programs?|programmes?|loans?)(?![\w\u00C0-\u024F])/i;

const MEDIA_AFTER = /^\s+(?:television|TV|radio|newspaper|daily|weekly|broadcaster|channel|news\s+agency|network)\b/i;

export function emptyActors(): ActorSet {
  return { people: [], countries: [], organizations: [] };
}

/** Every actor mentioned in [from, to), in text order. */
export function actorsIn(doc: Doc, from: number, to: number): Actor[] {
  const out: Actor[] = [];
  const speaker = (end: number): boolean => SPEECH_AFTER.test(doc.clean.slice(end, end + 40));
  const place = (start: number): boolean => PLACE_BEFORE.test(doc.clean.slice(Math.max(0, start - 12), start));
  for (const m of startingIn(doc.personMentions, from, to)) out.push({ pos: m.start, person: m.person, speaker: speaker(m.end) });
  for (const c of startingIn(doc.countries, from, to)) {
    if (c.asPlace || place(c.start)) continue;
    // "the Paris Club": a country's word inside another body's name
    if (startingIn(doc.orgs, Math.max(0, c.start - 120), c.start + 1).some((o) => o.start <= c.start && c.start < o.end && o.country !== c.code)) continue;
    out.push({ pos: c.start, country: c.code, speaker: speaker(c.end) });
  }
  for (const o of startingIn(doc.orgs, from, to)) {
    // "in the White House" is a place; "take part in the G7 meeting" is not
    if (place(o.start) && !GATHERING_AFTER.test(doc.clean.slice(o.end, o.end + 20))) continue;
    // "said on the NBC television network": an outlet the words were said on, no actor
    if (MEDIA_AFTER.test(doc.clean.slice(o.end, o.end + 30))) continue;
    out.push({ pos: o.start, org: o.name, orgCountry: o.country, speaker: speaker(o.end) });
  }
  return out.sort((a, b) => a.pos - b.pos);
}

function addUnique(list: string[], value: string | null | undefined): void {
  if (value && !list.includes(value)) list.push(value);
}

/** Collapse actors into an ActorSet; people bring their country along. */
export function toActorSet(doc: Doc, actors: readonly Actor[]): ActorSet {
  const set = emptyActors();
  // "Zhang Youxia, a member of the Political Bureau ...": a national body beside its own
  // official describes the person, it is not a second actor
  const personCountries = new Set(actors.flatMap((a) => (a.person !== undefined ? [doc.people[a.person]!.country] : [])));
  actors = actors.filter((a) => !(a.org && a.orgCountry && personCountries.has(a.orgCountry)));
  for (const a of actors) {
    if (a.person !== undefined) {
      const p = doc.people[a.person]!;
      addUnique(set.people, p.name);
      addUnique(set.countries, p.country);
    }
    addUnique(set.countries, a.country);
    addUnique(set.organizations, a.org);
  }
  return set;
}

export function isEmpty(set: ActorSet): boolean {
  return set.people.length + set.countries.length + set.organizations.length === 0;
}

/** "A and B met": split one side into its first actor and the rest. */
export function splitSymmetric(doc: Doc, actors: readonly Actor[]): [Actor[], Actor[]] | null {
  const key = (a: Actor): string =>
    a.person !== undefined ? `c:${doc.people[a.person]!.country ?? `p${a.person}`}` : a.country ? `c:${a.country}` : a.orgCountry ? `c:${a.orgCountry}` : `o:${a.org}`;
  const firstKey = actors[0] ? key(actors[0]) : null;
  if (!firstKey) return null;
  const source = actors.filter((a) => key(a) === firstKey);
  const target = actors.filter((a) => key(a) !== firstKey);
  return target.length ? [source, target] : null;
}
