import type { ActorEdge, ArticleStub, PlannedBatch, PlannedEvent } from '../../gdelt/plan.js';
import { placedEventId } from '../../gdelt/plan.js';
import type { Db, Query, Tx } from '../db.js';
import { cypherDate, cypherDateTime, shiftDay } from '../convert.js';
import { combine, plannedOnce } from '../cypher/fragments.js';
import { lockStripes } from '../keys.js';
import { retally } from '../cypher/tally.js';
import { daysApart } from './event-resolution.js';

// Writes GDELT batches: one transaction per batch, two statements for an events batch. An event
// row first finds the Event it already is (its GLOBALEVENTID, or an event with the same
// signature, a date within a day and the same place or none, article-derived ones included), and
// only otherwise creates one; so re-imports and overlapping sources never duplicate events.
// Every statement goes through plannedOnce: batches differ in list sizes, which Neo4j's plan
// cache would key on, so each is planned once a run.

// The same ingest locks as article ingestion (src/graph/cypher/resolve-reads.ts), taken in sorted
// order before the look-ups: an article and a GDELT batch that could merge into one Event resolve
// one after the other.
export const lockAndResolve = (rows: PlannedEvent[]): Query => plannedOnce({
  name: 'gdelt.lockAndResolve',
  params: {
    locks: lockStripes(rows.map((r) => `event:${r.signature}`)),
    rows: rows.map((r) => ({
      g: r.gdeltId, signature: r.signature, loc: r.locationId, baseId: r.baseId,
      date: cypherDate(r.date), from: cypherDate(shiftDay(r.date, -1)), to: cypherDate(shiftDay(r.date, 1)),
    })),
  },
  cypher: `// gdelt.lockAndResolve
CALL () {
  UNWIND $locks AS key
  MERGE (l:IngestLock {key: key})
  SET l.held = true
}
UNWIND $rows AS r
WITH r, toInteger(r.g) AS g
OPTIONAL MATCH (known:Event {gdeltId: g})
WITH r, g, known, COLLECT {
  // two plain comparisons: the index seeks on both (a chained r.from <= e.date <= r.to only on one);
  // SEEK, as the planner may otherwise scan the whole index (see lockAndFindEvents)
  MATCH (e:Event) USING INDEX SEEK e:Event(signature, date)
  WHERE e.signature = r.signature AND e.date >= r.from AND e.date <= r.to
  WITH e, r.loc IS NULL OR NOT EXISTS { (e)-[:AT]->(:Location) } OR EXISTS { (e)-[:AT]->(:Location {id: r.loc}) } AS fits
  // a fitting event first: one that already holds this GDELT id, then the same day before a day apart
  RETURN {id: e.id, fits: fits} AS c ORDER BY fits DESC, g IN coalesce(e.gdeltIds, []) DESC, e.date <> r.date, e.id
} AS near
// an Event keyed baseId has this signature and date, so it is among the candidates if it exists
RETURN r.g AS g, coalesce(known.id, CASE WHEN near[0].fits THEN near[0].id END) AS found,
       any(c IN near WHERE c.id = r.baseId) AS baseTaken`,
});

interface Assigned extends PlannedEvent {
  eventId: string;
  isNew: boolean;
}

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

