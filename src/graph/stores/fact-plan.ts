import type { ActorSet, Extraction } from '../../ingest/types.js';
import {
  type ActorKey,
  agreementId,
  eventId,
  eventSignature,
  fold,
  locationId,
  organizationId,
  quoteId,
  relationId,
} from '../keys.js';
import { evidenceIds, sentencesNaming } from './evidence.js';
import { personKey } from './person-resolution.js';

// The fact half of an article's write plan (pure), once people have their resolved ids.

export type ActorKind = 'Person' | 'Country' | 'Organization';
export interface ActorRef { kind: ActorKind; key: string }

export interface PersonRow {
  id: string; name: string; nameKey: string; surnameKey: string; country: string | null;
  aliases: string[]; sentenceIds: string[];
}
export interface HeldRow { personId: string; kind: 'Organization' | 'Country'; key: string; title: string; titleKey: string; sentenceIds: string[] }
export interface EventRow {
  id: string; signature: string; code: string; root: string; name: string; quadClass: number; goldstein: number;
  date: string | null; dateText: string | null; confidence: number; locationId: string | null; sentenceIds: string[];
}
export interface EdgeRow extends ActorRef { from: string; role: string; sentenceIds: string[] }
export interface AgreementRow { id: string; name: string; status: string; topics: string[]; sentenceIds: string[] }
/** `attribution`: who the text says spoke when it names no person, body or state ("Finance Ministry official"). */
export interface QuoteRow { id: string; text: string; speaker: ActorRef | null; attribution: string | null; sentenceIds: string[] }
export interface RelationRow { id: string; descriptor: string; countries: string[]; sentenceIds: string[] }

export interface FactPlan {
  people: PersonRow[];
  held: HeldRow[];
  events: EventRow[];
  /** SOURCE_ACTOR / TARGET_ACTOR of events, PARTY of agreements (role names the edge). */
  actors: EdgeRow[];
  agreements: AgreementRow[];
  agreementTopics: { from: string; topic: string; sentenceIds: string[] }[];
  quotes: QuoteRow[];
  relations: RelationRow[];
  /** Organizations referenced by name only (titles, actors, parties, speakers). */
  organizations: { id: string; name: string; country: string | null }[];
}

// A speaker the extraction describes rather than names starts in lower case ("source", "aide to Chirac").
const DESCRIBED = /^\p{Ll}/u;

export const actorKey = (a: ActorRef): ActorKey => `${a.kind}:${a.key}` as ActorKey;

