// User text to a Lucene query for Neo4j's full-text indexes. Every character the query parser
// treats as syntax is escaped and boolean operators are lowered to plain words, so input can
// only ever be terms; the result still travels as a Cypher parameter, never spliced.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);
export const MAX_SEARCH_TERMS = 16;

export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query for a user's search text, or null when it holds no term. The last word also
 * matches as a prefix ("shoi" finds Shoigu), which is what a search box is typed with.
 */
export function luceneQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .slice(0, MAX_SEARCH_TERMS)
    .map((w) => (OPERATORS.has(w) ? w.toLowerCase() : w));
  if (words.length === 0) return null;
  const terms = words.map(escapeLucene);
  const last = words[words.length - 1]!;
  if (/^[\p{L}\p{N}]{3,}$/u.test(last)) terms.push(`${escapeLucene(last)}*`);
  return terms.join(' ');
}
