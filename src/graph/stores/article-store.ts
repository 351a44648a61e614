import type { ArticleInput, Extraction } from '../../ingest/types.js';
import type { Query, Tx } from '../db.js';
import { writeArticle, writeEntities, writeHeld } from '../cypher/entity-writes.js';
import { refreshEventCounts, writeActorEdges, writeAgreements, writeEvents, writeQuotesAndRelations } from '../cypher/fact-writes.js';
import { articleState, articleStateAndPeople, lockAndFindEvents } from '../cypher/resolve-reads.js';
import { combine } from '../cypher/fragments.js';
import { retally } from '../cypher/tally.js';
import { retractArticle, retractEntities, retractFacts, retractSupport } from '../cypher/retract.js';
import { entityPlan } from './article-plan.js';
import { sentencesNaming, uniqueBy } from './evidence.js';
import { applyEventIds, resolveEvents, type StoredEvent } from './event-resolution.js';
import { factPlan } from './fact-plan.js';
import { personKey, personLockKey, resolvePerson, type ExistingPerson } from './person-resolution.js';

// The write side of articles: one article's extraction into the graph, and its retraction.
// Everything here runs inside a transaction the caller owns (Db.writeTransaction).

export type FactCounts = Record<
  'sentences' | 'people' | 'countries' | 'organizations' | 'locations' | 'events' | 'agreements' | 'quotes' | 'relations' | 'topics',
  number
>;

export interface StoredArticle { contentHash: string; signatures: string[] }

export interface WriteHooks {
  /** Called before each statement; a test throws here to fail a write half-way. */
  beforeStatement?: (name: string) => void;
}

function runner(tx: Tx, hooks: WriteHooks) {
  return (q: Query) => {
    hooks.beforeStatement?.(q.name);
    return tx.run(q);
  };
}

export async function readStoredArticle(tx: Tx, articleId: string): Promise<StoredArticle | null> {
  const [row] = await tx.run(articleState(articleId));
  return row ? { contentHash: String(row.contentHash), signatures: (row.signatures as string[]) ?? [] } : null;
}

/** What an ingest reads first: the stored version, and the stored Persons the people may be. */
export interface IngestState {
  stored: StoredArticle | null;
  /** Empty when the stored version has the same content (nothing will be written). */
  people: ExistingPerson[];
}

/**
 * The stored version of the article and, unless it has `contentHash` already, the ingest locks of
 * the extraction's people and the stored Persons sharing their surnames: one round trip.
 */
export async function readIngestState(tx: Tx, articleId: string, contentHash: string, e: Extraction): Promise<IngestState> {
  const keys = e.people.map(personKey);
  const [row] = await tx.run(articleStateAndPeople(articleId, contentHash, keys.map(personLockKey), keys.map((k) => k.surnameKey)));
  const stored = row?.stored === true ? { contentHash: String(row.contentHash), signatures: (row.signatures as string[]) ?? [] } : null;
  return { stored, people: (row?.people as ExistingPerson[] | undefined) ?? [] };
}

/** Deletes the article and every fact only it supported. False when there was no such article. */
export async function retractStoredArticle(tx: Tx, articleId: string, hooks: WriteHooks = {}): Promise<boolean> {
  const run = runner(tx, hooks);
  await run(retractSupport(articleId));
  const [row] = await run(retractArticle(articleId));
  if (!row) return false;
  await run(retractFacts(row.facts as string[]));
  await run(retractEntities(row.entities as string[]));
  return true;
}

/** Locks the events of a stored article, so retraction and concurrent reports count alike. */
export async function lockStoredEvents(tx: Tx, stored: StoredArticle): Promise<void> {
  if (stored.signatures.length > 0) await tx.run(lockAndFindEvents(stored.signatures.map((s) => `event:${s}`), []));
}

export async function writeArticleGraph(
  tx: Tx,
  input: ArticleInput,
  e: Extraction,
  opts: { now: Date; state: IngestState; hooks?: WriteHooks },
): Promise<{ counts: FactCounts; eventIds: string[] }> {
  const run = runner(tx, opts.hooks ?? {});
  const { stored: storedArticle, people: existing } = opts.state;
  const entities = entityPlan(input, e, opts.now);
  const articleId = entities.article.id;

  const personIds = new Map(e.people.map((p) => [p.name, resolvePerson(personKey(p), existing)]));
  const facts = factPlan(e, articleId, personIds);

  const signatures = [...facts.events.map((ev) => ev.signature), ...(storedArticle?.signatures ?? [])];
  const probes = facts.events.flatMap((ev) => (ev.date ? [{ signature: ev.signature, date: ev.date }] : []));
  const stored = signatures.length > 0 ? await run(lockAndFindEvents(signatures.map((s) => `event:${s}`), probes)) : [];
  const { events, actors } = applyEventIds(resolveEvents(facts.events, stored as unknown as StoredEvent[]), facts.events, facts.actors);

  if (storedArticle) await retractStoredArticle(tx, articleId, opts.hooks);

  const organizations = uniqueBy(
    [
      ...entities.organizations,
      ...facts.organizations.map((o) => ({ ...o, kind: 'other', aliases: [o.name], sentenceIds: [] as string[] })),
    ],
    (o) => o.id,
  ).map((o) => (o.sentenceIds.length > 0 ? o : { ...o, sentenceIds: sentencesNaming(e.sentences, [o.name]).map((i) => `${articleId}#${i}`) }));

  // Two statements (entities, then facts), each a chain of unit subqueries: fewer round trips.
  // Always the same text (empty lists are no-ops), so Neo4j plans each once.
  const seen = (entities.article.publishedAt ?? entities.article.ingestedAt).slice(0, 10);
  await run(combine('writeEntities', [
    writeArticle(entities.article, entities.sentences),
    writeEntities(articleId, { ...entities, organizations, people: facts.people }),
    writeHeld(articleId, seen, facts.held),
  ]));
  await run(combine('writeFacts', [
    writeEvents(articleId, events),
    writeAgreements(articleId, facts.agreements, facts.agreementTopics),
    writeActorEdges(articleId, actors),
    writeQuotesAndRelations(articleId, facts.quotes, facts.relations),
    refreshEventCounts(events.map((ev) => ev.id)),
    retally(events.map((ev) => ev.id)),
  ]));

  return {
    counts: {
      sentences: entities.sentences.length,
      people: facts.people.length,
      countries: entities.countries.length,
      organizations: organizations.length,
      locations: entities.locations.length,
      events: events.length,
      agreements: facts.agreements.length,
      quotes: facts.quotes.length,
      relations: facts.relations.length,
      topics: entities.topics.length,
    },
    eventIds: events.map((ev) => ev.id),
  };
}
