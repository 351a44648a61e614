import DataLoader from 'dataloader';
import type { Db } from '../graph/db.js';
import { agreementParties } from '../graph/read/agreements.js';
import { articleTopics } from '../graph/read/catalog.js';
import {
  agreementsByIds,
  countriesByCodes,
  locationsByIds,
  organizationsByIds,
  peopleByIds,
  quotesByIds,
  topicsByNames,
} from '../graph/read/entities.js';
import { eventActors, eventLocations, eventsByIds, recentEventsOf } from '../graph/read/events.js';
import { articlesByIds, articlesOfFacts, evidenceOfFacts, sentencesByIds, type FactLabel } from '../graph/read/evidence.js';
import { positionsOf, representativesOf } from '../graph/read/people.js';
import { quoteSpeakers, quotesOfPeople } from '../graph/read/quotes.js';

// Per-request DataLoaders: every field that reads the graph for many parents goes through one,
// so a request costs one query per field per level, whatever the number of results.

type Batch<V> = (db: Db, keys: readonly string[]) => Promise<Map<string, V>>;

function loader<V>(db: Db, batch: Batch<V>, fallback: V): DataLoader<string, V>;
function loader<V>(db: Db, batch: Batch<V>): DataLoader<string, V | null>;
function loader<V>(db: Db, batch: Batch<V>, fallback: V | null = null): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(
    async (keys) => {
      const found = await batch(db, keys);
      return keys.map((k) => found.get(k) ?? fallback);
    },
    { maxBatchSize: 500 },
  );
}

/** Limited lists per parent: the limit is part of the key, so one batch runs per distinct limit. */
function limited<V>(db: Db, batch: (db: Db, keys: readonly string[], limit: number) => Promise<Map<string, V[]>>) {
  const byLimit = new Map<number, DataLoader<string, V[]>>();
  return (key: string, limit: number): Promise<V[]> => {
    let l = byLimit.get(limit);
    if (!l) byLimit.set(limit, (l = loader(db, (d, keys) => batch(d, keys, limit), [] as V[])));
    return l.load(key);
  };
}

export function createLoaders(db: Db) {
  const facts = <V>(batch: (db: Db, label: FactLabel, ids: readonly string[]) => Promise<Map<string, V[]>>) => {
    const m = new Map<FactLabel, DataLoader<string, V[]>>();
    return (label: FactLabel) => {
      let l = m.get(label);
      if (!l) m.set(label, (l = loader(db, (d, ids) => batch(d, label, ids), [] as V[])));
      return l;
    };
  };
  return {
    country: loader(db, countriesByCodes),
    person: loader(db, peopleByIds),
    organization: loader(db, organizationsByIds),
    location: loader(db, locationsByIds),
    agreement: loader(db, agreementsByIds),
    quote: loader(db, quotesByIds),
    topic: loader(db, topicsByNames),
    event: loader(db, eventsByIds),
    article: loader(db, articlesByIds),
    sentence: loader(db, sentencesByIds),
    eventActors: loader(db, eventActors, { source: [], target: [] }),
    eventLocation: loader(db, eventLocations),
    positions: loader(db, positionsOf, []),
    agreementParties: loader(db, agreementParties, []),
    quoteSpeaker: loader(db, quoteSpeakers),
    articleTopics: loader(db, articleTopics, []),
    evidence: facts(evidenceOfFacts),
    articles: facts(articlesOfFacts),
    recentEvents: {
      Person: limited(db, (d, k, n) => recentEventsOf(d, 'Person', k, n)),
      Country: limited(db, (d, k, n) => recentEventsOf(d, 'Country', k, n)),
      Organization: limited(db, (d, k, n) => recentEventsOf(d, 'Organization', k, n)),
    },
    representatives: limited(db, representativesOf),
    quotesOfPeople: limited(db, quotesOfPeople),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
