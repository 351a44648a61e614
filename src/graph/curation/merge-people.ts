import { awaitSearchRefresh } from '../search-refresh.js';
import type { Db, Query, Tx } from '../db.js';
import { EVIDENCE_SAMPLE } from '../cypher/fragments.js';
import { personOf, props } from '../read/map.js';
import type { PersonRow } from '../read/types.js';

// Analyst curation: two Person nodes that are one official become one. The kept person gains
// the other's name and aliases, and every edge of the merged one (mentions, offices,
// representation, event roles, quotes) moves over with its evidence lists united, in one
// transaction; then the merged node is deleted. REPRESENTS and HELD keep an evidence sample; their
// support, on the articles' MENTIONS edges (`represents`, `held`), moves with those edges.

export class MergePeopleError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'BAD_USER_INPUT',
    message: string,
  ) {
    super(message);
    this.name = 'MergePeopleError';
  }
}

const union = (a: string, b: string) => `reduce(acc = coalesce(${a}, []), x IN coalesce(${b}, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;

const PAIR = 'MATCH (k:Person {id: $keep}), (m:Person {id: $merge})';

// Edges without properties of their own: re-pointed as they are.
const plainMoves: Query[] = ['SOURCE_ACTOR', 'TARGET_ACTOR', 'SAID_BY'].map((type) => ({
  name: `mergePeople.${type}`,
  cypher: `${PAIR}
MATCH (f)-[r:${type}]->(m)
MERGE (f)-[:${type}]->(k)
DELETE r`,
}));

const evidenceMoves: Query[] = [
  {
    name: 'mergePeople.mentions',
    cypher: `${PAIR}
MATCH (a)-[r:MENTIONS]->(m)
MERGE (a)-[n:MENTIONS]->(k)
SET n.sentenceIds = ${union('n.sentenceIds', 'r.sentenceIds')}, n.names = ${union('n.names', 'r.names')},
  n.represents = coalesce(n.represents, r.represents), n.held = ${union('n.held', 'r.held')}
DELETE r`,
  },
  {
    name: 'mergePeople.represents',
    cypher: `${PAIR}
MATCH (m)-[r:REPRESENTS]->(c)
MERGE (k)-[n:REPRESENTS]->(c)
SET n.sentenceIds = ${union('n.sentenceIds', 'r.sentenceIds')}[..${EVIDENCE_SAMPLE}]
DELETE r`,
  },
  {
    name: 'mergePeople.held',
    cypher: `${PAIR}
MATCH (m)-[r:HELD]->(o)
MERGE (k)-[n:HELD {titleKey: coalesce(r.titleKey, toLower(r.title))}]->(o)
ON CREATE SET n.title = r.title
SET n.sentenceIds = ${union('n.sentenceIds', 'r.sentenceIds')}[..${EVIDENCE_SAMPLE}],
  n.firstSeen = CASE WHEN n.firstSeen IS NULL OR r.firstSeen < n.firstSeen THEN r.firstSeen ELSE n.firstSeen END,
  n.lastSeen = CASE WHEN n.lastSeen IS NULL OR r.lastSeen > n.lastSeen THEN r.lastSeen ELSE n.lastSeen END
DELETE r`,
  },
];

const finish: Query = {
  name: 'mergePeople.finish',
  cypher: `${PAIR}
WITH k, m, ${union('k.aliases', 'm.aliases + [m.name]')} AS aliases
SET k.aliases = aliases, k.aliasText = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a),
  k.country = coalesce(k.country, m.country)
DETACH DELETE m
RETURN k {.*} AS k`,
};

async function run(tx: Tx, q: Query, params: Record<string, unknown>) {
  return tx.run({ ...q, params });
}

export async function mergePeople(db: Db, keep: string, merge: string): Promise<PersonRow> {
  if (keep === merge) throw new MergePeopleError('BAD_USER_INPUT', 'keep and merge are the same person');
  const kept = await db.writeTransaction(async (tx) => {
    const params = { keep, merge };
    const found = await run(tx, { name: 'mergePeople.check', cypher: 'MATCH (p:Person) WHERE p.id IN [$keep, $merge] RETURN p.id AS id' }, params);
    const ids = new Set(found.map((r) => String(r.id)));
    for (const id of [keep, merge]) if (!ids.has(id)) throw new MergePeopleError('NOT_FOUND', `no person ${id}`);
    for (const q of [...plainMoves, ...evidenceMoves]) await run(tx, q, params);
    const [row] = await run(tx, finish, params);
    return personOf(props(row!, 'k'));
  });
  // The merged name and aliases are searchable when the mutation answers.
  await awaitSearchRefresh(db);
  return kept;
}
