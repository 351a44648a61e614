import { createApp } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import type { BenchGraph } from './load-graph.js';
import { ratio, sample, sampleAlternately, type Latency } from './measure.js';
import { createNeo4jGraphqlApp } from './neo4j-graphql.js';
import { profileDbHits, RecordingDb, runRaw } from './recording-db.js';
import { dashboardSuite, type SuiteParams, type SuiteQuery } from './suite.js';

// The dashboard suite measured three ways in one run, one request at a time, in process:
// Diplograph GraphQL (createApp(...).fetch), the raw-Cypher floor (the statements that request
// sent, replayed through the bare driver), and @neo4j/graphql on the same graph and yoga server.

export interface QueryResult {
  name: string;
  diplograph: Latency | null;
  floor: Latency | null;
  neo4jGraphql: Latency | null;
  /** Statements one Diplograph request sends (the floor replays them). */
  statements: number;
  /** Neo4j database hits of those statements (PROFILE): work done, independent of machine load. */
  dbHits: number | null;
  /** Diplograph p95 / floor p95, and / @neo4j/graphql p95. */
  vsFloor: number | null;
  vsNeo4jGraphql: number | null;
  neo4jGraphqlMissing: string;
  errors: string[];
}

export interface SuiteOptions {
  warmup: number;
  iterations: number;
  /** Per query and way: timed runs stop after this long (p99 then rests on fewer samples). */
  budgetMs?: number;
  /**
   * Before any query is timed, the suite's Diplograph requests run in turn for this long: a
   * server just started (the bench reopens its graph in a fresh JVM) runs its first minute
   * partly interpreted, and the first queries measured would pay that alone. 0: none.
   */
  serverWarmupMs?: number;
  log?: (line: string) => void;
}

type FetchApp = { fetch: (url: string, init: RequestInit) => Response | Promise<Response> };

