import type { Db, Query } from '../db.js';
import { eventMatch, tallyScope, type EventWhere } from './event-filter.js';

// Who interacted with whom, for graph views, in ONE query: actors as nodes, weighted by their
// events; edges between the source and target actors of the same events, weighted by count.

export type NetworkKind = 'PEOPLE' | 'COUNTRIES' | 'ORGANIZATIONS' | 'ACTORS';

/** A node of a graph view: its label and natural key (the API turns them into a global id). */
export interface GraphNodeRow {
  label: string;
  key: string;
  name: string;
  weight: number;
}

export interface GraphEdgeRow {
  source: { label: string; key: string };
  target: { label: string; key: string };
  kind: string;
  weight: number;
  meanGoldstein: number | null;
}

export const MAX_NETWORK_EDGES = 500;

const LABELS: Record<NetworkKind, string> = {
  PEOPLE: 'Person',
  COUNTRIES: 'Country',
  ORGANIZATIONS: 'Organization',
  ACTORS: 'Person|Country|Organization',
};

/** `{label, key, name}` of any node, as graph views show it. */
export const nodeRef = (v: string, extra = ''): string =>
  `{label: head(labels(${v})), key: coalesce(${v}.id, ${v}.code, ${v}.name), name: coalesce(${v}.name, ${v}.code, ${v}.text, ${v}.id)${extra}}`;

/** A node's natural key, as graph views order by it. */
const KEY = (v: string) => `coalesce(${v}.id, ${v}.code, ${v}.name)`;

/** From `pair` (two nodes in key order), `weight` and `g` rows, in order: the nodes and edges of the view. */
const NETWORK_TAIL = `WITH collect({a: pair[0], b: pair[1], weight: weight, g: g}) AS pairs
CALL (pairs) {
  UNWIND pairs AS p
  UNWIND [p.a, p.b] AS n
  WITH n, sum(p.weight) AS w
  RETURN collect(${nodeRef('n', ', weight: w')}) AS nodes
}
RETURN nodes, [p IN pairs | {source: ${nodeRef('p.a')}, target: ${nodeRef('p.b')}, weight: p.weight, meanGoldstein: p.g}] AS edges`;

export function networkQuery(where: EventWhere, kind: NetworkKind, limit: number): Query {
  const m = eventMatch(where);
  const label = LABELS[kind];
  return {
    name: 'network',
    cypher: `${m.cypher}
MATCH (e)-[side:SOURCE_ACTOR|TARGET_ACTOR]->(x:${label})
WITH e, x, type(side) = 'SOURCE_ACTOR' AS isSource
WITH e, collect(CASE WHEN isSource THEN x END) AS sources, collect(CASE WHEN NOT isSource THEN x END) AS targets
UNWIND sources AS s
UNWIND targets AS t
WITH e, s, t WHERE s <> t
WITH DISTINCT e, CASE WHEN ${KEY('s')} < ${KEY('t')} THEN [s, t] ELSE [t, s] END AS pair
WITH pair, count(e) AS weight, avg(toFloat(e.goldstein)) AS g
ORDER BY weight DESC, [n IN pair | ${KEY('n')}] LIMIT toInteger($limit)
${NETWORK_TAIL}`,
    params: { ...m.params, limit },
  };
}

/**
 * The country network read from the tallies kept at write time, when they hold it: for one
 * country (the pairs of its events, from its tallies' pair counts) or for every event (the pair
 * tallies); null for other filters and kinds. Counts what networkQuery counts.
 */
export function tallyNetworkQuery(where: EventWhere, kind: NetworkKind, limit: number): Query | null {
  const scope = tallyScope(where);
  if (kind !== 'COUNTRIES' || scope === null || scope.includes('|')) return null;
  const pairs =
    scope === ''
      ? `MATCH (t:Tally) WHERE t.scope CONTAINS '|'
WITH t.scope AS k, sum(t.n) AS weight, sum(t.g) AS gs`
      : `MATCH (t:Tally {scope: $scope})
UNWIND range(0, size(t.pairKeys) - 1) AS i
WITH t.pairKeys[i] AS k, sum(t.pairN[i]) AS weight, sum(t.pairG[i]) AS gs`;
  return {
    name: 'network.tallies',
    cypher: `${pairs}
WITH split(k, '|') AS codes, weight, gs / weight AS g
ORDER BY weight DESC, codes LIMIT toInteger($limit)
MATCH (a:Country {code: codes[0]}), (b:Country {code: codes[1]})
WITH [a, b] AS pair, codes, weight, g
ORDER BY weight DESC, codes
${NETWORK_TAIL}`,
    params: { scope, limit },
  };
}

export async function network(
  db: Db,
  where: EventWhere,
  kind: NetworkKind,
  limit = MAX_NETWORK_EDGES,
  opts: { tallies?: boolean } = {},
): Promise<{ nodes: GraphNodeRow[]; edges: GraphEdgeRow[] }> {
  const n = Math.min(limit, MAX_NETWORK_EDGES);
  const fast = opts.tallies === false ? null : tallyNetworkQuery(where, kind, n);
  const [r] = await db.read(fast ?? networkQuery(where, kind, n));
  const nodes = ((r?.nodes ?? []) as Record<string, unknown>[]).map(graphNodeOf);
  const edges = ((r?.edges ?? []) as Record<string, unknown>[]).map((x) => ({
    source: refOf(x.source),
    target: refOf(x.target),
    kind: 'INTERACTED',
    weight: Number(x.weight),
    meanGoldstein: x.meanGoldstein === null ? null : Number(x.meanGoldstein),
  }));
  nodes.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
  return { nodes, edges };
}

export function refOf(v: unknown): { label: string; key: string } {
  const o = v as Record<string, unknown>;
  return { label: String(o.label), key: String(o.key) };
}

export function graphNodeOf(o: Record<string, unknown>): GraphNodeRow {
  return { label: String(o.label), key: String(o.key), name: String(o.name ?? o.key), weight: Number(o.weight ?? 1) };
}
