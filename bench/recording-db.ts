import type { Driver } from 'neo4j-driver';
import { Db, type Query, type Row } from '../src/graph/db.js';

// A Db that notes every read a request sends, so the raw-Cypher floor replays exactly the
// statements the API's read stores built for that request, through the bare driver.

export class RecordingDb extends Db {
  private log: Query[] | null = null;

  constructor(driver: Driver) {
    super(driver, { timeoutMs: 120_000 });
  }

  // One shared view: the benchmark runs one request at a time while recording.
  override scoped(): Db {
    return this;
  }

  override read(q: Query): Promise<Row[]> {
    this.log?.push(q);
    return super.read(q);
  }

  async record(work: () => Promise<unknown>): Promise<Query[]> {
    this.log = [];
    try {
      await work();
      return this.log;
    } finally {
      this.log = null;
    }
  }
}

/** The floor: the same statements, one after another, each an auto-commit read (as Db.read runs them), records left raw. */
export async function runRaw(driver: Driver, queries: readonly Query[]): Promise<number> {
  let records = 0;
  for (const q of queries) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      const text = q.cypher.startsWith('//') ? q.cypher : `// ${q.name}\n${q.cypher}`;
      // auto-commit, as Db.read runs them: the cheapest way through the driver
      const res = await session.run(text, q.params ?? {});
      records += res.records.length;
    } finally {
      await session.close();
    }
  }
  return records;
}

interface PlanNode {
  dbHits?: number;
  children?: PlanNode[];
}

const hits = (p: PlanNode): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((n, c) => n + hits(c), 0);

/**
 * Database hits of the statements (PROFILE, summed over each plan): the work a query makes Neo4j
 * do, which unlike latency does not depend on what else the machine is running.
 */
export async function profileDbHits(driver: Driver, queries: readonly Query[]): Promise<number> {
  let total = 0;
  for (const q of queries) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      const res = await session.run(`// ${q.name}\nPROFILE\n${q.cypher.replace(/^\/\/[^\n]*\n/, '')}`, q.params ?? {});
      const profile = res.summary.profile as unknown as PlanNode | false;
      if (profile) total += hits(profile);
    } finally {
      await session.close();
    }
  }
  return total;
}
