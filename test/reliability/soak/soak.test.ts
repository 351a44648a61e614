import { getIntrospectionQuery } from 'graphql';
import { loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { createDriver, Db } from '../../../src/graph/db.js';
import { createLogger } from '../../../src/logger.js';
import { API_KEY, seedGraph } from '../../integration/api/api-helpers.js';
import { resetGraph } from '../../integration/helpers.js';
import { CLEAN_INTEGRITY, NO_DUPLICATES, duplicates, integrity } from '../support/graph-checks.js';
import { gqlPost, listen, post, repeat, rssMb, settle, type Listening } from '../support/http.js';
import { mixedLoad } from '../support/load.js';
import { record } from '../support/report.js';

// The long run: the 50-client mixed load for SOAK_SECONDS, in rounds, with an abuse burst
// (introspection, oversized bodies, deep documents) between rounds. Memory is sampled after each
// round: the last rounds must not hold much more than the first.

const SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
const ROUNDS = 6;

describe('soak', () => {
  let db: Db;
  let server: Listening;

  beforeAll(async () => {
    const user = inject('neo4jUser');
    db = new Db(createDriver({ uri: inject('neo4jUri'), username: user ?? undefined, password: inject('neo4jPassword') ?? undefined }), { timeoutMs: 60_000 });
    await resetGraph(db);
    await seedGraph(db);
    server = await listen(createApp({ db, logger: createLogger('silent'), apiKeys: [API_KEY] }));
  });

  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it(`mixed load and abuse for ${SECONDS} s: no errors, no duplicates, memory flat`, async () => {
    const rss: number[] = [];
    let requests = 0;
    let failures = 0;
    let abuse = 0;
    const p99: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const r = await mixedLoad({ url: server.url, apiKey: API_KEY, writers: 10, readers: 40, seconds: SECONDS / ROUNDS, articles: 300, seed: 'reliability-soak' });
      requests += r.requests;
      failures += r.failures.length;
      p99.push(r.byKind.all!.p99);
      expect(r.failures.slice(0, 5)).toEqual([]);
      const burst = await repeat(30, 10, (i) =>
        i % 3 === 0 ? gqlPost(server.url, getIntrospectionQuery())
        : i % 3 === 1 ? post(server.url, JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(20_000_000) }))
        : gqlPost(server.url, `{ ${'__typename '.repeat(50_000)}}`),
      );
      abuse += burst.length;
      await settle();
      rss.push(rssMb());
    }
    const dup = await duplicates(db);
    const check = await integrity(db);
    record('soak', { loadAverage: loadavg().map((l) => Math.round(l * 10) / 10), seconds: SECONDS, rounds: ROUNDS, requests, failures, abuseRequests: abuse, p99PerRoundMs: p99, rssMbPerRound: rss, duplicates: dup, integrity: check });
    expect(dup).toEqual(NO_DUPLICATES);
    expect(check).toMatchObject(CLEAN_INTEGRITY);
    // Caches warm up in the first rounds; after that the process must not keep growing.
    expect(rss[rss.length - 1]! - rss[1]!).toBeLessThan(250);
  });
});
