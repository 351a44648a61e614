import type { ArticleInput, Extraction } from '../../ingest/types.js';
import type { Query, Tx } from '../db.js';
import { writeArticle, writeEntities, writeHeld } from '../cypher/entity-writes.js';
import { refreshEventCounts, writeActorEdges, writeAgreements, writeEvents, writeQuotesAndRelations } from '../cypher/fact-writes.js';
import { articleState, articlesStateAndPeople, articleStateAndPeople, lockAndFindEvents } from '../cypher/resolve-reads.js';
import { combine, combineEach, heldKeyText } from '../cypher/fragments.js';
import { retally } from '../cypher/tally.js';
import { retractArticle, retractEntities, retractFacts, retractSupport } from '../cypher/retract.js';
import { entityPlan } from './article-plan.js';
import { sentencesNaming, uniqueBy } from './evidence.js';
import { applyEventIds, noteEvents, resolveEvents, type StoredEvent } from './event-resolution.js';
import { type EdgeRow, type EventRow, factPlan, type FactPlan, type HeldRow } from './fact-plan.js';
import { notePeople, personKey, personLockKey, resolvePerson, type ExistingPerson } from './person-resolution.js';

// The write side of articles: one article's extraction into the graph, and its retraction.
// Everything here runs inside a transaction the caller owns (Db.writeTransaction).

export type FactCounts = Record<
  'sentences' | 'people' | 'countries' | 'organizations' | 'locations' | 'events' | 'agreements' | 'quotes' | 'relations' | 'topics',
  number
>;

export interface StoredArticle { contentHash: string; signatures: string[] }

export interface WriteHooks {
  /** Called before each statement; a test throws here to fail a write half-way. */
  beforeStatement?: (name: string, q: Query) => void;
}

