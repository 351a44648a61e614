import { actorName, fmtGoldstein, h, ready } from './dom.js';

// The summary strip of the one-official view: who the person is, offices held, and the tone of
// their latest events (the lists and charts are the same components as the bilateral view's).

export function renderOfficialSummary(el, person) {
  const events = person.recentEvents;
  const mean = events.length ? events.reduce((s, e) => s + e.goldstein, 0) / events.length : null;
  const offices = person.positions.map((p) => `${p.title}, ${actorName(p.holder)}`).join('; ');
  ready(el,
    h('h1', {}, person.name, person.country ? h('span', { class: 'muted' }, ` · ${person.country.name}`) : ''),
    h('dl', { class: 'facts' },
      h('div', {}, h('dt', {}, 'Latest events'), h('dd', { 'data-testid': 'total-events' }, String(events.length))),
      h('div', {}, h('dt', {}, 'Mean Goldstein'), h('dd', {}, fmtGoldstein(mean))),
      h('div', { class: 'wide' }, h('dt', {}, 'Offices'), h('dd', {}, offices || '–')),
    ),
    person.aliases.length > 1 ? h('p', { class: 'small muted' }, `Also written: ${person.aliases.filter((a) => a !== person.name).join(', ')}`) : '',
  );
}
