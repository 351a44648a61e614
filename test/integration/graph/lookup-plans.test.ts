import { describe, expect, it, vi } from 'vitest';
import { generateArticles } from '../../../bench/generator.js';
import type { Db } from '../../../src/graph/db.js';
import { writeActorEdges } from '../../../src/graph/cypher/fact-writes.js';
import { lockAndFindEvents } from '../../../src/graph/cypher/resolve-reads.js';
import { lockAndResolve } from '../../../src/graph/stores/gdelt-store.js';
import { ingestSources } from '../../../src/use-cases/ingest-files.js';
import { cleanGraphDb, count } from '../helpers.js';

// The event look-ups run after the ingest locks' writes in the same statement. On a populated
// graph the planner sometimes chose a scan of the whole (signature, date) index with a filter for
// them (every event read for every probe, ingestion slowing as the graph grew); USING INDEX SEEK
// rules that out. Checked with PROFILE, after a write in the same transaction, as ingestion runs
// them.

vi.setConfig({ testTimeout: 300_000 });

const db: Db = cleanGraphDb();

interface PlanNode { operatorType: string; dbHits?: number; arguments: Record<string, unknown>; children: PlanNode[] }

const operators = (p: PlanNode): PlanNode[] => [p, ...p.children.flatMap(operators)];

async function profile(cypher: string, params: Record<string, unknown>): Promise<PlanNode[]> {
  const session = db.driver.session();
  const tx = session.beginTransaction();
  try {
    await tx.run("MERGE (l:IngestLock {key: 'test:plan'}) SET l.held = true");
    const res = await tx.run(`PROFILE ${cypher.replace(/^CYPHER [^\n]*\n/m, '')}`, params);
    return operators(res.summary.profile as unknown as PlanNode);
  } finally {
    await tx.rollback();
    await session.close();
  }
}

const eventIndex = (ops: PlanNode[]) => ops.filter((o) => String(o.arguments.Details ?? '').includes('Event(signature, date)'));

describe('event look-ups on a populated graph', () => {
  it('seek the (signature, date) index instead of scanning it', async () => {
    const sources = [...generateArticles({ seed: 'plans', count: 150 })].map((g, i) => ({ ok: true as const, where: `#${i}`, article: g.input }));
    const report = await ingestSources(db, sources);
    expect(report.failures).toEqual([]);
    const events = await count(db, 'MATCH (e:Event) WHERE e.date IS NOT NULL RETURN count(e) AS n');
    expect(events).toBeGreaterThan(300);
    const [stored] = await db.read({
      name: 'test.someEvent',
      cypher: 'MATCH (e:Event) WHERE e.date IS NOT NULL RETURN e.signature AS signature, toString(e.date) AS date LIMIT 1',
    });
    const probes = Array.from({ length: 20 }, (_, i) => ({ signature: i === 0 ? String(stored!.signature) : `none-${i}`, date: String(stored!.date) }));

    const article = lockAndFindEvents(probes.map((p) => `event:${p.signature}`), probes);
    const gdelt = lockAndResolve(
      probes.map((p, i) => ({
        gdeltId: 9_000_000 + i, signature: p.signature, baseId: `event:${p.signature}:${p.date}`, date: p.date, locationId: null,
        code: '040', root: '04', name: 'Consult', quadClass: 1, goldstein: 1, actors: [], article: null,
      })),
    );
    for (const q of [article, gdelt]) {
      const ops = await profile(q.cypher, q.params ?? {});
      const onIndex = eventIndex(ops);
      expect(onIndex.map((o) => o.operatorType.replace(/@.*/, '')), q.name).toEqual(['NodeIndexSeek']);
      // a seek reads the few entries near each probe, not the index's hundreds of events each time
      expect(onIndex[0]!.dbHits ?? 0, q.name).toBeLessThan(events);
    }
    // the stored event is found
    const [found] = await db.writeTransaction((tx) => tx.run(article));
    expect(found?.signature).toBe(stored!.signature);
  });
});

describe('actor look-ups', () => {
  it('look each actor up by its own kind only, one seek per row', async () => {
    // Two events and an agreement with actors of every kind: a WHERE on the kind was planned
    // after the look-ups, so every row sought a Country, a Person and an Organization.
    const rows = [
      { from: 'event:t1', role: 'SOURCE_ACTOR', kind: 'Country', key: 'RUS' },
      { from: 'event:t1', role: 'TARGET_ACTOR', kind: 'Person', key: 'person:t' },
      { from: 'event:t2', role: 'SOURCE_ACTOR', kind: 'Organization', key: 'org:t' },
      { from: 'event:t2', role: 'TARGET_ACTOR', kind: 'Country', key: 'CHN' },
      { from: 'agreement:t', role: 'PARTY', kind: 'Country', key: 'RUS' },
    ].map((r) => ({ ...r, kind: r.kind as 'Country' | 'Person' | 'Organization', sentenceIds: [], fresh: r.from === 'event:t1' }));
    await db.write({
      name: 'test.actors',
      cypher: `CREATE (:Event {id: 'event:t1'}), (:Event {id: 'event:t2'}), (:Agreement {id: 'agreement:t'}),
               (:Country {code: 'RUS'}), (:Country {code: 'CHN'}), (:Person {id: 'person:t'}), (:Organization {id: 'org:t'})`,
    });
    const q = writeActorEdges('article:t', rows);
    const ops = await profile(q.cypher, q.params ?? {});
    const seeks = (label: string) =>
      ops.filter((o) => o.operatorType.startsWith('NodeUniqueIndexSeek') && String(o.arguments.Details ?? '').includes(`:${label}(`))
        .reduce((n, o) => n + (o.dbHits ?? 0), 0);
    expect({
      Event: seeks('Event'), Agreement: seeks('Agreement'), Country: seeks('Country'), Person: seeks('Person'), Organization: seeks('Organization'),
    }).toEqual({ Event: 4, Agreement: 1, Country: 3, Person: 1, Organization: 1 });
    // and every edge is written
    const [edges] = await db.writeTransaction(async (tx) => {
      await tx.run(q);
      return tx.run({ name: 'test.actorEdges', cypher: 'MATCH ()-[r:SOURCE_ACTOR|TARGET_ACTOR|PARTY]->() RETURN count(r) AS n' });
    });
    expect(Number(edges!.n)).toBe(5);
  });
});
