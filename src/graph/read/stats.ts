import type { Db, Query } from '../db.js';
import { TALLY_PERIOD, TRUNCATE_UNIT, type Bucket } from './bilateral.js';
import { EVENT_DAY, eventMatch, tallyScope, type EventWhere } from './event-filter.js';

// Event aggregations for dashboards, in ONE query: counts and mean Goldstein grouped by any mix
// of dimensions and, optionally, a time bucket. An event counts once per group it falls in (an
// event between China and Russia counts for both under COUNTRY).

export type StatsDimension = 'COUNTRY' | 'SOURCE_COUNTRY' | 'TARGET_COUNTRY' | 'DYAD' | 'ROOT_CODE' | 'CODE' | 'QUAD_CLASS';

export interface StatsRow {
  country: string | null;
  sourceCountry: string | null;
  targetCountry: string | null;
  dyad: string[] | null;
  rootCode: string | null;
  code: string | null;
  quadClass: number | null;
  period: string | null;
  count: number;
  meanGoldstein: number;
}

export const MAX_STATS_ROWS = 2000;

const DIMENSIONS: Record<StatsDimension, { out: keyof StatsRow; prepare?: string; key: string }> = {
  COUNTRY: { out: 'country', prepare: 'UNWIND [(e)-[:SOURCE_ACTOR|TARGET_ACTOR]->(c:Country) | c.code] AS country', key: 'country' },
  SOURCE_COUNTRY: { out: 'sourceCountry', prepare: 'UNWIND [(e)-[:SOURCE_ACTOR]->(c:Country) | c.code] AS sourceCountry', key: 'sourceCountry' },
  TARGET_COUNTRY: { out: 'targetCountry', prepare: 'UNWIND [(e)-[:TARGET_ACTOR]->(c:Country) | c.code] AS targetCountry', key: 'targetCountry' },
  DYAD: {
    out: 'dyad',
    prepare: `UNWIND [(e)-[:SOURCE_ACTOR]->(c:Country) | c.code] AS dyadS
UNWIND [(e)-[:TARGET_ACTOR]->(c:Country) | c.code] AS dyadT
WITH *, CASE WHEN dyadS < dyadT THEN [dyadS, dyadT] ELSE [dyadT, dyadS] END AS dyad WHERE dyadS <> dyadT`,
    key: 'dyad',
  },
  ROOT_CODE: { out: 'rootCode', key: 'e.root' },
  CODE: { out: 'code', key: 'e.code' },
  QUAD_CLASS: { out: 'quadClass', key: 'e.quadClass' },
};

const orderBy = (outs: string[], bucket: Bucket | null) =>
  `ORDER BY ${bucket ? 'period, ' : ''}count DESC${outs.filter((o) => o !== 'period').map((o) => `, ${o}`).join('')}`;

/** A result row's columns, in the order of the arrays in `rows`. */
const COLUMNS = ['country', 'sourceCountry', 'targetCountry', 'dyad', 'rootCode', 'code', 'quadClass', 'period', 'count', 'meanGoldstein'] as const;

/**
 * Ends a statistics query: the grouped rows (already ordered and limited) as ONE record holding a
 * list of arrays in COLUMNS order, null where a dimension was not asked. A thousand records cost
 * the driver and Bolt more than one record of a thousand short lists.
 */
const collectRows = (outs: readonly string[]) =>
  `RETURN collect([${COLUMNS.map((c) => (c === 'count' || c === 'meanGoldstein' || outs.includes(c) ? c : 'null')).join(', ')}]) AS rows`;

/**
 * What the tallies hold per event kind: the CAMEO root and quad-class arrays (index 0 = root "01",
 * quad 1), read an index `i` at a time.
 */
const TALLY_ITEMS: Partial<Record<StatsDimension, { n: string; g: string; key: string }>> = {
  ROOT_CODE: { n: 'roots', g: 'rootG', key: "CASE WHEN i < 9 THEN '0' ELSE '' END + toString(i + 1)" },
  QUAD_CLASS: { n: 'quads', g: 'quadG', key: 'i + 1' },
};

/**
 * The same statistics read from the tallies kept at write time, when they hold them: a filter of
 * one country or one dyad (grouped by nothing, ROOT_CODE or QUAD_CLASS), or no filter grouped by
 * COUNTRY or DYAD (and at most one of those two); bucketed by MONTH or YEAR or not at all. Null
 * otherwise. Counts what eventStatsQuery counts, reading one small node per scope and month; the
 * period comes from the month's text, as no date is parsed per row.
 */
