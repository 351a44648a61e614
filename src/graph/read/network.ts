import type { Db, Query } from '../db.js';
import { eventMatch, type EventWhere } from './event-filter.js';

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
WITH DISTINCT e, CASE WHEN elementId(s) < elementId(t) THEN [s, t] ELSE [t, s] END AS pair
WITH pair, count(e) AS weight, avg(toFloat(e.goldstein)) AS g
ORDER BY weight DESC, [n IN pair | coalesce(n.id, n.code, n.name)] LIMIT toInteger($limit)
WITH collect({a: pair[0], b: pair[1], weight: weight, g: g}) AS pairs
CALL (pairs) {
  UNWIND pairs AS p
  UNWIND [p.a, p.b] AS n
  WITH n, sum(p.weight) AS w
  RETURN collect(${nodeRef('n', ', weight: w')}) AS nodes
}
RETURN nodes, [p IN pairs | {source: ${nodeRef('p.a')}, target: ${nodeRef('p.b')}, weight: p.weight, meanGoldstein: p.g}] AS edges`,
    params: { ...m.params, limit },
  };
}

export async function network(db: Db, where: EventWhere, kind: NetworkKind, limit = MAX_NETWORK_EDGES): Promise<{ nodes: GraphNodeRow[]; edges: GraphEdgeRow[] }> {
  const [r] = await db.read(networkQuery(where, kind, Math.min(limit, MAX_NETWORK_EDGES)));
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
