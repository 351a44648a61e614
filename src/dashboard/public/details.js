import { gql } from './api.js';
import { evidenceBlock } from './bilateral.js';
import { $, actorName, fmtDate, goldsteinBadge, h, ready, setState } from './dom.js';

// The details panel: whatever was clicked (a node of the network, an actor, a search hit, an
// article), fetched whole by its global id.

let showOfficial = () => {};
let showCountry = () => {};

/** Wires the panel's "follow" actions to the app's navigation. */
export function onFollow(handlers) {
  showOfficial = handlers.official;
  showCountry = handlers.country;
}

function recent(events) {
  if (!events?.length) return h('p', { class: 'muted' }, 'No events reported.');
  return h('ul', { class: 'items compact' }, events.map((e) =>
    h('li', {}, h('div', {}, h('span', { class: 'muted small' }, fmtDate(e.date)), ' ', h('strong', {}, e.name),
      e.location ? ` · ${e.location.name}` : '', ' ', goldsteinBadge(e.goldstein)),
    e.evidence.slice(0, 1).map((ev) => evidenceBlock(ev, openNode)))));
}

const section = (title, ...body) => h('section', {}, h('h3', {}, title), ...body);

function render(n) {
  const kind = h('div', { class: 'kind' }, n.__typename);
  switch (n.__typename) {
    case 'Person':
      return [kind, h('h2', {}, n.name), h('p', {}, n.country ? n.country.name : 'Country unknown'),
        n.aliases.length > 1 ? h('p', { class: 'small muted' }, `Also written: ${n.aliases.filter((a) => a !== n.name).join(', ')}`) : null,
        h('button', { type: 'button', class: 'primary', onclick: () => showOfficial(n.name) }, 'Follow this official'),
        section('Offices', n.positions.length ? h('ul', { class: 'items compact' }, n.positions.map((p) => h('li', {}, `${p.title}, ${actorName(p.holder)}`))) : h('p', { class: 'muted' }, 'None reported.')),
        section('Latest events', recent(n.recentEvents))];
    case 'Country':
      return [kind, h('h2', {}, `${n.name} (${n.code})`),
        h('div', { class: 'row' }, ['A', 'B'].map((side) => h('button', { type: 'button', onclick: () => showCountry(side, n.code) }, `Use as country ${side}`))),
        section('People', n.people.length ? h('ul', { class: 'items compact' }, n.people.map((p) => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => openNode(p.id) }, p.name)))) : h('p', { class: 'muted' }, 'None reported.')),
        section('Latest events', recent(n.recentEvents))];
    case 'Organization':
      return [kind, h('h2', {}, n.name), h('p', {}, [n.kind, n.country?.name].filter(Boolean).join(' · ')), section('Latest events', recent(n.recentEvents))];
    case 'Location':
      return [kind, h('h2', {}, n.name), h('p', {}, n.country?.name ?? '')];
    case 'Quote':
      return [kind, h('p', { class: 'quote' }, `“${n.text}”`), h('p', {}, '— ', n.speaker ? actorName(n.speaker) : 'unattributed'),
        n.evidence.map((ev) => evidenceBlock(ev, openNode))];
    case 'Article':
      return [kind, h('h2', {}, n.title), h('p', {}, [n.source, n.publishedAt && fmtDate(n.publishedAt)].filter(Boolean).join(' · ')),
        n.url ? h('a', { href: n.url, target: '_blank', rel: 'noopener noreferrer' }, 'Open the article ↗') : h('p', { class: 'small muted' }, `Stored as ${n.key} (no url given).`)];
    default:
      return [kind, h('p', {}, 'Nothing more to show.')];
  }
}

let current = 0;

export async function openNode(id) {
  const panel = $('#details');
  const body = panel.querySelector('.details-body');
  panel.hidden = false;
  const mine = ++current;
  setState(body, 'loading', 'Loading…');
  try {
    const { node } = await gql('DashNode', { id });
    if (mine !== current) return;
    if (!node) return setState(body, 'empty', 'This item is no longer in the graph.');
    ready(body, ...render(node));
    body.querySelector('h2')?.focus?.();
  } catch (e) {
    if (mine === current) setState(body, 'error', e.message, () => openNode(id));
  }
}

export function closeDetails() {
  $('#details').hidden = true;
}
