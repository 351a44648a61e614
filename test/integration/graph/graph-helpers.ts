import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../../src/graph/db.js';
import { parseArticle } from '../../../src/ingest/index.js';
import type { ArticleInput } from '../../../src/ingest/types.js';

// Fixtures and graph-wide counts shared by the ingestion tests.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function fixture(name: string): ArticleInput {
  const file = name.startsWith('seeds/') ? path.join(ROOT, name) : path.join(ROOT, 'test/fixtures/graph', name);
  return parseArticle(file, readFileSync(file));
}

/** Every label and relationship type with its count (ingest locks aside: bookkeeping, not graph). */
export async function graphShape(db: Db): Promise<Record<string, number>> {
  const nodes = await db.read({
    name: 'test.labelCounts',
    cypher: "MATCH (n) WHERE NOT n:IngestLock UNWIND labels(n) AS label RETURN label AS k, count(*) AS n",
  });
  const rels = await db.read({
    name: 'test.typeCounts',
    cypher: 'MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n',
  });
  return Object.fromEntries([...nodes, ...rels].map((r) => [String(r.k), Number(r.n)]).sort());
}

export async function values(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<unknown[]> {
  const rows = await db.read({ name: 'test.values', cypher, params });
  return rows.map((r) => r.v);
}

export interface Tally {
  n: number;
  g: number;
  roots: number[];
  quads: number[];
  days: number[];
  pairs: Record<string, [number, number]>;
  events: string[];
}

const close = (x: number) => Math.round(x * 1e6) / 1e6;

/** The tallies (src/graph/cypher/tally.ts) recounted in TypeScript from every event as it stands. */
export async function recountTallies(db: Db): Promise<Map<string, Tally>> {
  const rows = await db.read({
    name: 'test.events',
    cypher: `MATCH (e:Event)
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
WITH e, min(a.publishedAt) AS first
RETURN e.id AS id, toString(coalesce(e.date, date(first))) AS day, e.root AS root, e.quadClass AS quad, e.goldstein AS g,
  [(e)-[:SOURCE_ACTOR]->(c:Country) | c.code] AS sources, [(e)-[:TARGET_ACTOR]->(c:Country) | c.code] AS targets`,
  });
  const out = new Map<string, Tally>();
  for (const r of rows) {
    const day = (r.day as string | null) ?? '';
    const g = Number(r.g);
    const sources = r.sources as string[];
    const targets = r.targets as string[];
    const pairs = [...new Set(sources.flatMap((s) => targets.filter((t) => t !== s).map((t) => [s, t].sort().join('|'))))];
    const scopes = [...new Set([...sources, ...targets]), ...pairs];
    for (const scope of scopes) {
      const key = `${scope} ${day.slice(0, 7)}`;
      const t: Tally = out.get(key) ?? { n: 0, g: 0, roots: Array(20).fill(0), quads: Array(4).fill(0), days: Array(31).fill(0), pairs: {}, events: [] };
      t.n += 1;
      t.g += g;
      const bump = (list: number[], i: number) => (list[i] = (list[i] ?? 0) + 1);
      bump(t.roots, Number(r.root) - 1);
      bump(t.quads, Number(r.quad) - 1);
      if (day) bump(t.days, Number(day.slice(8, 10)) - 1);
      if (scope.includes('|')) t.events.push(String(r.id));
      else for (const p of pairs) t.pairs[p] = [(t.pairs[p]?.[0] ?? 0) + 1, (t.pairs[p]?.[1] ?? 0) + g];
      out.set(key, t);
    }
  }
  return normalise(out);
}

function normalise(m: Map<string, Tally>): Map<string, Tally> {
  for (const t of m.values()) {
    t.g = close(t.g);
    t.events.sort();
    t.pairs = Object.fromEntries(Object.entries(t.pairs).sort(([a], [b]) => a.localeCompare(b)).map(([k, [n, g]]) => [k, [n, close(g)]]));
  }
  return new Map([...m].sort(([a], [b]) => a.localeCompare(b)));
}

/** The tallies as the graph holds them (a tally filed under the wrong key keeps the key it should have). */
export async function storedTallies(db: Db): Promise<Map<string, Tally>> {
  const rows = await db.read({
    name: 'test.tallies',
    cypher: `MATCH (t:Tally)
RETURN t.key AS key, t.scope + ' ' + t.month AS expectedKey, t.n AS n, t.g AS g, t.roots AS roots, t.quads AS quads, t.days AS days,
  t.pairKeys AS pairKeys, t.pairN AS pairN, t.pairG AS pairG, [(t)-[:TALLIES]->(e:Event) | e.id] AS events`,
  });
  const out = new Map<string, Tally>();
  for (const r of rows) {
    const keys = r.pairKeys as string[];
    out.set(r.key === r.expectedKey ? String(r.key) : `misfiled ${String(r.key)}`, {
      n: Number(r.n),
      g: Number(r.g),
      roots: (r.roots as number[]).map(Number),
      quads: (r.quads as number[]).map(Number),
      days: (r.days as number[]).map(Number),
      pairs: Object.fromEntries(keys.map((k, i) => [k, [Number((r.pairN as number[])[i]), Number((r.pairG as number[])[i])]])),
      events: (r.events as string[]).map(String),
    });
  }
  return normalise(out);
}
