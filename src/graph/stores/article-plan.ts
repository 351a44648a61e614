import type { ArticleInput, Extraction } from '../../ingest/types.js';
import { articleId, contentHash, fold, locationId, organizationId, sentenceId } from '../keys.js';
import { evidenceIds, sentencesNaming, uniqueBy } from './evidence.js';

// The entity half of an article's write plan: pure rows for the UNWIND statements, keyed by the
// natural keys of docs/graph-model.md. People get their ids later (resolution reads the graph).

export interface ArticleRow {
  id: string;
  url: string | null;
  contentHash: string;
  title: string;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  origin: 'article';
  sentenceCount: number;
}

export interface SentenceRow { id: string; index: number; text: string; start: number; end: number }
export interface CountryRow { code: string; name: string; sentenceIds: string[] }
export interface OrganizationRow { id: string; name: string; country: string | null; kind: string; aliases: string[]; sentenceIds: string[] }
export interface LocationRow { id: string; name: string; country: string | null; sentenceIds: string[] }
export interface TopicRow { name: string; sentenceIds: string[] }

export interface EntityPlan {
  article: ArticleRow;
  sentences: SentenceRow[];
  countries: CountryRow[];
  organizations: OrganizationRow[];
  locations: LocationRow[];
  topics: TopicRow[];
}

export function articleRow(input: ArticleInput, e: Extraction, now: Date): ArticleRow {
  return {
    id: articleId(input),
    url: input.url ?? null,
    contentHash: contentHash(input),
    title: input.title,
    source: input.source ?? null,
    publishedAt: e.article.publishedAt ?? input.publishedAt ?? null,
    ingestedAt: now.toISOString(),
    origin: 'article',
    sentenceCount: e.sentences.length,
  };
}

/** Country codes referenced anywhere in the extraction, so every edge finds its Country node. */
function referencedCountries(e: Extraction): Map<string, string> {
  const names = new Map(e.countries.map((c) => [c.code, c.name]));
  const add = (code: string | null | undefined) => {
    if (code && /^[A-Z]{3}$/.test(code) && !names.has(code)) names.set(code, code);
  };
  e.people.forEach((p) => {
    add(p.country);
    p.titles.forEach((t) => add(t.country)); // a position's country (writeHeld's target)
  });
  e.organizations.forEach((o) => add(o.country));
  e.locations.forEach((l) => add(l.country));
  e.events.forEach((ev) => [...ev.source.countries, ...ev.target.countries, ev.location?.country].forEach(add));
  e.agreements.forEach((a) => a.parties.forEach(add));
  e.relations.forEach((r) => r.countries.forEach(add));
  return names;
}

export function entityPlan(input: ArticleInput, e: Extraction, now: Date): EntityPlan {
  const article = articleRow(input, e, now);
  const sid = (i: number) => sentenceId(article.id, i);
  const sentences = e.sentences.map((s) => ({ id: sid(s.index), index: s.index, text: s.text, start: s.start, end: s.end }));

  // Countries carry no evidence of their own: their sentences are those of the facts that
  // involve them, plus those that name them.
  const countries = [...referencedCountries(e)].map(([code, name]) => {
    const facts = [
      ...e.events.filter((ev) => [...ev.source.countries, ...ev.target.countries].includes(code)).map((ev) => ev.evidence),
      ...e.relations.filter((r) => r.countries.includes(code)).map((r) => r.evidence),
      ...e.agreements.filter((a) => a.parties.includes(code)).map((a) => a.evidence),
    ];
    return { code, name, sentenceIds: evidenceIds(article.id, facts, sentencesNaming(e.sentences, [name])) };
  });

  const organizations = uniqueBy(
    e.organizations.map((o) => ({
      id: organizationId(o.key ?? o.name, o.country),
      name: o.name,
      country: o.country,
      kind: o.kind ?? 'other',
      aliases: [...new Set([o.name, ...(o.aliases ?? [])])],
      sentenceIds: evidenceIds(article.id, [], sentencesNaming(e.sentences, [o.name, ...(o.aliases ?? [])])),
    })),
    (o) => o.id,
  );

  const places = [...e.locations, ...e.events.flatMap((ev) => (ev.location ? [ev.location] : []))];
  const locations = uniqueBy(
    places.map((l) => {
      const facts = e.events.filter((ev) => ev.location && fold(ev.location.name) === fold(l.name)).map((ev) => ev.evidence);
      return {
        id: locationId(l.name, l.country),
        name: l.name,
        country: l.country,
        sentenceIds: evidenceIds(article.id, facts, sentencesNaming(e.sentences, [l.name])),
      };
    }),
    (l) => l.id,
  );

  const topicNames = [...e.topics.map((t) => t.name), ...e.agreements.flatMap((a) => a.topics)];
  const topics = uniqueBy(
    topicNames.map((name) => {
      const ref = e.topics.find((t) => t.name.toLowerCase() === name.toLowerCase());
      const agreements = e.agreements.filter((a) => a.topics.includes(name)).map((a) => a.evidence);
      return { name: name.toLowerCase(), sentenceIds: evidenceIds(article.id, [...(ref?.evidence ?? []), ...agreements]) };
    }),
    (t) => t.name,
  );

  return { article, sentences, countries, organizations, locations, topics };
}
