import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { createApp, type App, type AppDeps } from '../../../src/app.js';
import type { Db } from '../../../src/graph/db.js';
import { parseArticle } from '../../../src/ingest/index.js';
import { createLogger } from '../../../src/logger.js';
import { ingestArticle, type IngestSummary } from '../../../src/use-cases/ingest-article.js';

// The API tests' seed: the seed article and the fixtures of test/fixtures/api, written by the
// real ingestion, so the API is tested over exactly the graph production builds.

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const API_KEY = 'test-key-0123456789abcdef';

export async function seedGraph(db: Db): Promise<IngestSummary[]> {
  const files = [
    ...readdirSync(path.join(ROOT, 'seeds')).map((f) => path.join(ROOT, 'seeds', f)),
    ...readdirSync(path.join(ROOT, 'test/fixtures/api')).map((f) => path.join(ROOT, 'test/fixtures/api', f)),
  ].sort();
  const out: IngestSummary[] = [];
  for (const f of files) out.push(await ingestArticle(db, parseArticle(f, readFileSync(f)), { now: new Date('2024-06-01T00:00:00Z') }));
  return out;
}

export function testApp(db: Db, extra: Partial<AppDeps> = {}): App {
  return createApp({ db, logger: createLogger('silent'), apiKeys: [API_KEY], exposeRoundTrips: true, ...extra });
}

export interface GqlResult {
  status: number;
  data: any;
  errors?: { message: string; extensions?: { code?: string }; path?: (string | number)[] }[];
  extensions?: { roundTrips?: number };
}

export async function gql(app: App, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) } as GqlResult;
}

/** The data of a query that must succeed. */
export async function ok(app: App, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<any> {
  const r = await gql(app, query, variables, headers);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
}

export const codes = (r: GqlResult): (string | undefined)[] => (r.errors ?? []).map((e) => e.extensions?.code);
