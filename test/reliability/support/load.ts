import { generateArticles } from '../../../bench/generator.js';
import { DASHBOARD_OPERATIONS, type DashboardOperationName } from '../../../src/dashboard/operations.js';
import { codesOf, gqlPost, percentile, type Answer } from './http.js';

// Mixed load: writers posting ingestArticle (articles drawn so several writers often send the
// same one at once, and officials recur across articles), readers replaying the dashboard's own
// operations. Bounded by time and by requests per client.

const MUTATION = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { __typename ... on IngestSummary { status } ... on InvalidArticle { code } } }`;

/** The dashboard's variables, with ids looked up the way the page gets them (from a result). */
async function dashboardVariables(url: string): Promise<Record<DashboardOperationName, Record<string, unknown>>> {
  const ids = await gqlPost(url, '{ person(name: "Lavrov") { id } country(code: "RUS") { id } }');
  const person = ids.json?.data?.person?.id;
  const country = ids.json?.data?.country?.id;
  if (!person || !country) throw new Error(`the load needs the seeded graph: ${ids.text.slice(0, 200)}`);
  return {
    DashCountries: {},
    DashBilateral: { a: 'RUS', b: 'CHN', dyad: ['RUS', 'CHN'], bucket: 'MONTH', limit: 10 },
    DashOfficial: { name: 'Lavrov' },
    DashPersonNetwork: { person },
    DashNode: { id: country },
    DashSearch: { query: 'minister' },
  };
}

export interface LoadOptions {
  url: string;
  apiKey: string;
  writers: number;
  readers: number;
  seconds: number;
  /** Distinct articles the writers draw from. */
  articles: number;
  seed?: string;
}

export interface LoadResult {
  requests: number;
  byKind: Record<string, { n: number; p50: number; p99: number; max: number }>;
  /** Answers that were not a clean success, with what they said. */
  failures: { kind: string; status: number; codes: string[]; text: string }[];
  statuses: Record<string, number>;
  ingested: Record<string, number>;
  seconds: number;
}

export async function mixedLoad(o: LoadOptions): Promise<LoadResult> {
  const pool = [...generateArticles({ seed: o.seed ?? 'reliability-load', count: o.articles })].map((g) => g.input);
  const VARIABLES = await dashboardVariables(o.url);
  const ops = DASHBOARD_OPERATIONS.filter((op) => op.name in VARIABLES);
  const latencies: Record<string, number[]> = {};
  const failures: LoadResult['failures'] = [];
  const statuses: Record<string, number> = {};
  const ingested: Record<string, number> = {};
  const t0 = Date.now();
  const deadline = t0 + o.seconds * 1000;
  const note = (kind: string, a: Answer, ok: boolean) => {
    (latencies[kind] ??= []).push(a.ms);
    if (!ok) failures.push({ kind, status: a.status, codes: codesOf(a), text: a.text.slice(0, 300) });
  };
  const writer = async (w: number) => {
    for (let k = 0; k < 10_000 && Date.now() < deadline; k++) {
      // Writers walk the pool at different strides, so the same article is often in flight twice.
      const input = pool[(w * 7 + k * 3) % pool.length]!;
      const a = await gqlPost(o.url, MUTATION, { input }, { authorization: `Bearer ${o.apiKey}` });
      const result = a.json?.data?.ingestArticle;
      const status = result?.status ?? result?.code ?? 'error';
      ingested[status] = (ingested[status] ?? 0) + 1;
      note('ingestArticle', a, a.status === 200 && !a.json?.errors && result?.__typename === 'IngestSummary');
    }
  };
  const reader = async (r: number) => {
    for (let k = 0; k < 100_000 && Date.now() < deadline; k++) {
      const op = ops[(r + k) % ops.length]!;
      const a = await gqlPost(o.url, op.document, VARIABLES[op.name]);
      note(op.name, a, a.status === 200 && !a.json?.errors && a.json?.data != null);
    }
  };
  await Promise.all([
    ...Array.from({ length: o.writers }, (_, w) => writer(w)),
    ...Array.from({ length: o.readers }, (_, r) => reader(r)),
  ]);
  const byKind: LoadResult['byKind'] = {};
  let requests = 0;
  for (const [kind, ms] of Object.entries(latencies)) {
    requests += ms.length;
    byKind[kind] = { n: ms.length, p50: Math.round(percentile(ms, 50)), p99: Math.round(percentile(ms, 99)), max: Math.round(Math.max(...ms)) };
  }
  for (const f of failures) statuses[f.status] = (statuses[f.status] ?? 0) + 1;
  const all = Object.values(latencies).flat();
  byKind.all = { n: all.length, p50: Math.round(percentile(all, 50)), p99: Math.round(percentile(all, 99)), max: Math.round(Math.max(...all)) };
  return { requests, byKind, failures, statuses, ingested, seconds: (Date.now() - t0) / 1000 };
}
