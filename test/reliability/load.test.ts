import { loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createDriver, Db } from '../../src/graph/db.js';
import { API_KEY, seedGraph } from '../integration/api/api-helpers.js';
import { resetGraph } from '../integration/helpers.js';
import { CLEAN_INTEGRITY, NO_DUPLICATES, duplicates, integrity } from './support/graph-checks.js';
import { listen, rssMb, type Listening } from './support/http.js';
import { mixedLoad } from './support/load.js';
import { memoryLogger, record } from './support/report.js';

// 50 concurrent clients for a bounded time over real HTTP: 10 writers ingesting (often the same
// article at once) and 40 readers replaying the dashboard's operations. No request may fail, no
// entity may be duplicated, and every article must be whole. `npm run soak` runs it longer.

const SECONDS = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 15);

describe('concurrency and load', () => {
  let db: Db;
  let server: Listening;
  const logged = memoryLogger('error');

  beforeAll(async () => {
    const user = inject('neo4jUser');
    // The production default transaction timeout (QUERY_TIMEOUT_MS) unless told otherwise: a
    // shared, overloaded CI box may need RELIABILITY_TX_TIMEOUT_MS=60000.
    const timeoutMs = Number(process.env.RELIABILITY_TX_TIMEOUT_MS ?? 15_000);
    db = new Db(createDriver({ uri: inject('neo4jUri'), username: user ?? undefined, password: inject('neo4jPassword') ?? undefined }), { timeoutMs });
    await resetGraph(db);
    await seedGraph(db);
    server = await listen(createApp({ db, logger: logged.logger, apiKeys: [API_KEY] }));
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it(`50 clients mixing ingestion and dashboard queries for ${SECONDS} s: no errors, no duplicates`, async () => {
    const rssBefore = rssMb();
    const r = await mixedLoad({ url: server.url, apiKey: API_KEY, writers: 10, readers: 40, seconds: SECONDS, articles: 40 });
    const rssAfter = rssMb();
    const dup = await duplicates(db);
    const check = await integrity(db);
    record('load', {
      what: `50 clients (10 writers, 40 dashboard readers), ${SECONDS} s`,
      seconds: r.seconds,
      requests: r.requests,
      failures: r.failures.length,
      failureSamples: [...new Set(r.failures.map((f) => `${f.kind} ${f.status} ${f.codes.join(',')} ${f.text.slice(0, 120)}`))].slice(0, 5),
      serverErrors: logged.lines.slice(0, 3).map((l) => l.slice(0, 1500)),
      loadAverage: loadavg().map((l) => Math.round(l * 10) / 10),
      ingested: r.ingested,
      latencyMs: r.byKind,
      duplicates: dup,
      integrity: check,
      rssMb: { before: rssBefore, after: rssAfter },
    });
    expect(r.failures.slice(0, 5)).toEqual([]);
    expect(r.requests).toBeGreaterThan(50);
    expect(r.ingested.created ?? 0).toBeGreaterThan(0);
    expect(dup).toEqual(NO_DUPLICATES);
    expect(check).toMatchObject(CLEAN_INTEGRITY);
  }, 300_000);
});
