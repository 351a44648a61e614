// Small DOM and formatting helpers. Data from the API is only ever set as text, never as HTML.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

export const $ = (sel) => document.querySelector(sel);

export const QUADS = {
  1: { name: 'Verbal cooperation', color: '#2e7d4f' },
  2: { name: 'Material cooperation', color: '#7cb86a' },
  3: { name: 'Verbal conflict', color: '#e3a232' },
  4: { name: 'Material conflict', color: '#c2412d' },
};

export const STATUS_CLASS = { signed: 'ok', pledged: 'info', proposed: 'muted' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-04-18" or a date-time -> "18 Apr 2024"; null -> "undated". */
export function fmtDate(iso) {
  if (!iso) return 'undated';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

export function fmtGoldstein(g) {
  if (g == null || Number.isNaN(g)) return '–';
  return `${g > 0 ? '+' : ''}${g.toFixed(1)}`;
}

/** A Goldstein value as a coloured badge: green for cooperation, red for conflict. */
export function goldsteinBadge(g) {
  const tone = g == null ? 'muted' : g >= 3 ? 'ok' : g > -3 ? 'info' : 'bad';
  return h('span', { class: `badge ${tone}`, title: 'Goldstein scale, -10 conflict to +10 cooperation' }, fmtGoldstein(g));
}

export function quadBadge(q) {
  const quad = QUADS[q];
  return h('span', { class: 'quad', style: `--q:${quad?.color ?? '#888'}` }, quad?.name ?? `quad class ${q}`);
}

export function actorName(a) {
  if (!a) return 'unknown';
  if (a.__typename === 'Person' && a.country?.code) return `${a.name} (${a.country.code})`;
  return a.name ?? a.__typename;
}

/** Replaces a panel's content with a loading, empty or error message (with a retry button). */
export function setState(el, kind, message, retry) {
  el.replaceChildren(
    h('div', { class: `state ${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-state': kind },
      kind === 'loading' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
      h('span', {}, message),
      retry ? h('button', { type: 'button', onclick: retry }, 'Retry') : null),
  );
  el.setAttribute('aria-busy', String(kind === 'loading'));
}

export function ready(el, ...children) {
  el.replaceChildren(...children.flat(Infinity).filter((c) => c != null && c !== false && c !== ''));
  el.setAttribute('aria-busy', 'false');
}
