import type { ArticleStub, PlannedBatch, PlannedEvent } from '../../gdelt/plan.js';
import { placedEventId } from '../../gdelt/plan.js';
import type { Db, Query, Tx } from '../db.js';
import { plannedOnce } from '../cypher/fragments.js';

// Writes GDELT batches: one transaction per batch, a few UNWIND statements each. An event row
// first finds the Event it already is (its GLOBALEVENTID, or an event with the same signature,
// a date within a day and the same place or none, article-derived ones included), and only
// otherwise creates one; so re-imports and overlapping sources never duplicate events.

// Batches differ in list sizes, which Neo4j's plan cache would key on: every statement here
// goes through plannedOnce, so it is planned once a run.

// The same ingest locks as article ingestion (src/graph/cypher/resolve-reads.ts), taken in sorted
// order: an article and a GDELT batch that could merge into one Event resolve one after the other.
const takeLocks = (rows: PlannedEvent[]): Query => plannedOnce({
  name: 'gdelt.takeLocks',
  params: { locks: [...new Set(rows.map((r) => `event:${r.signature}`))].sort() },
  cypher: `// gdelt.takeLocks
UNWIND $locks AS key
MERGE (l:IngestLock {key: key})
SET l.at = timestamp()`,
});

// A read of its own, under the locks taken just before: with no write in the statement, its
// plan needs no Eager between the lock MERGEs and the look-ups.
const resolveEvents = (rows: PlannedEvent[]): Query => plannedOnce({
  name: 'gdelt.resolveEvents',
  params: {
    rows: rows.map((r) => ({ g: r.gdeltId, signature: r.signature, date: r.date, loc: r.locationId, baseId: r.baseId })),
  },
  cypher: `// gdelt.resolveEvents
UNWIND $rows AS r
WITH r, date(r.date) AS d, toInteger(r.g) AS g
OPTIONAL MATCH (known:Event {gdeltId: g})
WITH r, d, g, known, COLLECT {
  MATCH (e:Event) USING INDEX e:Event(signature, date)
  WHERE e.signature = r.signature AND e.date >= d - duration({days: 1}) AND e.date <= d + duration({days: 1})
    AND (r.loc IS NULL OR NOT EXISTS { (e)-[:AT]->(:Location) } OR EXISTS { (e)-[:AT]->(:Location {id: r.loc}) })
  RETURN e.id ORDER BY g IN coalesce(e.gdeltIds, []) DESC, abs(duration.inDays(d, e.date).days), e.id LIMIT 1
} AS near
RETURN r.g AS g, coalesce(known.id, near[0]) AS found, EXISTS { MATCH (:Event {id: r.baseId}) } AS baseTaken`,
});

interface Assigned extends PlannedEvent {
  eventId: string;
  isNew: boolean;
}

const daysApart = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** Rows of one batch that no stored event matched may still be one event between themselves. */
function assign(events: PlannedEvent[], resolved: Map<number, { found: string | null; baseTaken: boolean }>): Assigned[] {
  const created: Assigned[] = [];
  return events.map((ev) => {
    const r = resolved.get(ev.gdeltId)!;
    if (r.found) return { ...ev, eventId: r.found, isNew: false };
    const twin = created.find((c) => c.signature === ev.signature && daysApart(c.date, ev.date) <= 1 &&
      (!c.locationId || !ev.locationId || c.locationId === ev.locationId));
    if (twin) return { ...ev, eventId: twin.eventId, isNew: false };
    const taken = r.baseTaken || created.some((c) => c.eventId === ev.baseId);
    const id = taken && ev.locationId ? placedEventId(ev.baseId, ev.locationId) : ev.baseId;
    const made = { ...ev, eventId: id, isNew: true };
    created.push(made);
    return made;
  });
}

