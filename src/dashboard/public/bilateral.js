import { actorName, fmtDate, fmtGoldstein, goldsteinBadge, h, quadBadge, ready, setState, STATUS_CLASS } from './dom.js';

// The lists of a view: events with their evidence, agreements, quotes, and the summary strip.
// Every actor, speaker and article is a button that opens it in the details panel.

function actorButton(a, open) {
  if (!a?.id) return h('span', {}, actorName(a));
  return h('button', { type: 'button', class: 'link', onclick: () => open(a.id) }, actorName(a));
}

const actorList = (list, open) => (list.length ? list.flatMap((a, i) => [i ? ', ' : '', actorButton(a, open)]) : ['–']);

/** The sentence a fact was read from, and a link to its article (its url, else its details). */
export function evidenceBlock(ev, open) {
  const art = ev.article;
  const label = art ? `${art.title}${art.source ? ` · ${art.source}` : ''}${art.publishedAt ? ` · ${fmtDate(art.publishedAt)}` : ''}` : 'article';
  const link = art?.url
    ? h('a', { href: art.url, target: '_blank', rel: 'noopener noreferrer', class: 'article-link' }, label, ' ↗')
    : art
      ? h('button', { type: 'button', class: 'link article-link', onclick: () => open(art.id) }, label)
      : null;
  return h('blockquote', { class: 'evidence' }, h('p', {}, ev.text), link);
}

export function renderEvents(el, events, open, emptyText) {
  if (!events.length) return setState(el, 'empty', emptyText);
  const rows = events.map((e) =>
    h('tr', { 'data-event': e.id },
      h('td', { class: 'nowrap' }, fmtDate(e.date), e.dateText ? h('div', { class: 'muted small' }, e.dateText) : null),
      h('td', { class: 'event-cell' }, h('strong', {}, e.name), h('div', { class: 'small' }, quadBadge(e.quadClass), ' ', h('span', { class: 'muted' }, `CAMEO ${e.code}`))),
      h('td', { class: 'who-cell' }, h('div', {}, actorList(e.source, open)), h('div', { class: 'muted small' }, '→ ', actorList(e.target, open))),
      h('td', {}, e.location ? e.location.name : h('span', { class: 'muted' }, '–')),
      h('td', { class: 'num' }, goldsteinBadge(e.goldstein)),
      h('td', { class: 'evidence-cell' }, e.evidence.map((ev) => evidenceBlock(ev, open))),
    ),
  );
  const head = ['Date', 'Event', 'Who', 'Where', 'Goldstein', 'Evidence'].map((t) => h('th', { scope: 'col' }, t));
  ready(el, h('div', { class: 'table-wrap' }, h('table', { class: 'events' }, h('thead', {}, h('tr', {}, head)), h('tbody', {}, rows))));
}

export function renderAgreements(el, agreements, open) {
  if (!agreements.length) return setState(el, 'empty', 'No agreements reported.');
  ready(el, h('ul', { class: 'items' }, agreements.map((a) =>
    h('li', {},
      h('div', {}, h('span', { class: `badge ${STATUS_CLASS[a.status] ?? 'muted'}` }, a.status), ' ', h('strong', {}, a.name)),
      h('div', { class: 'small muted' }, 'Parties: ', actorList(a.parties, open),
        a.topics.length ? ` · Topics: ${a.topics.map((t) => t.name).join(', ')}` : ''),
      a.evidence.slice(0, 1).map((ev) => evidenceBlock(ev, open)),
    ))));
}

export function renderQuotes(el, quotes, open) {
  if (!quotes.length) return setState(el, 'empty', 'No quotes reported.');
  ready(el, h('ul', { class: 'items' }, quotes.map((q) =>
    h('li', {},
      h('p', { class: 'quote' }, `“${q.text}”`),
      h('div', { class: 'small' }, '— ', q.speaker ? actorButton(q.speaker, open) : h('span', { class: 'muted' }, 'unattributed')),
      q.evidence.slice(0, 1).map((ev) => h('div', { class: 'small muted' }, evidenceBlock(ev, open).lastChild)),
    ))));
}

export function renderSummary(el, b) {
  const quads = b.byQuadClass.map((q) => h('span', { class: 'chip' }, quadBadge(q.quadClass), ` ${q.count}`));
  ready(el,
    h('h1', {}, `${b.a.name} ⇄ ${b.b.name}`),
    h('dl', { class: 'facts' },
      h('div', {}, h('dt', {}, 'Events'), h('dd', { 'data-testid': 'total-events' }, String(b.totalEvents))),
      h('div', {}, h('dt', {}, 'Mean Goldstein'), h('dd', {}, fmtGoldstein(b.meanGoldstein))),
      h('div', {}, h('dt', {}, 'First contact'), h('dd', {}, b.firstContact ? fmtDate(b.firstContact) : '–')),
      h('div', {}, h('dt', {}, 'Last contact'), h('dd', {}, b.lastContact ? fmtDate(b.lastContact) : '–')),
    ),
    h('div', { class: 'chips' }, quads,
      b.descriptors.map((d) => h('span', { class: 'chip descriptor', title: `${d.reports} article(s)` }, d.descriptor))),
  );
}
