import type { Row } from '../db.js';
import type { ActorRow, AgreementRow, ArticleRow, CountryRow, EventActors, EventRow, EvidenceRow, LocationRow, OrganizationRow, PersonRow, QuoteRow } from './types.js';

// Rows (plain objects from Db) to domain objects, and the Cypher projections they expect.

type Props = Record<string, unknown>;

/** Projects an actor node with its label as `label`, for actorOf(). */
export const actorProjection = (v: string): string =>
  `${v} {.*, label: CASE WHEN ${v}:Person THEN 'Person' WHEN ${v}:Country THEN 'Country' ELSE 'Organization' END}`;

/** Map entries `source` and `target`: event `e`'s actors by side, for actorsOf(). */
export const eventActorsProjection = (e: string): string =>
  `source: [(${e})-[:SOURCE_ACTOR]->(x) | ${actorProjection('x')}], target: [(${e})-[:TARGET_ACTOR]->(x) | ${actorProjection('x')}]`;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export const countryOf = (p: Props): CountryRow => ({ kind: 'Country', code: String(p.code), name: String(p.name ?? p.code) });

export const personOf = (p: Props): PersonRow => ({
  kind: 'Person',
  id: String(p.id),
  name: String(p.name),
  aliases: strings(p.aliases),
  country: str(p.country),
});

export const organizationOf = (p: Props): OrganizationRow => ({
  kind: 'Organization',
  id: String(p.id),
  name: String(p.name),
  country: str(p.country),
  orgKind: str(p.kind),
  aliases: strings(p.aliases),
});

export function actorOf(p: Props): ActorRow {
  if (p.label === 'Person') return personOf(p);
  if (p.label === 'Country') return countryOf(p);
  return organizationOf(p);
}

export const locationOf = (p: Props): LocationRow => ({ id: String(p.id), name: String(p.name), country: str(p.country) });

export const eventOf = (p: Props): EventRow => ({
  id: String(p.id),
  code: String(p.code),
  root: String(p.root),
  name: String(p.name ?? ''),
  quadClass: num(p.quadClass),
  goldstein: num(p.goldstein),
  date: str(p.date),
  dateText: str(p.dateText),
  confidence: num(p.confidence),
  origin: str(p.origin),
  reportCount: num(p.reportCount),
  sourceCount: num(p.sourceCount),
});

export const actorsOf = (p: Props): EventActors => {
  const list = (v: unknown) => (Array.isArray(v) ? v.map((a) => actorOf(a as Props)) : []);
  return { source: list(p.source), target: list(p.target) };
};

export const agreementOf = (p: Props): AgreementRow => ({
  id: String(p.id),
  name: String(p.name ?? ''),
  status: String(p.status),
  topics: strings(p.topics),
});

export const quoteOf = (p: Props): QuoteRow => ({ id: String(p.id), text: String(p.text), attribution: p.attribution == null ? null : String(p.attribution) });

export const articleOf = (p: Props): ArticleRow => ({
  id: String(p.id),
  url: str(p.url),
  title: String(p.title ?? ''),
  source: str(p.source),
  publishedAt: str(p.publishedAt),
  ingestedAt: str(p.ingestedAt),
  origin: str(p.origin),
  sentenceCount: num(p.sentenceCount),
});

export const evidenceOf = (p: Props): EvidenceRow => ({
  sentenceId: String(p.sentenceId),
  index: num(p.index),
  text: String(p.text),
  articleId: String(p.articleId),
});

export const props = (row: Row, key: string): Props => (row[key] ?? {}) as Props;
