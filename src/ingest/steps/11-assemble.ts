// Step 11: the Extraction, the JSON-ready contract with the graph layer.
import type { Doc } from '../document.js';
import type { ActorSet, CountryRef, EventRef, Extraction, LocationRef, OrganizationRef, PersonRef } from '../types.js';
import { countryName } from '../entities/country.js';
import { canonicalOrg } from '../entities/organization.js';
import { evidenceOf, toOriginalSentence } from '../entities/evidence.js';
import { agreements } from './09-agreements.js';
import { relations, topics } from './10-relations.js';
import { quotes } from './07-quotes.js';

function people(doc: Doc): PersonRef[] {
  return doc.people.map((p) => ({
    name: p.name,
    aliases: [...p.aliases].filter((a) => a !== p.name),
    country: p.country,
    titles: p.titles,
    evidence: p.mentions.filter((m) => m.via === 'name' || m.via === 'alias').slice(0, 5).map((m) => evidenceOf(doc, m.start, m.end)),
  }));
}

function countries(doc: Doc): CountryRef[] {
  const codes: string[] = [];
  for (const c of doc.countries) if (!c.asPlace && !codes.includes(c.code)) codes.push(c.code);
  for (const p of doc.people) if (p.country && !codes.includes(p.country)) codes.push(p.country);
  // "the White House said", "the Kremlin": a government body speaks for its country
  for (const o of doc.orgs) {
    if (o.country && !codes.includes(o.country) && ['government', 'ministry', 'military'].includes(o.kind)) codes.push(o.country);
  }
  return codes.map((code) => ({ code, name: countryName(code) }));
}

function organizations(doc: Doc): OrganizationRef[] {
  const out: OrganizationRef[] = [];
  const add = (name: string, given: string | null, kind: string): void => {
    // "German U.N. Ambassador": the ambassador is German, the United Nations is not
    const country = canonicalOrg(name).kind === 'international' ? null : given;
    const same = out.find((o) => o.name === name && (o.country === country || !o.country || !country));
    if (same) same.country ??= country;
    else out.push({ name, country, kind });
  };
  for (const o of doc.orgs) add(o.name, o.country, o.kind);
  for (const p of doc.people) {
    for (const t of p.titles) {
      if (!t.organization) continue;
      const known = canonicalOrg(t.organization);
      const kind = known.kind !== 'other' ? known.kind : /^(?:Ministry|Department)\b/.test(t.organization) ? 'ministry' : 'other';
      add(t.organization, t.country ?? known.country, kind);
    }
  }
  return out;
}

function locations(doc: Doc, events: readonly EventRef[]): LocationRef[] {
  const out: LocationRef[] = [];
  const add = (l: LocationRef | null): void => {
    if (l && !out.some((x) => x.name === l.name)) out.push(l);
  };
  if (doc.dateline?.place) add({ name: doc.dateline.place, country: doc.dateline.country });
  for (const c of doc.countries) if (c.asPlace) add({ name: doc.clean.slice(c.start, c.end), country: c.code });
  for (const e of events) add(e.location);
  return out;
}

// The name each body goes by in this article, its longest written form ("Group of Seven" where
// the article also writes "G7"); the canonical name stays as the organization's key.
function writtenNames(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of doc.orgs) {
    const written = o.surface.replace(/^the\s+/i, '');
    const known = out.get(o.name);
    if (!known || written.length > known.length) out.set(o.name, written);
  }
  return out;
}

function renamed(e: Extraction, names: ReadonlyMap<string, string>): Extraction {
  const to = (n: string): string => names.get(n) ?? n;
  const actors = (a: ActorSet): ActorSet => ({ ...a, organizations: [...new Set(a.organizations.map(to))] });
  const organizations: OrganizationRef[] = [];
  for (const o of e.organizations) {
    const name = to(o.name);
    if (!organizations.some((x) => x.name === name && x.country === o.country)) organizations.push({ ...o, name, key: o.name });
  }
  return {
    ...e,
    organizations,
    people: e.people.map((p) => ({ ...p, titles: p.titles.map((t) => (t.organization ? { ...t, organization: to(t.organization) } : t)) })),
    events: e.events.map((ev) => ({ ...ev, source: actors(ev.source), target: actors(ev.target) })),
    agreements: e.agreements.map((a) => ({ ...a, parties: [...new Set(a.parties.map(to))].sort() })),
    quotes: e.quotes.map((q) => (q.speaker ? { ...q, speaker: to(q.speaker) } : q)),
  };
}

export function assemble(doc: Doc, events: EventRef[]): Extraction {
  const { input } = doc;
  return renamed(build(doc, events, input), writtenNames(doc));
}

function build(doc: Doc, events: EventRef[], input: Doc['input']): Extraction {
  return {
    article: {
      title: input.title,
      publishedAt: input.publishedAt ?? null,
      url: input.url ?? null,
      source: input.source ?? null,
      dateline: doc.dateline ? { place: doc.dateline.place, date: doc.dateline.date } : null,
    },
    cleanText: doc.clean,
    sentences: doc.sentences.map((s) => toOriginalSentence(doc, s)),
    countries: countries(doc),
    people: people(doc),
    organizations: organizations(doc),
    locations: locations(doc, events),
    events,
    agreements: agreements(doc, events),
    quotes: quotes(doc),
    relations: relations(doc),
    topics: topics(doc),
  };
}