const upsertNodes = (b: PlannedBatch): Query => plannedOnce({
  name: 'gdelt.upsertNodes',
  params: { countries: b.countries, orgs: b.organizations, locations: b.locations },
  cypher: `// gdelt.upsertNodes
CALL () { UNWIND $countries AS c MERGE (n:Country {code: c.code}) ON CREATE SET n.name = c.name }
CALL () {
  UNWIND $orgs AS o
  MERGE (n:Organization {id: o.id})
  ON CREATE SET n.name = o.name, n.country = o.country, n.kind = o.kind, n.aliases = [o.name], n.aliasText = o.name
  WITH n, o WHERE o.country IS NOT NULL
  MATCH (c:Country {code: o.country}) MERGE (n)-[:BASED_IN]->(c)
}
CALL () {
  UNWIND $locations AS l
  MERGE (n:Location {id: l.id}) ON CREATE SET n.name = l.name, n.country = l.country
  WITH n, l WHERE l.country IS NOT NULL
  MATCH (c:Country {code: l.country}) MERGE (n)-[:IN_COUNTRY]->(c)
}`,
});

const upsertEvents = (rows: Assigned[]): Query => plannedOnce({
  name: 'gdelt.upsertEvents',
  params: { rows: rows.map((r) => ({ ...r, article: null, articleId: r.article?.id ?? null })) },
  cypher: `// gdelt.upsertEvents
UNWIND $rows AS r
MERGE (e:Event {id: r.eventId})
ON CREATE SET e.signature = r.signature, e.code = r.code, e.root = r.root, e.name = r.name,
  e.quadClass = toInteger(r.quadClass), e.goldstein = toFloat(r.goldstein), e.date = date(r.date),
  e.dateText = null, e.origin = 'gdelt', e.reportCount = 0, e.sourceCount = 0
WITH e, r, toInteger(r.gdeltId) AS g
SET e.gdeltId = coalesce(e.gdeltId, g),
    e.gdeltIds = CASE WHEN g IN coalesce(e.gdeltIds, []) THEN e.gdeltIds ELSE coalesce(e.gdeltIds, []) + g END
WITH e, r
// every row (new event or merged) adds its source article to the support of the actor and place
// edges, so retracting another article that reported the same event leaves them standing
CALL (e, r) {
  MATCH (l:Location {id: r.locationId})
  WHERE r.isNew OR EXISTS { (e)-[:AT]->(l) }
  MERGE (e)-[at:AT]->(l)
  ON CREATE SET at.sentenceIds = [], at.articleIds = []
  SET at.articleIds = CASE WHEN r.articleId IS NULL OR r.articleId IN at.articleIds THEN at.articleIds ELSE at.articleIds + r.articleId END
}
CALL (e, r) {
  UNWIND r.actors AS a
  CALL (a) {
    MATCH (n:Country {code: a.key}) WHERE a.kind = 'Country' RETURN n
    UNION
    MATCH (n:Organization {id: a.key}) WHERE a.kind = 'Organization' RETURN n
  }
  FOREACH (_ IN CASE WHEN a.role = 'SOURCE_ACTOR' THEN [1] ELSE [] END |
    MERGE (e)-[x:SOURCE_ACTOR]->(n)
    SET x.sentenceIds = coalesce(x.sentenceIds, []),
        x.articleIds = CASE WHEN r.articleId IS NULL OR r.articleId IN coalesce(x.articleIds, []) THEN coalesce(x.articleIds, [])
                            ELSE coalesce(x.articleIds, []) + r.articleId END)
  FOREACH (_ IN CASE WHEN a.role = 'TARGET_ACTOR' THEN [1] ELSE [] END |
    MERGE (e)-[x:TARGET_ACTOR]->(n)
    SET x.sentenceIds = coalesce(x.sentenceIds, []),
        x.articleIds = CASE WHEN r.articleId IS NULL OR r.articleId IN coalesce(x.articleIds, []) THEN coalesce(x.articleIds, [])
                            ELSE coalesce(x.articleIds, []) + r.articleId END)
}`,
});

export interface Report {
  eventId: string;
  article: ArticleStub;
  /** 0..1; null when GDELT gives none (the event row's own SOURCEURL). */
  confidence: number | null;
}

/** Article stubs (never overwriting an ingested article) and their REPORTED_IN links. */
const linkReports = (reports: Report[]): Query => plannedOnce({
  name: 'gdelt.linkReports',
  params: { reports },
  cypher: `// gdelt.linkReports
UNWIND $reports AS x
MATCH (e:Event {id: x.eventId})
MERGE (a:Article {id: x.article.id})
ON CREATE SET a.url = x.article.url, a.publishedAt = datetime(x.article.publishedAt), a.source = x.article.source,
  a.origin = 'gdelt', a.ingestedAt = datetime()
MERGE (e)-[r:REPORTED_IN]->(a)
ON CREATE SET r.sentenceIds = [], r.confidence = x.confidence`,
});

