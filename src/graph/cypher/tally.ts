import type { Query } from '../db.js';

// Tallies: event counts kept at write time, so dashboards read a few small nodes instead of every
// event of a country. One (:Tally) per scope and month, where a scope is a country code ("CHN")
// or a country pair ("CHN|RUS", codes in order) and the month is "YYYY-MM" of the event's day (its
// own date, else the day of its first report), "" for an event with no day at all.
//
// A tally holds, for the events in it: n and the Goldstein sum g; per CAMEO root (roots, rootG:
// index 0 is root "01"), per quad class (quads, quadG) and per day of the month (days, dayG) the
// count and the Goldstein sum. A country's tally also counts the pairs of its events (pairKeys,
// pairN, pairG: the source/target country pairs, for the country network); a pair's tally links
// its events (TALLIES), for the pair's latest events.
//
// An event belongs to the tally of each country on either side and of each pair with one country
// on each side (the bilateral and network reads count the same way). Each event keeps in `tally`
// what it last added ("day|root|quad|goldstein|sources|targets"); retallying an event whose state
// changed takes that off and adds the new one, so every writer only has to name the events it
// touched, and deleting an event takes its part off first. Counters change with SET n = n + x,
// which makes Neo4j take the tally's write lock before reading it: concurrent writers do not lose
// updates.

const TALLY_ROOTS = 20;
const TALLY_QUADS = 4;
const TALLY_DAYS = 31;

const zeros = (n: number, float: boolean) => `[i IN range(1, ${n}) | ${float ? '0.0' : '0'}]`;
/**
 * SETs a count array and its Goldstein sums from the rows `xs`, at each row's index `field`. The
 * old arrays come in as variables (`<name>0`, bound from COUNTED): read once, not once per element.
 */
const COUNTED = ['roots', 'rootG', 'quads', 'quadG', 'days', 'dayG'] as const;
// Goldstein sums are rounded as they change, so the order events arrive in (one article at a
// time or in batches) cannot leave 35.599999999999994 in one store and 35.6 in another.
const G_DIGITS = 6;
const counts = (n: (typeof COUNTED)[number], g: (typeof COUNTED)[number], field: string, size: number) =>
  `t.${n} = [i IN range(0, ${size - 1}) | ${n}0[i] + reduce(s = 0, x IN xs | s + CASE WHEN x.${field} = i THEN x.sign ELSE 0 END)],
  t.${g} = [i IN range(0, ${size - 1}) | round(${g}0[i] + reduce(s = 0.0, x IN xs | s + CASE WHEN x.${field} = i THEN x.sign * x.g ELSE 0.0 END), ${G_DIGITS})]`;
const joined = (list: string) => `reduce(s = '', x IN ${list} | s + CASE s WHEN '' THEN '' ELSE ',' END + x)`;

/**
 * Adds (sign 1) or takes off (sign -1) events' parts, given as rows of `e, sign, fields` (the
 * fields of a tally string). The rows are grouped by tally first, so each tally is updated once
 * however many of the rows it counts (a GDELT batch of 1,000 events touches a few hundred
 * tallies, not 3,000 times one). Ends the (sub)query.
 */
