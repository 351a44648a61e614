import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { DASHBOARD_OPERATIONS, operationHash } from '../../../src/dashboard/operations.js';
import type { Db } from '../../../src/graph/db.js';
import { createLogger } from '../../../src/logger.js';
import { resetGraph, testDb } from '../helpers.js';

// The dashboard's server side through the real app (yoga.fetch, real Neo4j): the page and its
// assets, the operations manifest, persisted operations by hash, and arbitrary operations still
// accepted for GraphiQL and other clients.

let db: Db;
let app: App;

beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
  await db.write({ name: 'test.dashboardCountries', cypher: "UNWIND [['CHN','China'],['RUS','Russia']] AS c MERGE (:Country {code: c[0], name: c[1]})" });
  app = createApp({ db, logger: createLogger('silent') });
});

afterAll(async () => {
  await db?.close();
});

const get = async (path: string, init?: RequestInit): Promise<Response> => app.fetch(new Request(`http://localhost${path}`, init));

function post(body: unknown): Promise<Response> {
  return get('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

const persisted = (sha256Hash: string, operationName?: string, variables?: unknown) =>
  post({ operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });

describe('dashboard serving', () => {
  it.each(['/dashboard', '/dashboard/'])('serves the page at %s with a strict content policy', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/dashboard/app.js">');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it.each([
    ['/dashboard/app.js', 'text/javascript', 'no-cache'],
    ['/dashboard/styles.css', 'text/css', 'no-cache'],
    ['/dashboard/vendor/echarts.js', 'text/javascript', 'max-age'],
    ['/dashboard/vendor/cytoscape.js', 'text/javascript', 'max-age'],
  ])('serves %s', async (path, type, cache) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('cache-control')).toContain(cache);
    expect((await res.text()).length).toBeGreaterThan(500);
  });

  it('vendor libraries are the installed ES modules', async () => {
    expect(await (await get('/dashboard/vendor/echarts.js')).text()).toMatch(/export\s*\{[^}]*\binit\b/);
    expect(await (await get('/dashboard/vendor/cytoscape.js')).text()).toMatch(/export\s*\{\s*\w+ as default\s*\}/);
  });

  it.each(['/dashboard/missing.js', '/dashboard/vendor/', '/dashboard/%2e%2e/package.json', '/dashboard/..%2fpackage.json'])('answers 404 for %s', async (path) => {
    expect((await get(path)).status).toBe(404);
  });

  it('refuses writes to the page', async () => {
    const res = await get('/dashboard', { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('publishes the hash of every operation', async () => {
    const manifest = (await (await get('/dashboard/operations.json')).json()) as Record<string, string>;
    expect(manifest).toEqual(Object.fromEntries(DASHBOARD_OPERATIONS.map((op) => [op.name, op.hash])));
  });

  it('runs a persisted operation by its hash', async () => {
    const hash = DASHBOARD_OPERATIONS.find((op) => op.name === 'DashCountries')!.hash;
    const res = await persisted(hash, 'DashCountries');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { countries: [{ code: 'CHN', name: 'China' }, { code: 'RUS', name: 'Russia' }] } });
  });

  it('runs the bilateral operation on an empty pair', async () => {
    const hash = DASHBOARD_OPERATIONS.find((op) => op.name === 'DashBilateral')!.hash;
    const res = await persisted(hash, 'DashBilateral', { a: 'CHN', b: 'RUS', dyad: ['CHN', 'RUS'], bucket: 'MONTH', limit: 100 });
    const body = (await res.json()) as { data: { bilateral: { totalEvents: number; events: unknown[] }; people: { nodes: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.bilateral).toMatchObject({ totalEvents: 0, events: [] });
    expect(body.data.people.nodes).toEqual([]);
  });

  // Every document must also pass the request limits the app enforces (depth, cost, aliases).
  const SAMPLE: Record<string, Record<string, unknown>> = {
    DashCountries: {},
    DashBilateral: { a: 'CHN', b: 'RUS', dyad: ['CHN', 'RUS'], bucket: 'WEEK', limit: 100 },
    DashOfficial: { name: 'Sergei Shoigu' },
    DashPersonNetwork: { person: 'person:sergei shoigu:RUS' },
    DashNode: { id: Buffer.from('Country:CHN').toString('base64') },
    DashSearch: { query: 'Chin' },
  };

  it('has sample variables for every operation', () => {
    expect(Object.keys(SAMPLE).sort()).toEqual(DASHBOARD_OPERATIONS.map((op) => op.name).sort());
  });

  it.each(DASHBOARD_OPERATIONS.map((op) => [op.name, op] as const))('%s runs within the request limits', async (name, op) => {
    const body = (await (await persisted(op.hash, name, SAMPLE[name])).json()) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();
  });

  it('rejects an unknown hash', async () => {
    const body = (await (await persisted(operationHash('{ countries { code } }'))).json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toBe('PersistedQueryNotFound');
  });

  it('still accepts arbitrary operations', async () => {
    const body = (await (await post({ query: '{ countries { code } }' })).json()) as unknown;
    expect(body).toEqual({ data: { countries: [{ code: 'CHN' }, { code: 'RUS' }] } });
  });
});
