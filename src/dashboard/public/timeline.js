import * as echarts from './vendor/echarts.js';
import { fmtDate, fmtGoldstein, QUADS } from './dom.js';

// Events over time: stacked bars of event counts per quad class and bucket, the mean Goldstein
// per bucket as a line, and each listed event as a point at its date and Goldstein score.
// The chart's aria-label names the events, for screen readers (and for the browser test).

const DAY = 86_400_000;

function meanByPeriod(rows) {
  const acc = new Map();
  for (const r of rows) {
    const m = acc.get(r.period) ?? { n: 0, sum: 0 };
    m.n += r.count;
    m.sum += r.count * r.meanGoldstein;
    acc.set(r.period, m);
  }
  return [...acc].sort(([a], [b]) => a.localeCompare(b)).map(([p, m]) => [p, Number((m.sum / m.n).toFixed(2))]);
}

function describe(title, events) {
  const dated = events.filter((e) => e.date);
  const list = dated.slice(0, 20).map((e) => `${fmtDate(e.date)}: ${e.name}${e.location ? ` in ${e.location.name}` : ''} (${fmtGoldstein(e.goldstein)})`);
  return `${title}. ${dated.length} dated event(s)${list.length ? `: ${list.join('; ')}` : ''}.`;
}

/** rows: [{period, quadClass, count, meanGoldstein}]; events: the listed events (points). */
export function renderTimeline(el, { title, rows, events }) {
  el.replaceChildren();
  const chart = echarts.getInstanceByDom(el) ?? echarts.init(el, null, { renderer: 'canvas' });
  const dated = events.filter((e) => e.date);
  const times = [...rows.map((r) => Date.parse(r.period)), ...dated.map((e) => Date.parse(e.date))];
  const min = Math.min(...times) - 20 * DAY;
  const max = Math.max(...times) + 20 * DAY;
  const bars = Object.entries(QUADS).map(([q, quad]) => ({
    name: quad.name,
    type: 'bar',
    stack: 'events',
    barMaxWidth: 28,
    itemStyle: { color: quad.color },
    data: rows.filter((r) => r.quadClass === Number(q)).map((r) => [r.period, r.count]),
  }));
  const showLabels = dated.length <= 8;
  chart.setOption({
    aria: { enabled: true, label: { description: describe(title, events) } },
    animation: false,
    grid: { left: 44, right: 48, top: 34, bottom: 28 },
    legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'item', confine: true },
    xAxis: { type: 'time', min, max },
    yAxis: [
      { type: 'value', name: 'events', minInterval: 1, nameTextStyle: { fontSize: 10 } },
      { type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: { show: false }, nameTextStyle: { fontSize: 10 } },
    ],
    series: [
      ...bars,
      { name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, symbol: 'circle', symbolSize: 6, itemStyle: { color: '#3557a6' }, data: meanByPeriod(rows) },
      {
        name: 'Events',
        type: 'scatter',
        yAxisIndex: 1,
        symbolSize: 11,
        data: dated.map((e) => ({
          value: [e.date, e.goldstein],
          name: `${e.name}${e.location ? ` · ${e.location.name}` : ''}`,
          itemStyle: { color: QUADS[e.quadClass]?.color ?? '#888', borderColor: '#222', borderWidth: 1 },
        })),
        label: { show: showLabels, position: 'right', formatter: '{b}', fontSize: 11, color: '#222' },
        labelLayout: { hideOverlap: true },
        tooltip: { formatter: (p) => `${p.name}<br>${fmtDate(p.value[0])} · Goldstein ${fmtGoldstein(p.value[1])}` },
      },
    ],
  }, true);
  chart.resize();
  return chart;
}

/** The Monday of an ISO date's week, as the API's WEEK buckets start. */
function monday(iso) {
  const t = Date.parse(`${iso}T00:00:00Z`);
  const back = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - back * DAY).toISOString().slice(0, 10);
}

/** The same rows, built from a list of events (the official view has no stats query). */
export function rowsFromEvents(events, bucket = 'MONTH') {
  const acc = new Map();
  for (const e of events.filter((x) => x.date)) {
    const d = e.date;
    const period = bucket === 'YEAR' ? `${d.slice(0, 4)}-01-01` : bucket === 'DAY' ? d : bucket === 'WEEK' ? monday(d) : `${d.slice(0, 7)}-01`;
    const key = `${period}|${e.quadClass}`;
    const r = acc.get(key) ?? { period, quadClass: e.quadClass, count: 0, meanGoldstein: 0 };
    r.meanGoldstein = (r.meanGoldstein * r.count + e.goldstein) / (r.count + 1);
    r.count += 1;
    acc.set(key, r);
  }
  return [...acc.values()];
}
