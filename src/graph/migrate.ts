import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { retally, untalliedEvents } from './cypher/tally.js';
import type { Db, Query } from './db.js';
import { EVIDENCE_SAMPLE, heldKeyOf } from './cypher/fragments.js';

// Applies schema/constraints.cypher. Every statement there is idempotent (IF NOT EXISTS), so this
// runs at every start-up; it then waits for the indexes to come online before the app uses them.

const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/constraints.cypher');

export function schemaStatements(source: string = readFileSync(SCHEMA_FILE, 'utf8')): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The full-text indexes that the schema declares eventually consistent. */
export function eventuallyConsistentIndexes(statements: readonly string[]): string[] {
  return statements.flatMap((s) => {
    const m = /^CREATE FULLTEXT INDEX (\w+)[\s\S]*`fulltext\.eventually_consistent`:\s*true/i.exec(s);
    return m ? [m[1]!] : [];
  });
}

/**
 * A store made before the full-text indexes became eventually consistent keeps its old ones
 * (CREATE ... IF NOT EXISTS leaves an index of that name alone): drop those, so the schema
 * statements create them anew with today's settings (Neo4j then re-populates them).
 */
async function dropOutdatedFulltextIndexes(db: Db, statements: readonly string[]): Promise<string[]> {
  const wanted = eventuallyConsistentIndexes(statements);
  if (wanted.length === 0) return [];
  const rows = await db.read({
    name: 'migrate.fulltextIndexes',
    cypher: `SHOW FULLTEXT INDEXES YIELD name, options
WHERE name IN $wanted AND coalesce(options.indexConfig['fulltext.eventually_consistent'], false) <> true
RETURN name`,
    params: { wanted },
  });
  const outdated = rows.map((r) => String(r.name));
  for (const name of outdated) {
    // The name comes from our own schema file (\w+), never from input.
    await db.write({ name: 'migrate.dropIndex', cypher: `DROP INDEX \`${name}\` IF EXISTS` });
  }
  return outdated;
}

const TALLY_BATCH = 1000;

/**
 * Events written before tallies existed are tallied now, a batch per transaction (a stopped
 * migration resumes where it stopped); a read of the events when every one is tallied.
 */
async function tallyOldEvents(db: Db, log?: (line: string) => void): Promise<number> {
  const ids = (await db.read(untalliedEvents)).map((r) => String(r.id));
  for (let i = 0; i < ids.length; i += TALLY_BATCH) {
    await db.write(retally(ids.slice(i, i + TALLY_BATCH)));
    if (log && (i / TALLY_BATCH) % 50 === 49) log(`tallied ${i + TALLY_BATCH} of ${ids.length} events`);
  }
  return ids.length;
}

/** Rows per transaction of the data migrations below. */
const MIGRATE_BATCH = 500;

/** Runs `q` (which handles at most MIGRATE_BATCH rows and returns how many as `n`) until it is done. */
async function inBatches(db: Db, q: Query): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write(q);
    const n = Number(row?.n ?? 0);
    total += n;
    if (n < MIGRATE_BATCH) return total;
  }
}

/**
 * REPRESENTS and HELD edges of older stores list every supporting article (`articleIds`) and
 * sentence: their support moves to those articles' MENTIONS edges (`represents`, `held`) and
 * their sentences are cut to the evidence sample, a batch per transaction, until none is left.
 */
async function moveEdgeSupport(db: Db): Promise<number> {
  const steps: Query[] = [
    {
      name: 'migrate.representsSupport',
      cypher: `MATCH (p:Person)-[r:REPRESENTS]->(c:Country) WHERE r.articleIds IS NOT NULL
WITH p, r, c LIMIT ${MIGRATE_BATCH}
CALL (p, r, c) {
  UNWIND r.articleIds AS aid
  MATCH (:Article {id: aid})-[m:MENTIONS]->(p)
  SET m.represents = c.code
}
SET r.sentenceIds = coalesce(r.sentenceIds, [])[..${EVIDENCE_SAMPLE}]
REMOVE r.articleIds
RETURN count(*) AS n`,
    },
    {
      name: 'migrate.heldSupport',
      cypher: `MATCH (p:Person)-[h:HELD]->(n) WHERE h.articleIds IS NOT NULL
WITH p, h, ${heldKeyOf('h', 'n')} AS key LIMIT ${MIGRATE_BATCH}
CALL (p, h, key) {
  UNWIND h.articleIds AS aid
  MATCH (:Article {id: aid})-[m:MENTIONS]->(p)
  SET m.held = [x IN coalesce(m.held, []) WHERE x <> key] + key
}
SET h.sentenceIds = coalesce(h.sentenceIds, [])[..${EVIDENCE_SAMPLE}]
REMOVE h.articleIds
RETURN count(*) AS n`,
    },
  ];
  let moved = 0;
  for (const q of steps) moved += await inBatches(db, q);
  return moved;
}

/**
 * Older stores have one IngestLock node per lock key ever taken; writers now take one of a
 * bounded set (lockStripes, keys `<kind>:#<n>`), so the others are deleted, a batch per
 * transaction. A node a running writer holds is deleted once it commits.
 */
function dropUnstripedLocks(db: Db): Promise<number> {
  return inBatches(db, {
    name: 'migrate.unstripedLocks',
    cypher: `MATCH (l:IngestLock) WHERE NOT l.key =~ '[a-z]+:#[0-9]+'
WITH l LIMIT ${MIGRATE_BATCH}
DETACH DELETE l
RETURN count(*) AS n`,
  });
}

export async function migrate(db: Db, opts: { log?: (line: string) => void } = {}): Promise<{ applied: number; recreated: string[]; tallied: number }> {
  const statements = schemaStatements();
  const recreated = await dropOutdatedFulltextIndexes(db, statements);
  for (const [i, cypher] of statements.entries()) {
    // Schema commands cannot share a transaction with other statements: one each.
    await db.write({ name: `migrate#${i + 1}`, cypher });
  }
  await db.write({ name: 'awaitIndexes', cypher: 'CALL db.awaitIndexes(300)' });
  const moved = await moveEdgeSupport(db);
  if (moved > 0) opts.log?.(`moved the support of ${moved} REPRESENTS/HELD edge(s) to their articles' MENTIONS edges`);
  const locks = await dropUnstripedLocks(db);
  if (locks > 0) opts.log?.(`deleted ${locks} ingest lock node(s) of the older one-per-key form`);
  const tallied = await tallyOldEvents(db, opts.log);
  return { applied: statements.length, recreated, tallied };
}
