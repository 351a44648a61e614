import type { Db, Query } from '../db.js';
import { dyadEvents, EVENT_DAY } from './event-filter.js';
import { actorsOf, agreementOf, countryOf, eventActorsProjection, eventOf, quoteOf } from './map.js';
import type { AgreementRow, CountryRow, EventRow, QuoteRow } from './types.js';

// One country pair in ONE query: what the two are said to be to each other, what they did, signed
// and said, when contact began and last happened, and how the volume and tone moved over time.

export type Bucket = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
export const TRUNCATE_UNIT: Record<Bucket, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

export interface BilateralArgs {
  a: string;
  b: string;
  from?: string | null;
  to?: string | null;
  bucket?: Bucket;
  /** How many of the latest events, agreements and quotes to list. */
  limit?: number;
  /** The newest articles looked at first for the quotes, before all the speakers' quotes (tests set it small). */
  quoteScan?: number;
}

export interface Bilateral {
  a: CountryRow;
  b: CountryRow;
  descriptors: { id: string; descriptor: string; reports: number }[];
  /** The latest events, each with its actors (read in the same statement). */
  events: EventRow[];
  agreements: AgreementRow[];
  quotes: QuoteRow[];
  totalEvents: number;
  meanGoldstein: number | null;
  firstContact: string | null;
  lastContact: string | null;
  byQuadClass: { quadClass: number; count: number; meanGoldstein: number }[];
  series: { period: string; count: number; meanGoldstein: number }[];
}

/**
 * How the pair call each other and what they signed: descriptors and agreements. It runs first,
 * while no list of the pair's events or articles is in scope: the agreements' hash join copies
 * every row it holds, and with a list of thousands of articles in the row (at 100k articles) that
 * passed the server's transaction memory limit.
 */
const PAIR_TEXT = `CALL (ca, cb) {
  OPTIONAL MATCH (ca)<-[:BETWEEN]-(r:Relation)-[:BETWEEN]->(cb)
  WITH r WHERE r IS NOT NULL
  WITH r, COUNT { (r)-[:REPORTED_IN]->() } AS reports ORDER BY reports DESC, r.descriptor
  RETURN collect({id: r.id, descriptor: r.descriptor, reports: reports}) AS descriptors
}
CALL (ca, cb) {
  OPTIONAL MATCH (ca)<-[:PARTY]-(g:Agreement)-[:PARTY]->(cb) USING JOIN ON g
  WITH DISTINCT g WHERE g IS NOT NULL
  OPTIONAL MATCH (g)-[:REPORTED_IN]->(art:Article)
  WITH g, max(art.publishedAt) AS at ORDER BY at DESC, g.id LIMIT toInteger($limit)
  RETURN collect(g {.*}) AS agreements
}`;

/**
 * What the pair said: the quotes of the two countries and of the people who represent them, in
 * `articles` (those that report the pair's events, newest first, undated last), latest report
 * first. The newest $scan articles decide every quote whose latest report is newer than the last
 * of them (all articles newer than that are among them): when those quotes are $limit or more, or
 * there are no other articles, they are the answer and the older articles are never read.
 * Otherwise every quote of the speakers is checked against all the articles (read from the
 * speakers' side: their quotes are far fewer than the quotes of all those articles). Neither
 * step depends on the order rows come in.
 */
const QUOTES = `CALL (ca, cb, articles) {
  CALL (ca, cb) {
    UNWIND [ca, cb] AS c
    MATCH (p)-[:REPRESENTS]->(c)
    WITH collect(DISTINCT p) AS people
    RETURN people + [ca, cb] AS speakers
  }
  CALL (articles, speakers) {
    UNWIND articles[0..toInteger($scan)] AS art
    MATCH (art)<-[:REPORTED_IN]-(q:Quote)-[:SAID_BY]->(s) WHERE s IN speakers
    WITH q, max(art.publishedAt) AS at
    RETURN collect({q: q, at: at}) AS rows
  }
  WITH articles, speakers, rows, size(articles) <= $scan AS whole, articles[toInteger($scan) - 1].publishedAt AS edge
  CALL (rows, whole, edge) {
    UNWIND rows AS r
    WITH r.q AS q, r.at AS at WHERE whole OR at > edge
    ORDER BY at IS NULL, at DESC, q.id LIMIT toInteger($limit)
    RETURN collect(q) AS fast
  }
  CALL (articles, speakers, fast, whole) {
    WITH articles, speakers WHERE NOT whole AND size(fast) < $limit
    UNWIND speakers AS s
    MATCH (s)<-[:SAID_BY]-(q:Quote)-[:REPORTED_IN]->(art)
    WHERE art IN articles
    WITH q, max(art.publishedAt) AS at ORDER BY at IS NULL, at DESC, q.id LIMIT toInteger($limit)
    RETURN collect(q) AS full
  }
  RETURN [q IN CASE WHEN whole OR size(fast) >= $limit THEN fast ELSE full END | q {.*}] AS quotes
}`;