/** Runs a statement in `tx` after the hook; a hook's throw is the statement's rejection. */
function runner(tx: Tx, hooks: WriteHooks) {
  return async (q: Query) => {
    hooks.beforeStatement?.(q.name, q);
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

/**
 * What the events' report counts and tallies become once these events have their reports: run
 * after the facts, once per transaction (a batch's articles share most of their tallies).
 */
const eventTotals = (eventIds: readonly string[]): Query[] => {
  const ids = [...new Set(eventIds)];
  return [refreshEventCounts(ids), retally(ids)];
};

/** An article's write, planned: the queries of its two statements and what its summary reports. */
interface PlannedWrite {
  entities: Query[];
  facts: Query[];
  counts: FactCounts;
  eventIds: string[];
  /** Its events as written (resolved ids), for the next article of a batch to merge with. */
  events: EventRow[];
}

/** The article's entities and facts, its people resolved against `existing`. */
function planFacts(input: ArticleInput, e: Extraction, now: Date, existing: readonly ExistingPerson[]) {
  const entities = entityPlan(input, e, now);
  const personIds = new Map(e.people.map((p) => [p.name, resolvePerson(personKey(p), existing)]));
  return { entities, facts: factPlan(e, entities.article.id, personIds) };
}

/** The ingest locks and the look-ups of the stored events the article's events may be. */
function eventLookups(facts: FactPlan, storedSignatures: readonly string[]) {
  return {
    locks: [...facts.events.map((ev) => ev.signature), ...storedSignatures].map((s) => `event:${s}`),
    probes: facts.events.flatMap((ev) => (ev.date ? [{ signature: ev.signature, date: ev.date }] : [])),
  };
}

/**
 * The heldKeys of the person's positions that the article writes (writeHeld: those whose
 * Country or Organization it writes too), null for none.
 */
function heldBy(held: readonly HeldRow[], personId: string, countries: ReadonlySet<string>): string[] | null {
  const keys = held
    .filter((h) => h.personId === personId && (h.kind === 'Organization' || countries.has(h.key)))
    .map((h) => heldKeyText(h.kind, h.key, h.titleKey));
  return keys.length > 0 ? keys : null;
}

/** The two statements' queries, the events resolved against the stored ones. Pure. */
function planWrite(e: Extraction, plan: ReturnType<typeof planFacts>, stored: readonly StoredEvent[]): PlannedWrite {
  const { entities, facts } = plan;
  const articleId = entities.article.id;
  const { events, actors } = applyEventIds(resolveEvents(facts.events, stored), facts.events, facts.actors);
  // An event none of `stored` has the id of is new: the look-up (under the events' locks) finds
  // every stored event of its signature and day, and `stored` has those written earlier in the batch.
  const storedIds = new Set(stored.map((ev) => ev.id));
  const fresh = (a: EdgeRow) => a.role !== 'PARTY' && !storedIds.has(a.from);
  const organizations = uniqueBy(
    [
      ...entities.organizations,
      ...facts.organizations.map((o) => ({ ...o, kind: 'other', aliases: [o.name], sentenceIds: [] as string[] })),
    ],
    (o) => o.id,
  ).map((o) => (o.sentenceIds.length > 0 ? o : { ...o, sentenceIds: sentencesNaming(e.sentences, [o.name]).map((i) => `${articleId}#${i}`) }));

  const countries = new Set(entities.countries.map((c) => c.code));

  // Two statements (entities, then facts), each a chain of unit subqueries: fewer round trips.
  // Always the same text (empty lists are no-ops), so Neo4j plans each once.
  const seen = (entities.article.publishedAt ?? entities.article.ingestedAt).slice(0, 10);
  return {
    entities: [
      writeArticle(entities.article, entities.sentences),
      writeEntities(articleId, { ...entities, organizations, people: facts.people.map((p) => ({ ...p, held: heldBy(facts.held, p.id, countries) })) }),
      writeHeld(articleId, seen, facts.held),
    ],
    facts: [
      writeEvents(articleId, events),
      writeAgreements(articleId, facts.agreements, facts.agreementTopics),
      writeActorEdges(articleId, actors.map((a) => ({ ...a, fresh: fresh(a) }))),
      writeQuotesAndRelations(articleId, facts.quotes, facts.relations),
    ],
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
    events,
  };
}

export async function writeArticleGraph(
  tx: Tx,
  input: ArticleInput,
  e: Extraction,
  opts: { now: Date; state: IngestState; hooks?: WriteHooks },
): Promise<{ counts: FactCounts; eventIds: string[] }> {
  const run = runner(tx, opts.hooks ?? {});
  const { stored: storedArticle, people: existing } = opts.state;
  const plan = planFacts(input, e, opts.now, existing);
  const { locks, probes } = eventLookups(plan.facts, storedArticle?.signatures ?? []);
  const stored = locks.length > 0 ? await run(lockAndFindEvents(locks, probes)) : [];
  const planned = planWrite(e, plan, stored as unknown as StoredEvent[]);

  if (storedArticle) await retractStoredArticle(tx, plan.entities.article.id, opts.hooks);
  await run(combine('writeEntities', planned.entities));
  await run(combine('writeFacts', [...planned.facts, ...eventTotals(planned.eventIds)]));
  return { counts: planned.counts, eventIds: planned.eventIds };
}

/** An article of a batch: validated, extracted, keyed. */
export interface BatchArticle { input: ArticleInput; extraction: Extraction; id: string; contentHash: string }

export interface BatchWrite {
  /** Written new, by article id. */
  created: Map<string, { counts: FactCounts; eventIds: string[] }>;
  /** Stored already with this content: nothing written. */
  unchanged: Set<string>;
  /** Not written here: a new version of a stored article, or an article already earlier in the batch. */
  deferred: BatchArticle[];
}

/**
 * New articles written in one transaction, five statements for the whole batch instead of four
 * per article (the last three sent together). The graph is the one ingesting them one after the
 * other would leave: each article's people and events are resolved against the stored ones and
 * those of the articles before it in the batch, and the write statements run the articles in order.
 */
export async function writeArticleBatch(
  tx: Tx,
  articles: readonly BatchArticle[],
  opts: { now: Date; hooks?: WriteHooks },
): Promise<BatchWrite> {
  const run = runner(tx, opts.hooks ?? {});
  const keys = articles.flatMap((a) => a.extraction.people.map(personKey));
  const [row] = await run(articlesStateAndPeople(articles.map((a) => a.id), keys.map(personLockKey), keys.map((k) => k.surnameKey)));
  const storedHash = new Map(((row?.stored as { id: string; contentHash: string }[] | undefined) ?? []).map((x) => [x.id, x.contentHash]));

  const result: BatchWrite = { created: new Map(), unchanged: new Set(), deferred: [] };
  const fresh: BatchArticle[] = [];
  const ids = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) result.deferred.push(a);
    else if (storedHash.get(a.id) === a.contentHash) result.unchanged.add(a.id);
    else if (storedHash.has(a.id)) result.deferred.push(a);
    else fresh.push(a);
    ids.add(a.id);
  }
  if (fresh.length === 0) return result;

  // People, article by article: each sees the Persons the ones before it will have written.
  const people = ((row?.people as ExistingPerson[] | undefined) ?? []).map((p) => ({ ...p }));
  const plans = fresh.map((a) => {
    const plan = planFacts(a.input, a.extraction, opts.now, people);
    notePeople(people, plan.facts.people);
    return plan;
  });

  // Events likewise: one look-up for all, then each article resolves against what is stored and
  // what the articles before it write.
  const lookups = plans.map((p) => eventLookups(p.facts, []));
  const locks = lookups.flatMap((l) => l.locks);
  const found = locks.length > 0 ? await run(lockAndFindEvents(locks, lookups.flatMap((l) => l.probes))) : [];
  const events = (found as unknown as StoredEvent[]).map((ev) => ({ ...ev, locations: [...ev.locations] }));
  const planned = plans.map((plan, i) => {
    const write = planWrite(fresh[i]!.extraction, plan, events);
    noteEvents(events, write.events);
    return write;
  });

  // Sent one after the other without waiting for each result: the server runs the first while
  // the next ones are still being encoded and sent.
  await Promise.all([
    run(combineEach('writeEntitiesEach', planned.map((p) => p.entities))),
    run(combineEach('writeFactsEach', planned.map((p) => p.facts))),
    run(combine('eventTotals', eventTotals(planned.flatMap((p) => p.eventIds)))),
  ]);
  planned.forEach((p, i) => result.created.set(fresh[i]!.id, { counts: p.counts, eventIds: p.eventIds }));
  return result;
}
