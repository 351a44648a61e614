import type { Db, Query } from '../db.js';
import { TRUNCATE_UNIT, type Bucket } from './bilateral.js';
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

/** What the tallies hold per event kind: the CAMEO root and quad-class arrays (index 0 = root "01", quad 1). */
const TALLY_ITEMS: Partial<Record<StatsDimension, string>> = {
  ROOT_CODE: "[i IN range(0, size(t.roots) - 1) WHERE t.roots[i] > 0 | {k: CASE WHEN i < 9 THEN '0' ELSE '' END + toString(i + 1), n: t.roots[i], g: t.rootG[i]}]",
  QUAD_CLASS: '[i IN range(0, size(t.quads) - 1) WHERE t.quads[i] > 0 | {k: i + 1, n: t.quads[i], g: t.quadG[i]}]',
};

/**
 * The same statistics read from the tallies kept at write time, when they hold them: a filter of
 * one country or one dyad (grouped by nothing, ROOT_CODE or QUAD_CLASS), or no filter grouped by
 * COUNTRY or DYAD (and at most one of those two); bucketed by MONTH or YEAR or not at all. Null
 * otherwise. Counts what eventStatsQuery counts, reading one small node per scope and month.
 */
export function tallyStatsQuery(where: EventWhere, groupBy: StatsDimension[], bucket: Bucket | null, limit = MAX_STATS_ROWS): Query | null {
  const scope = tallyScope(where);
  if (scope === null || (bucket !== null && bucket !== 'MONTH' && bucket !== 'YEAR')) return null;
  const dims = [...new Set(groupBy)];
  const kinds = dims.filter((d) => TALLY_ITEMS[d]);
  const scopes = dims.filter((d) => d === 'COUNTRY' || d === 'DYAD');
  if (kinds.length > 1 || kinds.length + scopes.length !== dims.length) return null;
  if (scope === '' ? scopes.length !== 1 : scopes.length > 0) return null;
  const cond = [scope === '' ? `${scopes[0] === 'DYAD' ? '' : 'NOT '}t.scope CONTAINS '|'` : 't.scope = $scope'];
  if (bucket) cond.push("t.month <> ''");
  const keys = dims.map((d) =>
    d === 'COUNTRY' ? 't.scope AS country' : d === 'DYAD' ? "split(t.scope, '|') AS dyad" : `item.k AS ${DIMENSIONS[d].out}`,
  );
  if (bucket) keys.push("toString(date.truncate($unit, date(t.month + '-01'))) AS period");
  const outs = [...dims.map((d) => DIMENSIONS[d].out), ...(bucket ? ['period'] : [])];
  return {
    name: 'eventStats.tallies',
    cypher: [
      `MATCH (t:Tally) WHERE ${cond.join(' AND ')}`,
      `UNWIND ${kinds.length ? TALLY_ITEMS[kinds[0]!] : '[{n: t.n, g: t.g}]'} AS item`,
      `WITH ${[...keys, 'sum(item.n) AS count', 'sum(item.g) AS gs'].join(', ')}`,
      `RETURN ${[...outs, 'count', 'gs / count AS meanGoldstein'].join(', ')}`,
      orderBy(outs, bucket),
      'LIMIT toInteger($limit)',
    ].join('\n'),
    params: { scope, limit, ...(bucket ? { unit: TRUNCATE_UNIT[bucket] } : {}) },
  };
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
  lines.push(`RETURN ${[...outs, 'count', 'meanGoldstein'].join(', ')}`);
  lines.push(orderBy(outs, bucket));
  lines.push('LIMIT toInteger($limit)');
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
  const rows = await db.read(fast ?? eventStatsQuery(where, groupBy, bucket));
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return rows.map((r) => ({
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
  }));
}