const applyParts = `WITH e, sign, fields[0] AS dayText, toInteger(fields[1]) - 1 AS r, toInteger(fields[2]) - 1 AS q, toFloat(fields[3]) AS g,
  [x IN split(fields[4], ',') WHERE x <> ''] AS S, [x IN split(fields[5], ',') WHERE x <> ''] AS T
WITH e, sign, r, q, g, S, T, substring(dayText, 0, 7) AS month,
  CASE dayText WHEN '' THEN -1 ELSE toInteger(substring(dayText, 8, 2)) - 1 END AS d,
  reduce(acc = [], s IN S | acc + [t IN T WHERE t <> s | CASE WHEN s < t THEN s + '|' + t ELSE t + '|' + s END]) AS raw
WITH e, sign, r, q, g, month, d,
  reduce(acc = [], p IN raw | CASE WHEN p IN acc THEN acc ELSE acc + p END) AS pairs,
  reduce(acc = [], c IN S + T | CASE WHEN c IN acc THEN acc ELSE acc + c END) AS countries
UNWIND [c IN countries | [c, false]] + [p IN pairs | [p, true]] AS scoped
WITH scoped[0] + ' ' + month AS key, scoped[0] AS scope, month, scoped[1] AS isPair,
  collect({e: e, sign: sign, r: r, q: q, g: g, d: d, pairs: CASE WHEN scoped[1] THEN [] ELSE pairs END}) AS xs
// one lock order for all writers
ORDER BY key
MERGE (t:Tally {key: key})
  ON CREATE SET t.scope = scope, t.month = month, t.n = 0, t.g = 0.0,
    t.roots = ${zeros(TALLY_ROOTS, false)}, t.rootG = ${zeros(TALLY_ROOTS, true)},
    t.quads = ${zeros(TALLY_QUADS, false)}, t.quadG = ${zeros(TALLY_QUADS, true)},
    t.days = ${zeros(TALLY_DAYS, false)}, t.dayG = ${zeros(TALLY_DAYS, true)},
    t.pairKeys = [], t.pairN = [], t.pairG = []
// reads t in the expression: Neo4j locks t first, so the reads below see no concurrent change
SET t.n = t.n + reduce(s = 0, x IN xs | s + x.sign)
WITH t, isPair, xs, ${COUNTED.map((a) => `t.${a} AS ${a}0`).join(', ')}
SET t.g = round(t.g + reduce(s = 0.0, x IN xs | s + x.sign * x.g), ${G_DIGITS}),
  ${counts('roots', 'rootG', 'r', TALLY_ROOTS)},
  ${counts('quads', 'quadG', 'q', TALLY_QUADS)},
  ${counts('days', 'dayG', 'd', TALLY_DAYS)}
WITH t, isPair, xs, reduce(acc = [], x IN xs | acc + [p IN x.pairs | {p: p, sign: x.sign, g: x.g}]) AS pairs
CALL (t, pairs) {
  WITH t, pairs, t.pairKeys AS keys0, t.pairN AS n0, t.pairG AS g0 WHERE size(pairs) > 0
  WITH t, pairs, n0, g0, keys0 + reduce(acc = [], x IN pairs | CASE WHEN x.p IN keys0 OR x.p IN acc THEN acc ELSE acc + x.p END) AS keys
  WITH t, keys,
    [i IN range(0, size(keys) - 1) | coalesce(n0[i], 0) + reduce(s = 0, x IN pairs | s + CASE WHEN x.p = keys[i] THEN x.sign ELSE 0 END)] AS ns,
    [i IN range(0, size(keys) - 1) | round(coalesce(g0[i], 0.0) + reduce(s = 0.0, x IN pairs | s + CASE WHEN x.p = keys[i] THEN x.sign * x.g ELSE 0.0 END), ${G_DIGITS})] AS gs
  SET t.pairKeys = [i IN range(0, size(keys) - 1) WHERE ns[i] <> 0 | keys[i]],
    t.pairN = [i IN range(0, size(keys) - 1) WHERE ns[i] <> 0 | ns[i]],
    t.pairG = [i IN range(0, size(keys) - 1) WHERE ns[i] <> 0 | gs[i]]
}
CALL (t, isPair, xs) {
  // an event both taken off and added back (its Goldstein or day changed within the month) keeps its link
  WITH t, [x IN xs WHERE x.sign < 0 | x.e] AS off, [x IN xs WHERE x.sign > 0 | x.e] AS on WHERE isPair
  FOREACH (ev IN [y IN on WHERE NOT y IN off] | MERGE (t)-[:TALLIES]->(ev))
  WITH t, [y IN off WHERE NOT y IN on] AS gone
  UNWIND gone AS ev
  MATCH (t)-[x:TALLIES]->(ev)
  DELETE x
}
WITH t WHERE t.n = 0
DETACH DELETE t`;

/** The tally string of event `e` as it now stands (binds `now`; imports `e`). */
const current = `CALL (e) {
  WITH e WHERE e.date IS NULL
  MATCH (e)-[:REPORTED_IN]->(art:Article)
  RETURN date(min(art.publishedAt)) AS firstReport
}
WITH e, coalesce(toString(coalesce(e.date, firstReport)), '') + '|' + coalesce(e.root, '') + '|' + coalesce(toString(e.quadClass), '')
  + '|' + toString(coalesce(e.goldstein, 0.0))
  + '|' + ${joined('COLLECT { MATCH (e)-[:SOURCE_ACTOR]->(c:Country) RETURN DISTINCT c.code AS code ORDER BY code }')}
  + '|' + ${joined('COLLECT { MATCH (e)-[:TARGET_ACTOR]->(c:Country) RETURN DISTINCT c.code AS code ORDER BY code }')} AS now`;

/**
 * Events `e` whose state differs from what they last added: takes that off and adds the new
 * part, each tally once. Ends the (sub)query.
 */
const retallyRows = `${current}
WITH e, now WHERE e.tally IS NULL OR e.tally <> now
WITH e, now, CASE WHEN e.tally IS NULL THEN [] ELSE [[-1, e.tally]] END + [[1, now]] AS parts
SET e.tally = now
WITH e, parts
UNWIND parts AS part
WITH e, part[0] AS sign, split(part[1], '|') AS fields
${applyParts}`;

/** Brings the tallies in step with event `e` as it now stands; a unit subquery (imports `e`). */
export const retallyEvent = (e = 'e'): string => `CALL (${e}) {
  WITH ${e} AS e
  ${retallyRows.replace(/\n/g, '\n  ')}
}`;

/** Takes event `e`'s part off the tallies (before it is deleted); a unit subquery (imports `e`). */
export const untallyEvent = (e = 'e'): string => `CALL (${e}) {
  WITH ${e} AS e, -1 AS sign, split(${e}.tally, '|') AS fields WHERE ${e}.tally IS NOT NULL
  REMOVE e.tally
  WITH e, sign, fields
  ${applyParts.replace(/\n/g, '\n  ')}
}`;

/**
 * Retallies the events with these ids (a writer's touched events; unknown ids are skipped).
 * `undatedOnly`: the writer only added reports, which can move only an undated event's day.
 */
export function retally(eventIds: readonly string[], opts: { undatedOnly?: boolean } = {}): Query {
  return {
    name: 'retally',
    cypher: `// retally
UNWIND $tallyIds AS tid
MATCH (e:Event {id: tid})${opts.undatedOnly ? ' WHERE e.date IS NULL' : ''}
${retallyRows}`,
    params: { tallyIds: [...new Set(eventIds)] },
  };
}

/** The ids of events never tallied (a store from before tallies), for migrate() to retally. */
export const untalliedEvents: Query = {
  name: 'untalliedEvents',
  cypher: 'MATCH (e:Event) WHERE e.tally IS NULL RETURN e.id AS id',
};
