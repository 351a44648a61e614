import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { createDriver, Db } from '../../../src/graph/db.js';
import { startEmbeddedNeo4j, freePort, type EmbeddedNeo4j } from '../../../src/graph/embedded.js';
import { createLogger } from '../../../src/logger.js';
import { testDb } from '../helpers.js';

const logger = createLogger('silent');

describe('the HTTP probes on the shared Neo4j', () => {
  let db: Db;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(() => db.close());

  it('answers /health and /ready, and serves GraphiQL at /graphql', async () => {
    const app = createApp({ db, logger });
    const health = await app.fetch('http://test/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await app.fetch('http://test/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: true });
    const page = await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Diplograph');
  });

  it('answers a GraphQL query that touches the database', async () => {
    const app = createApp({ db, logger });
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ status { database version } }' }),
    });
    expect(await res.json()).toEqual({ data: { status: { database: true, version: '0.1.0' } } });
  });
});

// A Neo4j of its own, so stopping it does not disturb the other tests.
describe('/ready follows the database', () => {
  let dataDir: string;
  let port: number;
  let neo: EmbeddedNeo4j | undefined;
  let db: Db | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'diplograph-ready-'));
    port = await freePort();
    neo = await startEmbeddedNeo4j({ dataDir, port, heapMb: 512, pageCacheMb: 64 });
    db = new Db(createDriver({ uri: neo.uri }));
  }, 180_000);
  afterAll(async () => {
    await db?.close();
    await neo?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is 503 while Neo4j is stopped and 200 again once it is back, with no restart of the app', async () => {
    const app = createApp({ db: db!, logger });
    expect((await app.fetch('http://test/ready')).status).toBe(200);

    await neo!.stop();
    const down = await app.fetch('http://test/ready');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', database: false });

    neo = await startEmbeddedNeo4j({ dataDir, port, heapMb: 512, pageCacheMb: 64 });
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await app.fetch('http://test/ready')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
  }, 180_000);
});
