import { gql } from './api.js';
import { $, actorName, h, ready, setState } from './dom.js';

// The search box: names, aliases, titles, quotes and sentences, ranked by the API. Picking a
// hit opens it in the details panel (a sentence opens its article).

const LABEL = { PERSON: 'Person', TITLE: 'Title', ORGANIZATION: 'Organization', COUNTRY: 'Country', LOCATION: 'Place', QUOTE: 'Quote', SENTENCE: 'Sentence' };

function targetId(node) {
  return node.__typename === 'Evidence' ? node.article?.id : node.id;
}

function hitLabel(hit) {
  const n = hit.node;
  if (n.__typename === 'Quote') return [`“${n.text}”`, n.speaker ? ` — ${actorName(n.speaker)}` : ''];
  if (n.__typename === 'Evidence') return [n.text, n.article ? ` — ${n.article.title}` : ''];
  if (n.__typename === 'Person') return [actorName(n), hit.type === 'TITLE' ? ` — ${hit.snippet}` : ''];
  return [n.name ?? hit.snippet];
}

export function setupSearch(open) {
  const input = $('#search');
  const box = $('#search-results');
  let timer;
  let asked = 0;
  const hide = () => {
    box.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const show = () => {
    box.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const run = async (query) => {
    const mine = ++asked;
    show();
    setState(box, 'loading', 'Searching…');
    try {
      const { search } = await gql('DashSearch', { query });
      if (mine !== asked) return;
      if (!search.length) return setState(box, 'empty', `Nothing found for “${query}”.`);
      ready(box, search.map((hit) => {
        const id = targetId(hit.node);
        return h('button', { type: 'button', role: 'option', class: 'hit', disabled: !id, onclick: () => { hide(); if (id) open(id); } },
          h('span', { class: 'badge muted' }, LABEL[hit.type] ?? hit.type), ' ', hitLabel(hit));
      }));
    } catch (e) {
      if (mine === asked) setState(box, 'error', e.message, () => run(query));
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return hide();
    timer = setTimeout(() => run(q), 250);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
    if (e.key === 'Enter' && input.value.trim().length >= 2) {
      clearTimeout(timer);
      run(input.value.trim());
    }
    if (e.key === 'ArrowDown') box.querySelector('button')?.focus();
  });
  document.addEventListener('click', (e) => {
    if (!e.target.closest('.search')) hide();
  });
}
