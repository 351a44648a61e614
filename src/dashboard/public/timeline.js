import * as echarts from './vendor/echarts.js';
import { fmtDate, fmtGoldstein, QUADS } from './dom.js';

// Events over time: stacked bars of event counts per quad class and bucket, the mean Goldstein per
// bucket as a line, and each listed event as a labelled point at its bucket and Goldstein score.
// Events without a date (an article with no publication date) get an "Undated" column rather than
// vanishing. The chart's aria-label names the events, for screen readers (and the browser test).

const DAY = 86_400_000;
const UNDATED = 'Undated';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The first day of the bucket holding an ISO date, as the API's buckets start (weeks on Monday). */
export function periodOf(iso, bucket) {
  if (bucket === 'YEAR') return `${iso.slice(0, 4)}-01-01`;
  if (bucket === 'MONTH') return `${iso.slice(0, 7)}-01`;
  if (bucket === 'DAY') return iso.slice(0, 10);
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return new Date(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
}

function next(period, bucket) {
  const d = new Date(`${period}T00:00:00Z`);
  if (bucket === 'YEAR') d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (bucket === 'MONTH') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + (bucket === 'WEEK' ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

function label(period, bucket) {
  if (period === UNDATED) return period;
  const [y, m, d] = period.split('-');
  if (bucket === 'YEAR') return y;
  if (bucket === 'MONTH') return `${MONTHS[Number(m) - 1]} ${y}`;
  return fmtDate(period);
}

/** Every bucket from the first to the last (gaps shown as gaps), capped for long daily ranges. */
function periods(dated, bucket) {
  const sorted = [...new Set(dated)].sort();
  if (!sorted.length) return [];
  const all = [];
  for (let p = sorted[0]; p <= sorted.at(-1) && all.length <= 366; p = next(p, bucket)) all.push(p);
  return all.length > 366 ? sorted : all;
}

/** Drops the chart (a state message is about to replace it): a stale instance would not redraw. */
export function clearTimeline(el) {
  echarts.getInstanceByDom(el)?.dispose();
  el.replaceChildren();
  el.removeAttribute('aria-label');
}

/**
 * rows: [{period, quadClass, count, meanGoldstein}] over dated events; totals: the same per quad
 * class over all events (the difference is undated); events: the listed events (the points).
 */
export function renderTimeline(el, { title, bucket, rows, totals, events }) {
  clearTimeline(el);
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  const undated = new Map();
  for (const t of totals) {
    const dated = rows.filter((r) => r.quadClass === t.quadClass);
    const n = t.count - dated.reduce((s, r) => s + r.count, 0);
    const sum = t.count * t.meanGoldstein - dated.reduce((s, r) => s + r.count * r.meanGoldstein, 0);
    if (n > 0) undated.set(t.quadClass, { period: UNDATED, quadClass: t.quadClass, count: n, meanGoldstein: sum / n });
  }
  const all = [...rows, ...undated.values()];
  const cats = [...periods([...rows.map((r) => r.period), ...events.filter((e) => e.date).map((e) => periodOf(e.date, bucket))], bucket)];
  if (undated.size || events.some((e) => !e.date)) cats.push(UNDATED);
  const at = (p) => cats.indexOf(p);
  const mean = cats.map((p) => {
    const rs = all.filter((r) => r.period === p);
    const n = rs.reduce((s, r) => s + r.count, 0);
    return n ? Number((rs.reduce((s, r) => s + r.count * r.meanGoldstein, 0) / n).toFixed(2)) : null;
  });
  // Points of one bucket are spread sideways so that none hides another.
  const seen = new Map();
  const points = events.map((e) => {
    const x = at(e.date ? periodOf(e.date, bucket) : UNDATED);
    const i = seen.get(x) ?? 0;
    seen.set(x, i + 1);
    return { e, x, i };
  }).map(({ e, x, i }) => ({
    value: [x, e.goldstein],
    symbolOffset: [((i % 5) - 2) * 9, 0],
    name: `${e.name}${e.location ? ` · ${e.location.name}` : ''}`,
    date: e.date ? fmtDate(e.date) : e.dateText ?? 'undated',
    itemStyle: { color: QUADS[e.quadClass]?.color ?? '#888', borderColor: '#1d2330', borderWidth: 1 },
  }));
  const described = events.slice(0, 25).map((e) => `${e.date ? fmtDate(e.date) : 'undated'}: ${e.name}${e.location ? ` in ${e.location.name}` : ''} (${fmtGoldstein(e.goldstein)})`);
  chart.setOption({
    aria: { enabled: true, label: { description: `${title}. ${described.join('; ')}.` } },
    animation: false,
    grid: { left: 40, right: 44, top: 40, bottom: 26 },
    legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'item', confine: true },
    xAxis: { type: 'category', data: cats.map((p) => label(p, bucket)) },
    yAxis: [
      { type: 'value', name: 'events', minInterval: 1, nameTextStyle: { fontSize: 10 } },
      { type: 'value', name: 'Goldstein', min: -10, max: 10, interval: 5, splitLine: { show: false }, nameTextStyle: { fontSize: 10 } },
    ],
    series: [
      ...Object.entries(QUADS).map(([q, quad]) => ({
        name: quad.name,
        type: 'bar',
        stack: 'events',
        barMaxWidth: 48,
        itemStyle: { color: quad.color, opacity: 0.55 },
        data: cats.map((p) => all.find((r) => r.period === p && r.quadClass === Number(q))?.count ?? 0),
      })),
      { name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, connectNulls: true, symbolSize: 7, itemStyle: { color: '#3557a6' }, data: mean },
      {
        name: 'Events',
        type: 'scatter',
        yAxisIndex: 1,
        symbolSize: 10,
        data: points,
        label: { show: points.length <= 12, position: 'right', formatter: '{b}', fontSize: 11, color: '#1d2330' },
        labelLayout: { hideOverlap: true },
        tooltip: { formatter: (p) => `${p.name}<br>${p.data.date} · Goldstein ${fmtGoldstein(p.value[1])}` },
      },
    ],
  }, true);
  chart.resize();
  return chart;
}

/** Rows and totals built from a list of events (the official view has no stats query). */
export function statsFromEvents(events, bucket) {
  const rows = new Map();
  const totals = new Map();
  const add = (map, key, init, g) => {
    const r = map.get(key) ?? init;
    r.meanGoldstein = (r.meanGoldstein * r.count + g) / (r.count + 1);
    r.count += 1;
    map.set(key, r);
  };
  for (const e of events) {
    add(totals, e.quadClass, { quadClass: e.quadClass, count: 0, meanGoldstein: 0 }, e.goldstein);
    if (!e.date) continue;
    const period = periodOf(e.date, bucket);
    add(rows, `${period}|${e.quadClass}`, { period, quadClass: e.quadClass, count: 0, meanGoldstein: 0 }, e.goldstein);
  }
  return { rows: [...rows.values()], totals: [...totals.values()] };
}
