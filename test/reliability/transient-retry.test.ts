import { describe, expect, it } from 'vitest';
import type { Tx } from '../../src/graph/db.js';
import { cleanGraphDb } from '../integration/helpers.js';

// A real transient error: two write transactions that lock two nodes in opposite order deadlock.
// Neo4j aborts one with a TransientError; Db.writeTransaction (the driver's managed
// transactions) runs it again, so both writes land and the caller never sees the deadlock.

const db = cleanGraphDb();

describe('transient errors', () => {
  it('retries a deadlocked write until it commits', async () => {
    await db.write({ name: 'test.probes', cypher: 'CREATE (:RetryProbe {id: 1, v: 0}), (:RetryProbe {id: 2, v: 0})' });
    const attempts = { a: 0, b: 0 };
    let firstLocks = 0;
    let release!: () => void;
    const bothLocked = new Promise<void>((r) => (release = r));

    const writer = (who: 'a' | 'b', first: number, second: number) =>
      db.writeTransaction(async (tx: Tx) => {
        attempts[who] += 1;
        const bump = (id: number) =>
          tx.run({ name: 'test.bump', cypher: 'MATCH (n:RetryProbe {id: $id}) SET n.v = n.v + 1', params: { id } });
        await bump(first);
        if (attempts[who] === 1) {
          firstLocks += 1;
          if (firstLocks === 2) release();
          await bothLocked;
        }
        await bump(second);
        return who;
      });

    const results = await Promise.all([writer('a', 1, 2), writer('b', 2, 1)]);
    expect(results).toEqual(['a', 'b']);
    // One of the two was aborted by the deadlock and ran again; the other committed first time.
    expect(attempts.a + attempts.b).toBe(3);
    const rows = await db.read({ name: 'test.values', cypher: 'MATCH (n:RetryProbe) RETURN n.id AS id, n.v AS v ORDER BY id' });
    expect(rows).toEqual([
      { id: 1, v: 2 },
      { id: 2, v: 2 },
    ]);
  });
});