/** reportCount / sourceCount as the model defines them: distinct reporting articles / outlets. */
const recount = (eventIds: string[]): Query => plannedOnce({
  name: 'gdelt.recountReports',
  params: { ids: [...new Set(eventIds)] },
  cypher: `// gdelt.recountReports
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
  RETURN count(DISTINCT a) AS n, count(DISTINCT coalesce(a.source, a.id)) AS s
}
SET e.reportCount = n, e.sourceCount = s`,
});

export interface EventBatchResult {
  /** GLOBALEVENTID -> the Event it became part of. */
  eventIds: Map<number, string>;
  created: number;
  merged: number;
}

export async function writeEventBatch(db: Db, batch: PlannedBatch): Promise<EventBatchResult> {
  if (batch.events.length === 0) return { eventIds: new Map(), created: 0, merged: 0 };
  return db.writeTransaction(async (tx: Tx) => {
    await tx.run(takeLocks(batch.events));
    const rows = await tx.run(resolveEvents(batch.events));
    const resolved = new Map(rows.map((r) => [Number(r.g), { found: r.found as string | null, baseTaken: r.baseTaken === true }]));
    const assigned = assign(batch.events, resolved);
    await tx.run(upsertNodes(batch));
    await tx.run(upsertEvents(assigned));
    const reports = assigned.flatMap((a) => (a.article ? [{ eventId: a.eventId, article: a.article, confidence: null }] : []));
    if (reports.length > 0) await tx.run(linkReports(reports));
    await tx.run(recount(assigned.map((a) => a.eventId)));
    const created = assigned.filter((a) => a.isNew).length;
    return { eventIds: new Map(assigned.map((a) => [a.gdeltId, a.eventId])), created, merged: assigned.length - created };
  });
}

const findByGdeltId = (ids: number[]): Query => plannedOnce({
  name: 'gdelt.findEventsByGdeltId',
  params: { ids },
  cypher: `// gdelt.findEventsByGdeltId
UNWIND $ids AS raw
MATCH (e:Event {gdeltId: toInteger(raw)})
RETURN e.gdeltId AS g, e.id AS eventId`,
});

// An event that absorbed a second GDELT row keeps that row's id only in gdeltIds, a list no
// index serves: one scan per batch, and only for ids the indexed look-up missed.
const findInGdeltIds = (ids: number[]): Query => plannedOnce({
  name: 'gdelt.findEventsInGdeltIds',
  params: { ids },
  cypher: `// gdelt.findEventsInGdeltIds
WITH [raw IN $ids | toInteger(raw)] AS wanted
MATCH (e:Event) WHERE e.gdeltIds IS NOT NULL
UNWIND e.gdeltIds AS g
WITH e, g, wanted WHERE g IN wanted
RETURN g, min(e.id) AS eventId`,
});

/**
 * Links mention rows to their events. `known` maps GLOBALEVENTIDs imported in this run; others are
 * looked up in the graph. Returns how many were linked and how many named an unknown event.
 */
export async function writeMentionBatch(
  db: Db,
  mentions: { gdeltId: number; article: ArticleStub; confidence: number }[],
  known: ReadonlyMap<number, string>,
): Promise<{ linked: number; unknownEvent: number }> {
  if (mentions.length === 0) return { linked: 0, unknownEvent: 0 };
  return db.writeTransaction(async (tx) => {
    const found = new Map<number, string>();
    const lookup = (g: number) => known.get(g) ?? found.get(g);
    for (const find of [findByGdeltId, findInGdeltIds]) {
      const missing = [...new Set(mentions.map((m) => m.gdeltId).filter((g) => !lookup(g)))];
      if (missing.length === 0) break;
      for (const r of await tx.run(find(missing))) found.set(Number(r.g), String(r.eventId));
    }
    const reports = mentions.flatMap((m) => {
      const eventId = lookup(m.gdeltId);
      return eventId ? [{ eventId, article: m.article, confidence: m.confidence }] : [];
    });
    if (reports.length > 0) {
      await tx.run(linkReports(reports));
      await tx.run(recount(reports.map((r) => r.eventId)));
    }
    return { linked: reports.length, unknownEvent: mentions.length - reports.length };
  });
}
