import type { Db } from '../db.js';
import { graphNodeOf, nodeRef, refOf, type GraphEdgeRow, type GraphNodeRow } from './network.js';

// How things connect: the neighbourhood of a node and the shortest path between two, over the
// fact edges only (actors of events, offices, representation, parties, speakers, places), never
// over article co-mentions, so every step is a reported fact with its sentences.

export type Anchor = { label: 'Country' | 'Person' | 'Organization' | 'Location' | 'Event' | 'Agreement' | 'Quote'; key: string };

const FACT_EDGES = 'SOURCE_ACTOR|TARGET_ACTOR|REPRESENTS|HELD|BASED_IN|AT|PARTY|SAID_BY|IN_COUNTRY';
export const MAX_PATH_HOPS = 6;
export const MAX_NEIGHBOURHOOD = 200;

const anchorMatch = (v: string, a: Anchor, param: string): string =>
  `MATCH (${v}:${a.label} {${a.label === 'Country' ? 'code' : 'id'}: $${param}})`;

export interface PathStep {
  from: GraphNodeRow;
  to: GraphNodeRow;
  relation: string;
  sentenceIds: string[];
}

// A step's evidence: the sentence ids an edge keeps, else those of the fact node it leaves from.
const STEP_EVIDENCE = `CASE WHEN r.sentenceIds IS NOT NULL THEN r.sentenceIds[..3]
  ELSE [(f)-[:EVIDENCE]->(s:Sentence) | s.id][..3] END`;

export async function shortestPath(db: Db, from: Anchor, to: Anchor): Promise<PathStep[] | null> {
  const rows = await db.read({
    name: 'path',
    cypher: `${anchorMatch('a', from, 'from')}
${anchorMatch('b', to, 'to')}
MATCH p = shortestPath((a)-[:${FACT_EDGES}*..${MAX_PATH_HOPS}]-(b))
WITH p, nodes(p) AS ns
UNWIND range(0, size(relationships(p)) - 1) AS i
WITH i, ns[i] AS x, ns[i + 1] AS y, relationships(p)[i] AS r
WITH i, x, y, r, startNode(r) AS f
RETURN i, ${nodeRef('x')} AS x, ${nodeRef('y')} AS y, type(r) AS relation, ${STEP_EVIDENCE} AS sentenceIds
ORDER BY i`,
    params: { from: from.key, to: to.key },
  });
  if (rows.length === 0) return from.label === to.label && from.key === to.key ? [] : null;
  return rows.map((r) => ({
    from: graphNodeOf(r.x as Record<string, unknown>),
    to: graphNodeOf(r.y as Record<string, unknown>),
    relation: String(r.relation),
    sentenceIds: Array.isArray(r.sentenceIds) ? r.sentenceIds.map(String) : [],
  }));
}

export async function neighbourhood(db: Db, center: Anchor, depth: 1 | 2, limit: number): Promise<{ nodes: GraphNodeRow[]; edges: GraphEdgeRow[] } | null> {
  const rows = await db.read({
    name: 'neighbourhood',
    cypher: `${anchorMatch('n', center, 'key')}
CALL (n) {
  MATCH p = (n)-[:${FACT_EDGES}*1..${depth}]-(m)
  UNWIND relationships(p) AS r
  WITH DISTINCT r LIMIT toInteger($limit)
  RETURN collect(r) AS rels
}
WITH n, rels, reduce(acc = [n], r IN rels | acc + [startNode(r), endNode(r)]) AS all
UNWIND all AS x
WITH DISTINCT rels, x
WITH rels, collect(${nodeRef('x')}) AS nodes
RETURN nodes, [r IN rels | {source: ${nodeRef('startNode(r)')}, target: ${nodeRef('endNode(r)')}, kind: type(r)}] AS edges`,
    params: { key: center.key, limit: Math.min(limit, MAX_NEIGHBOURHOOD) },
  });
  const r = rows[0];
  if (!r) return null;
  return {
    nodes: (r.nodes as Record<string, unknown>[]).map(graphNodeOf),
    edges: (r.edges as Record<string, unknown>[]).map((e) => ({
      source: refOf(e.source),
      target: refOf(e.target),
      kind: String(e.kind),
      weight: 1,
      meanGoldstein: null,
    })),
  };
}