const upsertNodes = (b: PlannedBatch): Query => ({
  name: 'gdelt.upsertNodes',
  params: { countries: b.countries, orgs: b.organizations, locations: b.locations },
  cypher: `CALL () { UNWIND $countries AS c MERGE (n:Country {code: c.code}) ON CREATE SET n.name = c.name }
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

/** One row's writes: the event it creates (`create`, else null) or joins, and its edges. */
interface EventRow {
  eventId: string;
  gdeltId: number;
  create: {
    signature: string; code: string; root: string; name: string; quadClass: number; goldstein: number;
    date: ReturnType<typeof cypherDate>;
    /** False when later rows of the batch join the event: it is counted after them. */
    counted: boolean;
  } | null;
  locationId: string | null;
  sourceCountry: string | null; sourceOrg: string | null; targetCountry: string | null; targetOrg: string | null;
  article: StubParam | null;
}

/** An ArticleStub as a param: its time a Cypher DATETIME. */
type StubParam = Omit<ArticleStub, 'publishedAt'> & { publishedAt: ReturnType<typeof cypherDateTime> };
const stubParam = (a: ArticleStub): StubParam => ({ ...a, publishedAt: cypherDateTime(a.publishedAt) });

function eventRows(rows: Assigned[]): EventRow[] {
  const rowsOf = new Map<string, number>();
  for (const r of rows) rowsOf.set(r.eventId, (rowsOf.get(r.eventId) ?? 0) + 1);
  const actor = (r: Assigned, role: ActorEdge['role'], kind: ActorEdge['kind']) =>
    r.actors.find((a) => a.role === role && a.kind === kind)?.key ?? null;
  return rows.map((r) => ({
    eventId: r.eventId, gdeltId: r.gdeltId,
    create: r.isNew
      ? { signature: r.signature, code: r.code, root: r.root, name: r.name, quadClass: r.quadClass, goldstein: r.goldstein,
          date: cypherDate(r.date), counted: rowsOf.get(r.eventId) === 1 }
      : null,
    locationId: r.locationId,
    sourceCountry: actor(r, 'SOURCE_ACTOR', 'Country'), sourceOrg: actor(r, 'SOURCE_ACTOR', 'Organization'),
    targetCountry: actor(r, 'TARGET_ACTOR', 'Country'), targetOrg: actor(r, 'TARGET_ACTOR', 'Organization'),
    article: r.article ? stubParam(r.article) : null,
  }));
}

/** Events whose report counts the batch changes, other than those created counted. */
const toRecount = (rows: EventRow[]): string[] => rows.filter((r) => !r.create?.counted).map((r) => r.eventId);

const ACTORS = [
  ['SOURCE_ACTOR', 'Country', 'code', 'sourceCountry'],
  ['SOURCE_ACTOR', 'Organization', 'id', 'sourceOrg'],
  ['TARGET_ACTOR', 'Country', 'code', 'targetCountry'],
  ['TARGET_ACTOR', 'Organization', 'id', 'targetOrg'],
] as const;

/**
 * The row's actor edges: `edge(rel)` writes the edge from `e` to `n` (null field: no such actor);
 * `imports` are the variables the subqueries see.
 */
const actorEdges = (imports: string, edge: (rel: string) => string): string => ACTORS.map(([rel, label, key, field]) => `CALL (${imports}) {
  MATCH (n:${label} {${key}: r.${field}})
  ${edge(rel)}
}`).join('\n');

/** `list` plus the row's source article, when it has one and the list lacks it. */
const withArticle = (list: string): string =>
  `CASE WHEN r.article IS NULL OR r.article.id IN coalesce(${list}, []) THEN ${list} ELSE coalesce(${list}, []) + r.article.id END`;

/**
 * Rows that create their event: nothing of it exists yet (the batch holds the locks of its
 * signature and no stored event matched), so its edges are created, not merged.
 */
const createEvents = (rows: EventRow[]): Query => ({
  name: 'gdelt.createEvents',
  params: { created: rows.filter((r) => r.create) },
  cypher: `UNWIND $created AS r
WITH r, r.create AS c, CASE WHEN r.article IS NULL THEN [] ELSE [r.article.id] END AS support
WITH r, c, support, CASE WHEN c.counted THEN size(support) ELSE 0 END AS reports
CREATE (e:Event {id: r.eventId})
SET e.signature = c.signature, e.code = c.code, e.root = c.root, e.name = c.name,
  e.quadClass = toInteger(c.quadClass), e.goldstein = toFloat(c.goldstein), e.date = c.date, e.origin = 'gdelt',
  e.gdeltId = toInteger(r.gdeltId), e.gdeltIds = [toInteger(r.gdeltId)],
  e.reportCount = reports, e.sourceCount = reports
WITH e, r, support
CALL (e, r, support) {
  MATCH (l:Location {id: r.locationId})
  CREATE (e)-[:AT {sentenceIds: [], articleIds: support}]->(l)
}
${actorEdges('e, r, support', (rel) => `CREATE (e)-[:${rel} {sentenceIds: [], articleIds: support}]->(n)`)}
CALL (e, r) {
  WITH e, r WHERE r.article IS NOT NULL
  ${articleStub('r.article')}
  CREATE (e)-[:REPORTED_IN {sentenceIds: [], confidence: null}]->(a)
}`,
});

/**
 * Rows that join an event, stored or created by an earlier row of the batch: their GDELT id,
 * place, actors and source article are added to it. Every row adds its source article to the
 * support of the actor and place edges, so retracting another article that reported the same
 * event leaves them standing.
 */
const joinEvents = (rows: EventRow[]): Query => ({
  name: 'gdelt.joinEvents',
  params: { joined: rows.filter((r) => !r.create) },
  cypher: `UNWIND $joined AS r
MATCH (e:Event {id: r.eventId})
WITH e, r, toInteger(r.gdeltId) AS g
SET e.gdeltId = coalesce(e.gdeltId, g),
    e.gdeltIds = CASE WHEN g IN coalesce(e.gdeltIds, []) THEN e.gdeltIds ELSE coalesce(e.gdeltIds, []) + g END
WITH e, r
CALL (e, r) {
  MATCH (e)-[at:AT]->(:Location {id: r.locationId})
  SET at.articleIds = ${withArticle('at.articleIds')}
}
${actorEdges('e, r', (rel) => `MERGE (e)-[x:${rel}]->(n)
  ON CREATE SET x.sentenceIds = [], x.articleIds = []
  SET x.articleIds = ${withArticle('x.articleIds')}`)}
CALL (e, r) {
  WITH e, r WHERE r.article IS NOT NULL
  ${articleStub('r.article')}
  MERGE (e)-[rep:REPORTED_IN]->(a)
  ON CREATE SET rep.sentenceIds = [], rep.confidence = null
}`,
});

export interface Report {
  eventId: string;
  article: ArticleStub;
  /** 0..1; null when GDELT gives none (the event row's own SOURCEURL). */
  confidence: number | null;
}

/** MERGEs `a`, the Article stub `ref` = ArticleStub describes; an ingested article is left as it is. */
const articleStub = (ref: string): string => `MERGE (a:Article {id: ${ref}.id})
  ON CREATE SET a.url = ${ref}.url, a.publishedAt = ${ref}.publishedAt, a.source = ${ref}.source,
    a.origin = 'gdelt', a.ingestedAt = datetime()`;

/** Article stubs and their REPORTED_IN links, for mention rows. */
const linkReports = (reports: Report[]): Query => ({
  name: 'gdelt.linkReports',
  params: { reports: reports.map((r) => ({ ...r, article: stubParam(r.article) })) },
  cypher: `UNWIND $reports AS x
MATCH (e:Event {id: x.eventId})
${articleStub('x.article')}
MERGE (e)-[r:REPORTED_IN]->(a)
ON CREATE SET r.sentenceIds = [], r.confidence = x.confidence`,
});

/** reportCount / sourceCount as the model defines them: distinct reporting articles / outlets. */
const recount = (eventIds: string[]): Query => ({
  name: 'gdelt.recountReports',
  params: { recount: [...new Set(eventIds)] },
  cypher: `UNWIND $recount AS id
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
    const found = await tx.run(lockAndResolve(batch.events));
    const resolved = new Map(found.map((r) => [Number(r.g), { found: r.found as string | null, baseTaken: r.baseTaken === true }]));
    const rows = eventRows(assign(batch.events, resolved));
    // one statement: places and actors, then the events, then the counts of events that more
    // than this one row reports (a new event reported by its row alone was created counted)
    await tx.run(combine('gdelt.writeEvents', [upsertNodes(batch), createEvents(rows), joinEvents(rows), recount(toRecount(rows)), retally(rows.map((r) => r.eventId))]));
    const created = rows.filter((r) => r.create).length;
    return { eventIds: new Map(rows.map((r) => [r.gdeltId, r.eventId])), created, merged: rows.length - created };
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
      await tx.run(combine('gdelt.linkMentions', [linkReports(reports), recount(reports.map((r) => r.eventId)), retally(reports.map((r) => r.eventId), { undatedOnly: true })]));
    }
    return { linked: reports.length, unknownEvent: mentions.length - reports.length };
  });
}
