import { Neo4jError, type Driver, type Session, type SessionConfig } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { Db } from '../../../src/graph/db.js';
import { testDb } from '../helpers.js';

// Db.read runs each read as one auto-commit transaction on the real Neo4j and retries it, as the
// driver retries managed transactions, when the error is retriable. The failures are injected in
// front of the real driver: the first `failures` runs throw the given error, the rest reach Neo4j.

const base = testDb();
afterAll(() => base.close());

function failing(driver: Driver, failures: number, code: string): { driver: Driver; runs: () => number } {
  let runs = 0;
  const proxy = new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop !== 'session') return Reflect.get(target, prop, receiver);
      return (config: SessionConfig = {}) => {
        const session: Session = target.session(config);
        const run = session.run.bind(session);
        session.run = ((...args: Parameters<Session['run']>) => {
          runs += 1;
          if (runs <= failures) throw new Neo4jError(`injected ${code}`, code, '50N42', 'error: general processing exception - unexpected error');
          return run(...args);
        }) as Session['run'];
        return session;
      };
    },
  });
  return { driver: proxy, runs: () => runs };
}

describe('Db.read', () => {
  it('retries a retriable failure and returns what the server answers', async () => {
    const f = failing(base.driver, 2, 'ServiceUnavailable');
    const db = new Db(f.driver);
    const rows = await db.read({ name: 'test.retry', cypher: 'UNWIND range(1, 3) AS x RETURN x * $k AS v', params: { k: 10 } });
    expect(rows).toEqual([{ v: 10 }, { v: 20 }, { v: 30 }]);
    expect(f.runs()).toBe(3);
    expect(db.roundTrips).toBe(1);
  });

  it('does not retry an error that will not go away', async () => {
    const f = failing(base.driver, 0, 'none');
    const db = new Db(f.driver);
    await expect(db.read({ name: 'test.bad', cypher: 'RETURN $x +' , params: { x: 1 } })).rejects.toThrow(/Invalid input|syntax/i);
    expect(f.runs()).toBe(1);
  });

  it('gives up on a retriable failure after the retry window', async () => {
    const f = failing(base.driver, 1_000, 'Neo.TransientError.General.DatabaseUnavailable');
    const db = new Db(f.driver);
    const t0 = Date.now();
    await expect(db.read({ name: 'test.down', cypher: 'RETURN 1 AS v' })).rejects.toThrow();
    const ms = Date.now() - t0;
    expect(f.runs()).toBeGreaterThan(3);
    expect(ms).toBeGreaterThanOrEqual(1_000);
    expect(ms).toBeLessThan(15_000);
  }, 30_000);
});
