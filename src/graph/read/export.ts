import type { Db, Query } from '../db.js';
import { actorProjection } from './map.js';
import { eventMatch, type EventWhere } from './event-filter.js';

// Every event a filter selects, for export (CSV, JSON lines): read in pages in event id order
// (keyset: each page starts after the last id of the one before), so memory stays flat however
// many events there are and a page is one short read.

export interface ExportActor {
  kind: 'Person' | 'Country' | 'Organization';
  name: string;
  /** ISO-3 of the actor's country: a Country's own code, a person's or a national body's country. */
  country: string | null;
}

export interface ExportEvent {
  id: string;
  /** The event's date, else the day of its first report (YYYY-MM-DD); null if neither is known. */
  date: string | null;
  dated: boolean;
  code: string;
  name: string;
  root: string;
  quadClass: number;
  goldstein: number;
  confidence: number | null;
  origin: string | null;
  reportCount: number;
  sourceCount: number;
  source: ExportActor[];
  target: ExportActor[];
  location: { name: string; country: string | null } | null;
  /** The first report (earliest published, then by id): its url, outlet, when it was ingested. */
  firstUrl: string | null;
  firstSource: string | null;
  addedAt: string | null;
  /** The sentence of that report the event was read from. */
  evidence: string | null;
  gdeltId: string | null;
}

export const EXPORT_PAGE = 1000;

function pageQuery(where: EventWhere, after: string | null, limit: number): Query {
  const m = eventMatch(where);
  // No filter: the id index gives the events in order from the cursor on, a page at a time.
  const start = m.anchor === 'all' && m.conditions.length === 0
    ? 'MATCH (e:Event) WHERE e.id > $after'
    : `${m.cypher}\nWITH e WHERE e.id > $after`;
  return {
    name: 'export.eventsPage',
    cypher: `${start}
WITH e ORDER BY e.id ASC LIMIT toInteger($limit)
CALL (e) {
  OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
  WITH a ORDER BY a.publishedAt ASC, a.id ASC LIMIT 1
  RETURN a
}
RETURN e {.id, .code, .name, .root, .quadClass, .goldstein, .confidence, .origin, .reportCount, .sourceCount, .gdeltId,
          date: toString(e.date), firstDay: toString(date(a.publishedAt))} AS e,
  [(e)-[:SOURCE_ACTOR]->(x) | ${actorProjection('x')}] AS source,
  [(e)-[:TARGET_ACTOR]->(x) | ${actorProjection('x')}] AS target,
  [(e)-[:AT]->(l:Location) | l {.name, .country}][0] AS location,
  a {.id, .url, .source, ingestedAt: toString(a.ingestedAt)} AS article,
  CASE WHEN a IS NULL THEN null ELSE [(e)-[:EVIDENCE]->(s:Sentence) WHERE s.id STARTS WITH a.id + '#' | s.text][0] END AS evidence`,
    params: { ...m.params, after: after ?? '', limit },
  };
}

type Props = Record<string, unknown>;
const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));

function actor(p: Props): ExportActor {
  const kind = p.label as ExportActor['kind'];
  return { kind, name: String(p.name ?? p.code ?? ''), country: kind === 'Country' ? String(p.code) : str(p.country) };
}

// Countries first, then organizations, then people: the first actor stands for the side (Actor1Code).
const RANK: Record<ExportActor['kind'], number> = { Country: 0, Organization: 1, Person: 2 };
const sided = (v: unknown): ExportActor[] =>
  (Array.isArray(v) ? v.map((x) => actor(x as Props)) : []).sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.name.localeCompare(b.name));

function exportRow(r: Record<string, unknown>): ExportEvent {
  const e = r.e as Props;
  const a = r.article as Props | null;
  const loc = r.location as Props | null;
  return {
    id: String(e.id),
    date: str(e.date) ?? str(e.firstDay),
    dated: str(e.date) !== null,
    code: String(e.code ?? ''),
    name: String(e.name ?? ''),
    root: String(e.root ?? ''),
    quadClass: num(e.quadClass),
    goldstein: num(e.goldstein),
    confidence: e.confidence === null || e.confidence === undefined ? null : num(e.confidence),
    origin: str(e.origin),
    reportCount: num(e.reportCount),
    sourceCount: num(e.sourceCount),
    source: sided(r.source),
    target: sided(r.target),
    location: loc ? { name: String(loc.name), country: str(loc.country) } : null,
    firstUrl: a ? str(a.url) : null,
    firstSource: a ? str(a.source) : null,
    addedAt: a ? str(a.ingestedAt) : null,
    evidence: str(r.evidence),
    gdeltId: str(e.gdeltId),
  };
}

/** The events `where` selects, in id order, read `pageSize` at a time. */
export async function* exportEvents(db: Db, where: EventWhere = {}, pageSize = EXPORT_PAGE): AsyncGenerator<ExportEvent> {
  let after: string | null = null;
  for (;;) {
    const rows = await db.read(pageQuery(where, after, pageSize));
    for (const r of rows) yield exportRow(r);
    if (rows.length < pageSize) return;
    after = String((rows[rows.length - 1]!.e as Props).id);
  }
}