export function factPlan(e: Extraction, articleId: string, personIds: ReadonlyMap<string, string>): FactPlan {
  const ids = (ev: readonly { sentence: number }[], extra: number[] = []) => evidenceIds(articleId, ev, extra);
  const orgs = new Map(e.organizations.map((o) => [o.name, organizationId(o.key ?? o.name, o.country)]));
  const referenced = new Map<string, { id: string; name: string; country: string | null }>();
  const org = (name: string, country: string | null = null): ActorRef => {
    const id = orgs.get(name) ?? organizationId(name, country);
    if (!orgs.has(name)) referenced.set(id, { id, name, country });
    return { kind: 'Organization', key: id };
  };
  const person = (name: string): ActorRef => ({ kind: 'Person', key: personIds.get(name) ?? `person:${personKey({ name, country: null }).nameKey}:XXX` });
  const actorsOf = (s: ActorSet): ActorRef[] => [
    ...s.people.map(person),
    ...s.countries.map((code): ActorRef => ({ kind: 'Country', key: code })),
    ...s.organizations.map((name) => org(name)),
  ];
  const party = (p: string): ActorRef => (orgs.has(p) || !/^[A-Z]{3}$/.test(p) ? org(p) : { kind: 'Country', key: p });
  const speaker = (name: string | null): ActorRef | null => {
    if (!name) return null;
    if (personIds.has(name)) return person(name);
    const country = e.countries.find((c) => c.name === name || c.code === name);
    if (country) return { kind: 'Country', key: country.code };
    // an unnamed speaker described ("one banker", "Finance Ministry official") is no actor node
    return orgs.has(name) || !DESCRIBED.test(name) ? org(name) : null;
  };

  const people = mergePeople(
    e.people.map((p) => {
      const k = personKey(p);
      return { ...k, id: personIds.get(p.name)!, aliases: [...new Set([p.name, ...p.aliases])], sentenceIds: ids(p.evidence) };
    }),
  );

  const held = e.people.flatMap((p) =>
    p.titles.flatMap((t): HeldRow[] => {
      const target: ActorRef | null = t.organization ? org(t.organization, t.country) : t.country ?? p.country ? { kind: 'Country', key: (t.country ?? p.country)! } : null;
      if (!target || target.kind === 'Person') return [];
      const own = p.evidence.map((ev) => ev.sentence);
      const naming = sentencesNaming(e.sentences, [t.title, ...(t.organization ? [t.organization] : [])]).filter((i) => own.includes(i));
      const sentences = naming.length > 0 ? naming : own.slice(0, 1);
      return [{ personId: personIds.get(p.name)!, kind: target.kind, key: target.key, title: t.title, titleKey: fold(t.title), sentenceIds: ids([], sentences) }];
    }),
  );

  const events: EventRow[] = [];
  const actors: EdgeRow[] = [];
  for (const ev of e.events) {
    const source = actorsOf(ev.source);
    const target = actorsOf(ev.target);
    const signature = eventSignature(ev.root, source.map(actorKey), target.map(actorKey));
    const id = eventId(signature, ev.date, articleId);
    const sentenceIds = ids([ev.evidence]);
    const loc = ev.location ? locationId(ev.location.name, ev.location.country) : null;
    const same = events.find((x) => x.id === id);
    if (same) {
      same.sentenceIds = [...new Set([...same.sentenceIds, ...sentenceIds])].sort();
      same.confidence = Math.max(same.confidence, ev.confidence);
      same.locationId ??= loc;
    } else {
      events.push({ id, signature, code: ev.code, root: ev.root, name: ev.name, quadClass: ev.quadClass, goldstein: ev.goldstein,
        date: ev.date, dateText: ev.dateText, confidence: ev.confidence, locationId: loc, sentenceIds });
    }
    actors.push(...source.map((a) => ({ ...a, from: id, role: 'SOURCE_ACTOR', sentenceIds })));
    actors.push(...target.map((a) => ({ ...a, from: id, role: 'TARGET_ACTOR', sentenceIds })));
  }

  const agreements: AgreementRow[] = [];
  const agreementTopics: FactPlan['agreementTopics'] = [];
  for (const a of e.agreements) {
    const parties = a.parties.map(party);
    const topics = a.topics.map((t) => t.toLowerCase());
    const id = agreementId(parties.map((p) => p.key), a.status, topics.length > 0 ? topics : [a.name]);
    const sentenceIds = ids([a.evidence]);
    agreements.push({ id, name: a.name, status: a.status, topics, sentenceIds });
    actors.push(...parties.map((p) => ({ ...p, from: id, role: 'PARTY', sentenceIds })));
    agreementTopics.push(...topics.map((topic) => ({ from: id, topic, sentenceIds })));
  }

  const quotes = e.quotes.map((q): QuoteRow => {
    const by = speaker(q.speaker);
    const attribution = by === null && q.speaker ? q.speaker : null;
    return { id: quoteId(q.text, by?.key ?? attribution), text: q.text, speaker: by, attribution, sentenceIds: ids([q.evidence]) };
  });
  const relations = e.relations.map((r): RelationRow => ({
    id: relationId(r.countries, r.descriptor), descriptor: r.descriptor, countries: [...r.countries].sort(), sentenceIds: ids([r.evidence]),
  }));

  return {
    people, held: mergeSupport(held, (h) => `${h.personId}|${h.key}|${h.titleKey}`), events,
    actors: mergeSupport(actors, (a) => `${a.from}|${a.role}|${a.kind}|${a.key}`),
    agreements: mergeSupport(agreements, (a) => a.id), agreementTopics: mergeSupport(agreementTopics, (t) => `${t.from}|${t.topic}`),
    quotes: mergeSupport(quotes, (q) => q.id), relations: mergeSupport(relations, (r) => r.id),
    organizations: [...referenced.values()],
  };
}

/** One row per key, the sentence ids of duplicates joined. */
export function mergeSupport<T extends { sentenceIds: string[] }>(rows: readonly T[], key: (row: T) => string): T[] {
  const out = new Map<string, T>();
  for (const row of rows) {
    const seen = out.get(key(row));
    if (seen) seen.sentenceIds = [...new Set([...seen.sentenceIds, ...row.sentenceIds])].sort();
    else out.set(key(row), { ...row });
  }
  return [...out.values()];
}

function mergePeople(rows: PersonRow[]): PersonRow[] {
  const merged = mergeSupport(rows, (p) => p.id);
  for (const p of merged) {
    const all = rows.filter((r) => r.id === p.id);
    // The fullest form names the Person ("Sergei Shoigu" over "Shoigu").
    const best = [...all].sort((a, b) => b.nameKey.split(' ').length - a.nameKey.split(' ').length)[0]!;
    Object.assign(p, { name: best.name, nameKey: best.nameKey, surnameKey: best.surnameKey });
    p.aliases = [...new Set(all.flatMap((r) => r.aliases))];
  }
  return merged;
}