/** Collects the distinct articles `art` in the order QUOTES reads them: newest first, undated last. */
const ARTICLES_IN_ORDER = `WITH DISTINCT art ORDER BY art.publishedAt IS NULL, art.publishedAt DESC, art.id
  RETURN collect(art) AS articles`;

/** A listed event with its actors. */
const LATEST = `{e: e {.*}, actors: {${eventActorsProjection('e')}}}`;

const params = (args: BilateralArgs) => ({
  a: args.a.toUpperCase(),
  b: args.b.toUpperCase(),
  from: args.from ?? null,
  to: args.to ?? null,
  unit: TRUNCATE_UNIT[args.bucket ?? 'MONTH'],
  limit: args.limit ?? 10,
  // the newest articles looked at first for the quotes (see QUOTES)
  scan: args.quoteScan ?? Math.max(100, (args.limit ?? 10) * 20),
});

export function bilateralQuery(args: BilateralArgs): Query {
  return {
    name: 'bilateral',
    // An event's day is its own date, else the day of its first report.
    cypher: `MATCH (ca:Country {code: $a}), (cb:Country {code: $b})
${PAIR_TEXT}
CALL (ca, cb) {
  ${dyadEvents('(ca)', '(cb)')}
  WITH DISTINCT e
  ${EVENT_DAY.replace(/\n/g, '\n  ')}
  WITH e, day WHERE ($from IS NULL OR day >= date($from)) AND ($to IS NULL OR day <= date($to))
  RETURN collect({e: e, day: day}) AS evs
}
CALL (evs) {
  UNWIND evs AS x
  WITH x.e AS e
  MATCH (e)-[:REPORTED_IN]->(art:Article)
  ${ARTICLES_IN_ORDER}
}
CALL (evs) {
  UNWIND evs AS x
  WITH x.e AS e, x.day AS day ORDER BY coalesce(toString(day), '') DESC, e.id LIMIT toInteger($limit)
  RETURN collect(${LATEST}) AS latest
}
CALL (evs) {
  UNWIND evs AS x
  WITH x.e.quadClass AS quadClass, count(*) AS n, avg(toFloat(x.e.goldstein)) AS g
  ORDER BY quadClass
  RETURN collect({quadClass: quadClass, count: n, meanGoldstein: g}) AS byQuadClass
}
CALL (evs) {
  UNWIND evs AS x
  WITH x WHERE x.day IS NOT NULL
  WITH date.truncate($unit, x.day) AS period, count(*) AS n, avg(toFloat(x.e.goldstein)) AS g
  ORDER BY period
  RETURN collect({period: toString(period), count: n, meanGoldstein: g}) AS series
}
${QUOTES}
RETURN ca {.*} AS a, cb {.*} AS b, descriptors, latest, agreements, quotes, byQuadClass, series,
  size(evs) AS totalEvents,
  CASE WHEN size(evs) = 0 THEN null ELSE reduce(s = 0.0, x IN evs | s + x.e.goldstein) / size(evs) END AS meanGoldstein,
  toString(reduce(m = null, x IN evs | CASE WHEN x.day IS NOT NULL AND (m IS NULL OR x.day < m) THEN x.day ELSE m END)) AS firstContact,
  toString(reduce(m = null, x IN evs | CASE WHEN x.day IS NOT NULL AND (m IS NULL OR x.day > m) THEN x.day ELSE m END)) AS lastContact`,
    params: params(args),
  };
}

/** A tally's month "YYYY-MM" as the period `date.truncate` gives for a bucket of a month or more. */
export const TALLY_PERIOD: Partial<Record<Bucket, string>> = {
  MONTH: "t.month + '-01'",
  YEAR: "substring(t.month, 0, 4) + '-01-01'",
};

/**
 * The pair's series and first and last contact from its tallies `ts`. By month or year, a row per
 * tally, its period and days taken from its month's text; by day or week, a row per day with
 * events (a date made per row costs more, so only those buckets make them).
 */
function tallySeries(bucket: Bucket): string {
  const period = TALLY_PERIOD[bucket];
  if (period) {
    return `CALL (ts) {
  UNWIND ts AS t
  WITH t WHERE t.month <> ''
  WITH t, [d IN range(0, size(t.days) - 1) WHERE t.days[d] > 0] AS ds
  WITH ${period} AS period, t.n AS n, t.g AS g,
    t.month + '-' + right('0' + toString(ds[0] + 1), 2) AS first,
    t.month + '-' + right('0' + toString(ds[-1] + 1), 2) AS last
  WITH period, sum(n) AS n, sum(g) AS g, min(first) AS first, max(last) AS last
  ORDER BY period
  RETURN collect({period: period, count: n, meanGoldstein: g / n}) AS series,
    min(first) AS firstContact, max(last) AS lastContact
}`;
  }
  return `CALL (ts) {
  UNWIND ts AS t
  WITH t WHERE t.month <> ''
  UNWIND range(0, size(t.days) - 1) AS d
  WITH t, d WHERE t.days[d] > 0
  WITH date(t.month + '-01') + duration({days: d}) AS day, t.days[d] AS n, t.dayG[d] AS g
  WITH date.truncate($unit, day) AS period, sum(n) AS n, sum(g) AS g, min(day) AS first, max(day) AS last
  ORDER BY period
  RETURN collect({period: toString(period), count: n, meanGoldstein: g / n}) AS series,
    toString(min(first)) AS firstContact, toString(max(last)) AS lastContact
}`;
}

