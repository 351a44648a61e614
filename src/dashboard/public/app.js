import { gql } from './api.js';
import { renderAgreements, renderEvents, renderQuotes, renderSummary } from './bilateral.js';
import { closeDetails, onFollow, openNode } from './details.js';
import { $, h, setState } from './dom.js';
import { renderNetwork } from './network.js';
import { renderOfficialSummary } from './official.js';
import { setupSearch } from './search.js';
import { clearTimeline, renderTimeline, statsFromEvents } from './timeline.js';

// The page's composition root: the controls, the route in the address (#/pair/CHN/RUS,
// #/official/<name>), and loading each view into its panels with loading, empty and error states.

const PANELS = ['#summary', '#timeline', '#network', '#events', '#agreements', '#quotes'];
let mode = 'pair';
let netMode = 'people';
let graphs = null; // the current view's networks, re-drawn when the network tab changes
let load = 0;

function banner(message) {
  const el = $('#banner');
  el.hidden = !message;
  el.textContent = message ?? '';
}

function setMode(m) {
  mode = m;
  for (const b of document.querySelectorAll('[data-mode]')) b.setAttribute('aria-selected', String(b.dataset.mode === m));
  $('.pair-fields').hidden = m !== 'pair';
  $('.official-fields').hidden = m !== 'official';
  $('#country-a').required = $('#country-b').required = m === 'pair';
}

function drawNetwork() {
  if (!graphs) return;
  const g = netMode === 'countries' ? graphs.countries : graphs.people;
  renderNetwork($('#network'), g ?? { nodes: [], edges: [] }, openNode,
    g ? 'No interactions in this view.' : 'The country network is shown for country pairs.');
}

/** "Download CSV": every event of the view (not only the latest shown), streamed by the server. */
function csvLink(filter) {
  const link = $('#events-csv');
  link.href = `/export/events.csv?${new URLSearchParams(filter)}`;
  link.hidden = false;
}

function begin() {
  $('#welcome').hidden = true;
  $('#view').hidden = false;
  banner(null);
  graphs = null;
  $('#events-count').textContent = '';
  $('#events-csv').hidden = true;
  clearTimeline($('#timeline'));
  for (const p of PANELS) setState($(p), 'loading', 'Loading…');
  return ++load;
}

function failed(e, retry) {
  banner(`Could not load this view: ${e.message}`);
  for (const p of PANELS) setState($(p), 'error', 'Not loaded.', retry);
}

async function showPair(a, b) {
  const mine = begin();
  const bucket = $('#bucket').value;
  try {
    const data = await gql('DashBilateral', { a, b, dyad: [a, b], bucket, limit: 100 });
    if (mine !== load) return;
    const rel = data.bilateral;
    if (!rel) {
      for (const p of PANELS) setState($(p), 'empty', 'One of these countries is not in the graph.');
      return;
    }
    const pair = `${rel.a.name} and ${rel.b.name}`;
    renderSummary($('#summary'), rel);
    if (rel.totalEvents === 0) setState($('#timeline'), 'empty', `No events reported between ${pair}.`);
    else renderTimeline($('#timeline'), { title: `Events between ${pair}`, bucket, rows: data.timeline, totals: rel.byQuadClass, events: rel.events });
    renderEvents($('#events'), rel.events, openNode, `No events reported between ${pair}.`);
    $('#events-count').textContent = rel.events.length < rel.totalEvents ? `latest ${rel.events.length} of ${rel.totalEvents}` : `${rel.totalEvents}`;
    csvLink({ dyad: `${a},${b}` });
    renderAgreements($('#agreements'), rel.agreements, openNode);
    renderQuotes($('#quotes'), rel.quotes, openNode);
    graphs = { people: data.people, countries: data.countries };
    drawNetwork();
  } catch (e) {
    if (mine === load) failed(e, () => showPair(a, b));
  }
}

async function showOfficial(name) {
  const mine = begin();
  try {
    const { person } = await gql('DashOfficial', { name });
    if (mine !== load) return;
    if (!person) {
      for (const p of PANELS) setState($(p), 'empty', `No official called “${name}” in the graph.`);
      return;
    }
    const events = person.recentEvents;
    renderOfficialSummary($('#summary'), person);
    const bucket = $('#bucket').value;
    if (!events.length) setState($('#timeline'), 'empty', `No events reported for ${person.name}.`);
    else renderTimeline($('#timeline'), { title: `Events of ${person.name}`, bucket, ...statsFromEvents(events, bucket), events });
    renderEvents($('#events'), events, openNode, `No events reported for ${person.name}.`);
    $('#events-count').textContent = `latest ${events.length}`;
    csvLink({ person: person.key });
    setState($('#agreements'), 'empty', 'Agreements are listed for a pair of countries.');
    renderQuotes($('#quotes'), person.quotes, openNode);
    const { network } = await gql('DashPersonNetwork', { person: person.id });
    if (mine !== load) return;
    graphs = { people: network, countries: null };
    drawNetwork();
  } catch (e) {
    if (mine === load) failed(e, () => showOfficial(name));
  }
}

function route() {
  const [, kind, ...rest] = decodeURIComponent(location.hash.slice(1)).split('/');
  if (kind === 'pair' && rest.length === 2) {
    setMode('pair');
    [$('#country-a').value, $('#country-b').value] = rest;
    return showPair(rest[0], rest[1]);
  }
  if (kind === 'official' && rest.length) {
    setMode('official');
    $('#official').value = rest.join('/');
    return showOfficial(rest.join('/'));
  }
  $('#welcome').hidden = false;
  $('#view').hidden = true;
}

async function loadCountries() {
  const selects = [$('#country-a'), $('#country-b')];
  try {
    const { countries } = await gql('DashCountries');
    for (const s of selects) {
      s.append(...countries.map((c) => h('option', { value: c.code }, `${c.name} (${c.code})`)));
      s.disabled = false;
    }
    if (!countries.length) banner('The graph has no countries yet: ingest some articles first.');
  } catch (e) {
    banner(`Could not load the list of countries: ${e.message}`);
  }
}

function wire() {
  for (const b of document.querySelectorAll('[data-mode]')) b.addEventListener('click', () => setMode(b.dataset.mode));
  for (const b of document.querySelectorAll('[data-net]')) {
    b.addEventListener('click', () => {
      netMode = b.dataset.net;
      for (const o of document.querySelectorAll('[data-net]')) o.setAttribute('aria-selected', String(o === b));
      drawNetwork();
    });
  }
  $('#pick').addEventListener('submit', (e) => {
    e.preventDefault();
    if (mode === 'official') {
      const name = $('#official').value.trim();
      if (name) location.hash = `#/official/${encodeURIComponent(name)}`;
      return;
    }
    const a = $('#country-a').value;
    const b = $('#country-b').value;
    if (!a || !b) return banner('Choose two countries.');
    if (a === b) return banner('Choose two different countries.');
    const next = `#/pair/${a}/${b}`;
    if (location.hash === next) route();
    else location.hash = next;
  });
  $('#bucket').addEventListener('change', () => route());
  $('#details .close').addEventListener('click', closeDetails);
  document.addEventListener('keydown', (e) => e.key === 'Escape' && closeDetails());
  window.addEventListener('hashchange', route);
  onFollow({
    official: (name) => { location.hash = `#/official/${encodeURIComponent(name)}`; },
    country: (side, code) => {
      setMode('pair');
      $(side === 'A' ? '#country-a' : '#country-b').value = code;
    },
  });
  setupSearch(openNode);
}

wire();
await loadCountries();
route();