async function gql(app: FetchApp, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await app.fetch('http://127.0.0.1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data ?? {};
}

/** The country with most events, its most frequent partner, and the commonest surname among people. */
export async function chooseParams(g: BenchGraph): Promise<SuiteParams> {
  const [row] = await g.db.read({
    name: 'bench.params',
    cypher: `MATCH (c:Country)<-[:SOURCE_ACTOR|TARGET_ACTOR]-(e:Event)
WITH c, count(DISTINCT e) AS n ORDER BY n DESC, c.code LIMIT 1
MATCH (c)<-[:SOURCE_ACTOR|TARGET_ACTOR]-(e:Event)-[:SOURCE_ACTOR|TARGET_ACTOR]->(o:Country) WHERE o <> c
WITH c, o, count(DISTINCT e) AS m ORDER BY m DESC, o.code LIMIT 1
CALL () { MATCH (p:Person) RETURN p.surnameKey AS s, count(*) AS k ORDER BY k DESC, s LIMIT 1 }
RETURN c.code AS country, o.code AS partner, s AS term`,
  });
  if (!row) throw new Error('the graph has no events between countries');
  const term = String(row.term);
  return { country: String(row.country), dyad: [String(row.country), String(row.partner)], term: term[0]!.toUpperCase() + term.slice(1) };
}

/** Walks `pages` pages to the cursor the measured page starts after. */
async function cursorAfter(app: FetchApp, q: { query: string; variables: Record<string, unknown> }, pages: number, field: string): Promise<string | null> {
  let after: string | null = null;
  for (let i = 0; i < pages; i++) {
    const data = await gql(app, q.query, { ...q.variables, after });
    const info = (data[field] as { pageInfo: { hasNextPage: boolean; endCursor: string | null } }).pageInfo;
    if (!info.hasNextPage) throw new Error(`only ${i + 1} pages of events: the graph is too small for page ${pages + 1}`);
    after = info.endCursor;
  }
  return after;
}

async function measureOne(q: SuiteQuery, apps: { dip: FetchApp; neo: FetchApp; rec: RecordingDb }, opts: SuiteOptions): Promise<QueryResult> {
  const errors: string[] = [];
  const dipVars = { ...q.diplograph.variables };
  const neoVars = { ...q.neo4jGraphql.variables };
  const attempt = async <T>(what: string, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (e) {
      errors.push(`${what}: ${(e as Error).message.slice(0, 300)}`);
      return null;
    }
  };
  let diplograph: Latency | null = null;
  let floor: Latency | null = null;
  let statements = 0;
  let dbHits: number | null = null;
  if (q.pages) {
    dipVars.after = await attempt('diplograph cursor', () => cursorAfter(apps.dip, q.diplograph, q.pages!, 'events'));
    neoVars.after = await attempt('@neo4j/graphql cursor', () => cursorAfter(apps.neo, q.neo4jGraphql, q.pages!, 'eventsConnection'));
  }
  const recorded = await attempt('diplograph', () => apps.rec.record(() => gql(apps.dip, q.diplograph.query, dipVars)));
  if (recorded) {
    statements = recorded.length;
    dbHits = await attempt('profile', () => profileDbHits(apps.rec.driver, recorded));
    // side by side, so that neither pays the server's warm-up or a busy moment alone
    const both = await attempt('diplograph and floor', () =>
      sampleAlternately([() => gql(apps.dip, q.diplograph.query, dipVars), () => runRaw(apps.rec.driver, recorded)], opts),
    );
    [diplograph = null, floor = null] = both ?? [];
  }
  const neo4jGraphql = await attempt('@neo4j/graphql', () =>
    sample(async () => {
      const data = await gql(apps.neo, q.neo4jGraphql.query, neoVars);
      q.neo4jGraphql.post?.(data);
    }, opts),
  );
  return {
    name: q.name,
    diplograph,
    floor,
    neo4jGraphql,
    statements,
    dbHits,
    vsFloor: ratio(diplograph, floor),
    vsNeo4jGraphql: ratio(diplograph, neo4jGraphql),
    neo4jGraphqlMissing: q.neo4jGraphql.missing,
    errors,
  };
}

/** Runs the suite's Diplograph requests in turn (first pages) until `ms` have passed; returns the rounds run. */
async function warmServer(app: FetchApp, suite: readonly SuiteQuery[], ms: number): Promise<number> {
  const start = performance.now();
  let rounds = 0;
  while (performance.now() - start < ms) {
    for (const q of suite) await gql(app, q.diplograph.query, q.diplograph.variables);
    rounds += 1;
  }
  return rounds;
}

export async function runQuerySuite(g: BenchGraph, opts: SuiteOptions): Promise<{ params: SuiteParams; results: QueryResult[] }> {
  const log = opts.log ?? (() => {});
  const rec = new RecordingDb(g.db.driver);
  const dip = createApp({ db: rec, logger: createLogger('silent') }) as unknown as FetchApp;
  const neo = (await createNeo4jGraphqlApp(g.db.driver)) as unknown as FetchApp;
  const params = await chooseParams(g);
  log(`  suite on ${g.n} articles: country ${params.country}, dyad ${params.dyad.join('-')}, search "${params.term}"`);
  const suite = dashboardSuite(params);
  if (opts.serverWarmupMs) {
    const rounds = await warmServer(dip, suite, opts.serverWarmupMs);
    log(`  server warm-up: ${rounds} rounds of the suite in ${Math.round(opts.serverWarmupMs / 1000)} s`);
  }
  const results: QueryResult[] = [];
  for (const q of suite) {
    const r = await measureOne(q, { dip, neo, rec }, opts);
    log(`  ${q.name}: diplograph p95 ${r.diplograph?.p95 ?? '-'} ms, floor ${r.floor?.p95 ?? '-'} ms, @neo4j/graphql ${r.neo4jGraphql?.p95 ?? '-'} ms${r.errors.length ? ` (${r.errors.join(' | ')})` : ''}`);
    results.push(r);
  }
  return { params, results };
}
