import cytoscape from './vendor/cytoscape.js';
import { h, ready, setState } from './dom.js';

// Who interacted with whom: nodes sized by their events in view, edges by shared events and
// coloured by mean Goldstein (red conflict .. green cooperation). Clicking a node opens it.
// Under the canvas, the same nodes as buttons, for keyboards and screen readers.

const KIND_COLOR = { Person: '#3557a6', Country: '#b5651d', Organization: '#6a4c93', Location: '#2a7f8f' };

let cy;

export function renderNetwork(el, graph, open, emptyText) {
  cy?.destroy();
  cy = undefined;
  if (!graph.nodes.length) return setState(el, 'empty', emptyText);
  const canvas = h('div', { class: 'graph', 'data-testid': 'network-graph', role: 'img', 'aria-label': `Network of ${graph.nodes.length} nodes` });
  const byWeight = [...graph.nodes].sort((a, b) => b.weight - a.weight);
  const list = h('ul', { class: 'node-list', 'aria-label': 'Nodes in the network' }, byWeight.map((n) =>
    h('li', {}, h('button', { type: 'button', class: 'chip node', 'data-node': n.id, 'data-kind': n.kind, style: `--k:${KIND_COLOR[n.kind] ?? '#555'}`, onclick: () => open(n.id) }, n.name))));
  ready(el, canvas, list);
  const maxNode = Math.max(1, ...graph.nodes.map((n) => n.weight));
  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.weight));
  cy = cytoscape({
    container: canvas,
    elements: [
      ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind, weight: n.weight } })),
      ...graph.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight, mg: e.meanGoldstein ?? 0 } })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 13,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-outline-color': '#fff',
          'text-outline-width': 2,
          width: `mapData(weight, 0, ${maxNode}, 16, 40)`,
          height: `mapData(weight, 0, ${maxNode}, 16, 40)`,
          'background-color': (n) => KIND_COLOR[n.data('kind')] ?? '#555',
        },
      },
      { selector: 'node[kind = "Country"]', style: { shape: 'round-rectangle' } },
      {
        selector: 'edge',
        style: {
          width: `mapData(weight, 0, ${maxEdge}, 1.5, 7)`,
          'line-color': 'mapData(mg, -10, 10, #c2412d, #2e7d4f)',
          opacity: 0.75,
          'curve-style': 'bezier',
        },
      },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
    ],
    // A handful of nodes on a small circle; cose spreads bigger graphs. maxZoom keeps small graphs from ballooning.
    layout: graph.nodes.length <= 4 ? { name: 'circle', padding: 40, radius: 70 } : { name: 'cose', animate: false, padding: 24, randomize: true },
    minZoom: 0.3,
    maxZoom: 1.6,
  });
  cy.on('tap', 'node', (evt) => open(evt.target.id()));
  // The browser test clicks a node where it is drawn.
  canvas.cy = cy;
}
