import { describe, expect, it } from 'vitest';
import { createDriver, Db } from '../../../src/graph/db.js';
import { freePort } from '../../../src/graph/embedded.js';
import { DatabaseUnavailableError } from '../../../src/graph/errors.js';

// No server listens on the port: the Db must say DATABASE_UNAVAILABLE, and while that is fresh,
// later queries (also through per-request views) fail without trying the server again.

describe('Db when the server is down', () => {
  it('maps the failure to DatabaseUnavailableError, then fails at once without a round trip', async () => {
    const db = new Db(createDriver({ uri: `bolt://127.0.0.1:${await freePort()}` }));
    try {
      const first = await db.read({ name: 'test.down', cypher: 'RETURN 1' }).catch((e: unknown) => e);
      expect(first).toBeInstanceOf(DatabaseUnavailableError);
      expect((first as DatabaseUnavailableError).code).toBe('DATABASE_UNAVAILABLE');
      const tried = db.roundTrips;

      const view = db.scoped();
      await expect(view.read({ name: 'test.down', cypher: 'RETURN 1' })).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(db.write({ name: 'test.down', cypher: 'RETURN 1' })).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(db.roundTrips).toBe(tried);
      expect(view.roundTrips).toBe(0);
      expect(await db.ping()).toBe(false);
    } finally {
      await db.close();
    }
  }, 30_000);
});