/**
 * The same view read from the pair's tallies (src/graph/cypher/tally.ts) and the events they link,
 * when they hold it: two different countries and no date range. Null otherwise. It reads the
 * pair's few tallies instead of every event of both countries.
 */
export function tallyBilateralQuery(args: BilateralArgs): Query | null {
  const p = params(args);
  if (p.a === p.b || p.from !== null || p.to !== null) return null;
  return {
    name: 'bilateral.tallies',
    cypher: `MATCH (ca:Country {code: $a}), (cb:Country {code: $b})
${PAIR_TEXT}
CALL () {
  MATCH (t:Tally {scope: $pair})
  RETURN collect(t) AS ts
}
CALL (ts) {
  // the latest months until they hold $limit events, then their events by day (the tally's)
  UNWIND ts AS t
  WITH t ORDER BY t.month DESC
  WITH collect(t) AS months, collect(t.n) AS ns
  UNWIND [i IN range(0, size(months) - 1) WHERE reduce(s = 0, n IN ns[0..i] | s + n) < $limit | months[i]] AS t
  MATCH (t)-[:TALLIES]->(e)
  WITH e ORDER BY split(e.tally, '|')[0] DESC, e.id LIMIT toInteger($limit)
  RETURN collect(${LATEST}) AS latest
}
CALL (ts) {
  UNWIND ts AS t
  UNWIND range(0, size(t.quads) - 1) AS i
  WITH i + 1 AS quadClass, sum(t.quads[i]) AS n, sum(t.quadG[i]) AS g
  WITH quadClass, n, g WHERE n > 0
  ORDER BY quadClass
  RETURN collect({quadClass: quadClass, count: n, meanGoldstein: g / n}) AS byQuadClass
}
${tallySeries(args.bucket ?? 'MONTH')}
CALL (ts) {
  UNWIND ts AS t
  MATCH (t)-[:TALLIES]->(e)-[:REPORTED_IN]->(art:Article)
  ${ARTICLES_IN_ORDER}
}
${QUOTES}
WITH *, reduce(s = 0, t IN ts | s + t.n) AS totalEvents
RETURN ca {.*} AS a, cb {.*} AS b, descriptors, latest, agreements, quotes, byQuadClass, series, totalEvents,
  CASE WHEN totalEvents = 0 THEN null ELSE reduce(s = 0.0, t IN ts | s + t.g) / totalEvents END AS meanGoldstein,
  firstContact, lastContact`,
    params: { ...p, pair: [p.a, p.b].sort().join('|') },
  };
}

export async function bilateral(db: Db, args: BilateralArgs, opts: { tallies?: boolean } = {}): Promise<Bilateral | null> {
  const fast = opts.tallies === false ? null : tallyBilateralQuery(args);
  const [r] = await db.read(fast ?? bilateralQuery(args));
  if (!r) return null;
  const list = <T>(v: unknown, f: (p: Record<string, unknown>) => T): T[] => (Array.isArray(v) ? v.map((x) => f(x as Record<string, unknown>)) : []);
  const num = (v: unknown) => Number(v ?? 0);
  return {
    a: countryOf(r.a as Record<string, unknown>),
    b: countryOf(r.b as Record<string, unknown>),
    descriptors: list(r.descriptors, (d) => ({ id: String(d.id), descriptor: String(d.descriptor), reports: num(d.reports) })),
    events: list(r.latest, (x) => ({ ...eventOf(x.e as Record<string, unknown>), actors: actorsOf(x.actors as Record<string, unknown>) })),
    agreements: list(r.agreements, agreementOf),
    quotes: list(r.quotes, quoteOf),
    totalEvents: num(r.totalEvents),
    meanGoldstein: r.meanGoldstein === null ? null : num(r.meanGoldstein),
    firstContact: r.firstContact === null ? null : String(r.firstContact),
    lastContact: r.lastContact === null ? null : String(r.lastContact),
    byQuadClass: list(r.byQuadClass, (q) => ({ quadClass: num(q.quadClass), count: num(q.count), meanGoldstein: num(q.meanGoldstein) })),
    series: list(r.series, (s) => ({ period: String(s.period), count: num(s.count), meanGoldstein: num(s.meanGoldstein) })),
  };
}