export function tallyStatsQuery(where: EventWhere, groupBy: StatsDimension[], bucket: Bucket | null, limit = MAX_STATS_ROWS): Query | null {
  const scope = tallyScope(where);
  if (scope === null || (bucket !== null && !TALLY_PERIOD[bucket])) return null;
  const dims = [...new Set(groupBy)];
  const kinds = dims.filter((d) => TALLY_ITEMS[d]);
  const scopes = dims.filter((d) => d === 'COUNTRY' || d === 'DYAD');
  if (kinds.length > 1 || kinds.length + scopes.length !== dims.length) return null;
  if (scope === '' ? scopes.length !== 1 : scopes.length > 0) return null;
  const cond = [scope === '' ? `${scopes[0] === 'DYAD' ? '' : 'NOT '}t.scope CONTAINS '|'` : 't.scope = $scope'];
  if (bucket) cond.push("t.month <> ''");
  const keys: string[] = scopes.map((d) => (d === 'COUNTRY' ? 't.scope AS country' : "split(t.scope, '|') AS dyad"));
  if (bucket) keys.push(`${TALLY_PERIOD[bucket]} AS period`);
  const outs = [...dims.map((d) => DIMENSIONS[d].out), ...(bucket ? ['period'] : [])];
  const kind = kinds.length ? TALLY_ITEMS[kinds[0]!]! : null;
  const lines = [`MATCH (t:Tally) WHERE ${cond.join(' AND ')}`];
  if (kind) {
    lines.push(
      `WITH ${[...keys, `t.${kind.n} AS ns`, `t.${kind.g} AS gs`].join(', ')}`,
      'UNWIND range(0, size(ns) - 1) AS i',
      `WITH ${[...outs.filter((o) => o !== DIMENSIONS[kinds[0]!].out), `${kind.key} AS ${DIMENSIONS[kinds[0]!].out}`, 'ns[i] AS n', 'gs[i] AS g'].join(', ')} WHERE n > 0`,
    );
  } else {
    lines.push(`WITH ${[...keys, 't.n AS n', 't.g AS g'].join(', ')}`);
  }
  // a scope has one tally a month: by month (or by scope and month) each group is one tally
  if (bucket === 'MONTH') lines.push(`WITH ${[...outs, 'n AS count', 'g AS gs'].join(', ')}`);
  else lines.push(`WITH ${[...outs, 'sum(n) AS count', 'sum(g) AS gs'].join(', ')}`);
  lines.push(
    // no grouping: one row, of count 0 when the scope has no events (as the events path gives)
    `WITH ${[...outs, 'count', 'CASE count WHEN 0 THEN null ELSE gs / count END AS meanGoldstein'].join(', ')}`,
    orderBy(outs, bucket),
    'LIMIT toInteger($limit)',
    collectRows(outs),
  );
  return { name: 'eventStats.tallies', cypher: lines.join('\n'), params: { scope, limit } };
}

export function eventStatsQuery(where: EventWhere, groupBy: StatsDimension[], bucket: Bucket | null, limit = MAX_STATS_ROWS): Query {
  const dims = [...new Set(groupBy)];
  const m = eventMatch(where);
  const lines = [m.cypher];
  if (bucket) {
    lines.push(EVENT_DAY, 'WITH e, day WHERE day IS NOT NULL');
  }
  const unwound = dims.filter((d) => DIMENSIONS[d].prepare);
  for (const d of unwound) lines.push(DIMENSIONS[d].prepare!);
  if (unwound.length) {
    lines.push(`WITH DISTINCT e${bucket ? ', day' : ''}, ${unwound.map((d) => DIMENSIONS[d].key).join(', ')}`);
  }
  const keys = dims.map((d) => `${DIMENSIONS[d].key} AS ${DIMENSIONS[d].out}`);
  if (bucket) keys.push('toString(date.truncate($unit, day)) AS period');
  lines.push(`WITH ${[...keys, 'count(*) AS count', 'avg(toFloat(e.goldstein)) AS meanGoldstein'].join(', ')}`);
  const outs = [...dims.map((d) => DIMENSIONS[d].out), ...(bucket ? ['period'] : [])];
  lines.push(orderBy(outs, bucket));
  lines.push('LIMIT toInteger($limit)');
  lines.push(collectRows(outs));
  return {
    name: 'eventStats',
    cypher: lines.join('\n'),
    params: { ...m.params, limit, ...(bucket ? { unit: TRUNCATE_UNIT[bucket] } : {}) },
  };
}

export async function eventStats(
  db: Db,
  where: EventWhere,
  groupBy: StatsDimension[],
  bucket: Bucket | null,
  opts: { tallies?: boolean } = {},
): Promise<StatsRow[]> {
  const fast = opts.tallies === false ? null : tallyStatsQuery(where, groupBy, bucket);
  const [record] = await db.read(fast ?? eventStatsQuery(where, groupBy, bucket));
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return ((record?.rows ?? []) as unknown[][]).map((cells) => {
    const r = Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i]])) as Record<(typeof COLUMNS)[number], unknown>;
    return {
      country: s(r.country),
      sourceCountry: s(r.sourceCountry),
      targetCountry: s(r.targetCountry),
      dyad: Array.isArray(r.dyad) ? r.dyad.map(String) : null,
      rootCode: s(r.rootCode),
      code: s(r.code),
      quadClass: r.quadClass === null || r.quadClass === undefined ? null : Number(r.quadClass),
      period: s(r.period),
      count: Number(r.count),
      meanGoldstein: Number(r.meanGoldstein ?? 0),
    };
  });
}
