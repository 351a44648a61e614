import type { Db, Query } from '../db.js';
import { TRUNCATE_UNIT, type Bucket } from './bilateral.js';
import { EVENT_DAY, eventMatch, type EventWhere } from './event-filter.js';

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
  lines.push(`ORDER BY ${bucket ? 'period, ' : ''}count DESC${outs.filter((o) => o !== 'period').map((o) => `, ${o}`).join('')}`);
  lines.push('LIMIT toInteger($limit)');
  return {
    name: 'eventStats',
    cypher: lines.join('\n'),
    params: { ...m.params, limit, ...(bucket ? { unit: TRUNCATE_UNIT[bucket] } : {}) },
  };
}

export async function eventStats(db: Db, where: EventWhere, groupBy: StatsDimension[], bucket: Bucket | null): Promise<StatsRow[]> {
  const rows = await db.read(eventStatsQuery(where, groupBy, bucket));
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
