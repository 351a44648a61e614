import type { Db } from '../db.js';
import { luceneQuery } from './lucene.js';
import { actorOf, actorProjection, evidenceOf, locationOf, personOf, quoteOf } from './map.js';
import type { ActorRow, EvidenceRow, LocationRow, PersonRow, QuoteRow } from './types.js';

// Full-text search over the indexes of schema/constraints.cypher, in one query ranked by score.

export type SearchType = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'LOCATION' | 'QUOTE' | 'SENTENCE' | 'TITLE';
export const SEARCH_TYPES: SearchType[] = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION', 'QUOTE', 'SENTENCE', 'TITLE'];

export type SearchHit =
  | { type: 'PERSON' | 'ORGANIZATION' | 'COUNTRY'; score: number; node: ActorRow; snippet: string }
  | { type: 'LOCATION'; score: number; node: LocationRow; snippet: string }
  | { type: 'QUOTE'; score: number; node: QuoteRow; snippet: string }
  | { type: 'SENTENCE'; score: number; node: EvidenceRow; snippet: string }
  | { type: 'TITLE'; score: number; node: PersonRow; snippet: string };

const NAME_LABELS: Partial<Record<SearchType, string>> = { PERSON: 'Person', ORGANIZATION: 'Organization', COUNTRY: 'Country', LOCATION: 'Location' };

// Each branch yields (type, score, hit, snippet); only the branches of the requested types are built.
function branches(types: SearchType[]): string[] {
  const out: string[] = [];
  const names = types.filter((t) => NAME_LABELS[t]).map((t) => NAME_LABELS[t]!);
  if (names.length) {
    out.push(`CALL db.index.fulltext.queryNodes('names_fulltext', $q, {limit: toInteger($limit)}) YIELD node, score
WITH node, score WHERE any(l IN labels(node) WHERE l IN $nameLabels)
RETURN CASE WHEN node:Location THEN 'LOCATION' WHEN node:Person THEN 'PERSON' WHEN node:Country THEN 'COUNTRY' ELSE 'ORGANIZATION' END AS type, score,
  CASE WHEN node:Location THEN node {.*} ELSE ${actorProjection('node')} END AS hit, node.name AS snippet`);
  }
  if (types.includes('QUOTE')) {
    out.push(`CALL db.index.fulltext.queryNodes('quotes_fulltext', $q, {limit: toInteger($limit)}) YIELD node, score
RETURN 'QUOTE' AS type, score, node {.*} AS hit, node.text AS snippet`);
  }
  if (types.includes('SENTENCE')) {
    out.push(`CALL db.index.fulltext.queryNodes('sentences_fulltext', $q, {limit: toInteger($limit)}) YIELD node, score
MATCH (a:Article)-[:HAS_SENTENCE]->(node)
RETURN 'SENTENCE' AS type, score, {sentenceId: node.id, index: node.index, text: node.text, articleId: a.id} AS hit, node.text AS snippet`);
  }
  if (types.includes('TITLE')) {
    out.push(`CALL db.index.fulltext.queryRelationships('titles_fulltext', $q, {limit: toInteger($limit)}) YIELD relationship, score
MATCH (p:Person)-[relationship]->()
RETURN 'TITLE' AS type, score, p {.*} AS hit, relationship.title AS snippet`);
  }
  return out;
}

export async function search(db: Db, text: string, types: SearchType[] = SEARCH_TYPES, first = 20): Promise<SearchHit[]> {
  const q = luceneQuery(text);
  const wanted = types.length ? [...new Set(types)] : SEARCH_TYPES;
  if (!q) return [];
  const rows = await db.read({
    name: 'search',
    cypher: `CALL () {
${branches(wanted).join('\nUNION ALL\n')}
}
RETURN type, score, hit, snippet ORDER BY score DESC, snippet LIMIT toInteger($limit)`,
    params: { q, limit: first, nameLabels: wanted.map((t) => NAME_LABELS[t]).filter(Boolean) },
  });
  return rows.map((r) => {
    const hit = r.hit as Record<string, unknown>;
    const base = { score: Number(r.score), snippet: String(r.snippet ?? '') };
    switch (r.type as SearchType) {
      case 'LOCATION':
        return { ...base, type: 'LOCATION', node: locationOf(hit) };
      case 'QUOTE':
        return { ...base, type: 'QUOTE', node: quoteOf(hit) };
      case 'SENTENCE':
        return { ...base, type: 'SENTENCE', node: evidenceOf(hit) };
      case 'TITLE':
        return { ...base, type: 'TITLE', node: personOf(hit) };
      default:
        return { ...base, type: r.type as 'PERSON', node: actorOf(hit) };
    }
  });
}
