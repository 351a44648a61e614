import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import type { Db } from '../../src/graph/db.js';
import { createLogger } from '../../src/logger.js';
import { API_KEY, seedGraph } from '../integration/api/api-helpers.js';
import { resetGraph, testDb } from '../integration/helpers.js';
import { totals } from './support/graph-checks.js';
import { codesOf, gqlPost, listen, type Answer, type Listening } from './support/http.js';
import { record } from './support/report.js';

// Search strings and ids carrying Cypher and Lucene syntax, through every argument that reaches
// a query: each answer is data or a BAD_USER_INPUT/NOT_FOUND error that says nothing of the
// database, results are only what the words ask for, and nothing is written or deleted.

const PAYLOADS = [
  "'", '"', '\\', '\\\\', "' OR 1=1 //", '" OR ""="', '}) RETURN n //', "}) MATCH (n) DETACH DELETE n //",
  "x'}) RETURN 1 UNION MATCH (n) RETURN n //", '*:*', '*', '?', 'name:*', 'aliasText:shoigu~', '(', ')', '[', ']', '{', '}',
  '[a TO z]', '((((((((', ']]]]]]]]', '"unbalanced', 'shoigu AND NOT x', 'a || b && c', '/regex.*/', '\u0000', '$q',
  '`backtick`', 'CALL db.labels()', "putin' }) WITH 1 AS x MATCH (n) RETURN n //", 'Xi" OR "1"="1', '\\"); DROP',
];

const LEAK = /neo4j|cypher|lucene|org\.apache|java\.|exception|\bat [\w.<>]+ \(|procedure|syntax error|stack/i;
const ALLOWED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

/** The words of a text, as the full-text analyzer keeps them. */
const words = (p: string): string[] => p.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when a result is explained by the payload's words (the last one also as a prefix). */
function explained(payload: string, found: string): boolean {
  const terms = words(payload);
  const last = terms[terms.length - 1];
  return words(found).some((w) => terms.includes(w) || (last !== undefined && last.length >= 3 && w.startsWith(last)));
}

interface Target {
  name: string;
  query: string;
  vars: (p: string) => Record<string, unknown>;
  auth?: boolean;
  /** What the data may hold for this payload (beyond not leaking). */
  check: (data: any, p: string) => void;
}

const TARGETS: Target[] = [
  {
    name: 'search(query)',
    query: 'query($p: String!) { search(query: $p, first: 100) { type snippet } }',
    vars: (p) => ({ p }),
    check: (data, p) => {
      for (const hit of data?.search ?? []) expect(explained(p, String(hit.snippet)), `${JSON.stringify(p)} found "${hit.snippet}"`).toBe(true);
    },
  },
  {
    name: 'person(name)',
    query: 'query($p: String!) { person(name: $p) { name aliases } }',
    vars: (p) => ({ p }),
    check: (data, p) => {
      if (!data?.person) return;
      const names = [data.person.name, ...data.person.aliases].join(' ');
      expect(explained(p, names), `${JSON.stringify(p)} found ${data.person.name}`).toBe(true);
    },
  },
  { name: 'node(id)', query: 'query($p: ID!) { node(id: $p) { id } }', vars: (p) => ({ p }), check: (data) => expect(data?.node ?? null).toBeNull() },
  { name: 'country(code)', query: 'query($p: String!) { country(code: $p) { code } }', vars: (p) => ({ p }), check: (data) => expect(data?.country ?? null).toBeNull() },
  { name: 'person(id)', query: 'query($p: ID!) { person(id: $p) { id } }', vars: (p) => ({ p }), check: (data) => expect(data?.person ?? null).toBeNull() },
  { name: 'articles(after: cursor)', query: 'query($p: String!) { articles(first: 5, after: $p) { edges { node { id } } } }', vars: (p) => ({ p }), check: () => {} },
  {
    name: 'events(where.text)',
    query: 'query($p: String!) { events(first: 100, where: { text: $p }) { edges { node { evidence { text } } } } }',
    vars: (p) => ({ p }),
    check: (data, p) => {
      for (const e of data?.events?.edges ?? []) {
        const text = e.node.evidence.map((s: { text: string }) => s.text).join(' ');
        expect(explained(p, text), `${JSON.stringify(p)} matched an event`).toBe(true);
      }
    },
  },
  { name: 'neighbourhood(id)', query: 'query($p: ID!) { neighbourhood(id: $p) { nodes { id } } }', vars: (p) => ({ p }), check: (data) => expect(data?.neighbourhood?.nodes ?? []).toEqual([]) },
  { name: 'path(from)', query: 'query($p: ID!) { path(from: $p, to: "CHN") { relation } }', vars: (p) => ({ p }), check: (data) => expect(data?.path ?? null).toBeNull() },
  { name: 'deleteArticle(id)', query: 'mutation($p: ID!) { deleteArticle(id: $p) }', vars: (p) => ({ p }), auth: true, check: (data) => expect(data?.deleteArticle).toBe(false) },
];

function assertClean(a: Answer, p: string, where: string): void {
  expect(a.status, `${where} ${JSON.stringify(p)}: HTTP ${a.status} ${a.text.slice(0, 200)}`).toBe(200);
  for (const code of codesOf(a)) expect(ALLOWED_CODES.has(code), `${where} ${JSON.stringify(p)}: ${a.text.slice(0, 300)}`).toBe(true);
  const messages = ((a.json?.errors ?? []) as { message: string }[]).map((e) => e.message.split(p).join('')).join('\n');
  expect(messages, `${where} leaked: ${messages}`).not.toMatch(LEAK);
  expect(JSON.stringify(a.json?.errors ?? []).includes('originalError')).toBe(false);
}

describe('injection through search strings and ids', () => {
  let db: Db;
  let server: Listening;

  beforeAll(async () => {
    db = testDb();
    await resetGraph(db);
    await seedGraph(db);
    server = await listen(createApp({ db, logger: createLogger('silent'), apiKeys: [API_KEY] }));
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('has something to find: plain words do find the seeded people', async () => {
    const a = await gqlPost(server.url, '{ search(query: "Shoigu") { snippet } }');
    expect(a.json.data.search.length).toBeGreaterThan(0);
  });

  it.each(TARGETS)('$name: every payload is data or a clean error, and nothing changes', async (t) => {
    const before = await totals(db);
    const tally = { data: 0, refused: 0, hits: 0 };
    for (const p of PAYLOADS) {
      const a = await gqlPost(server.url, t.query, t.vars(p), t.auth ? { authorization: `Bearer ${API_KEY}` } : {});
      assertClean(a, p, t.name);
      if (a.json?.errors) tally.refused += 1;
      else tally.data += 1;
      t.check(a.json?.data, p);
      if (t.name.startsWith('search')) tally.hits += a.json?.data?.search?.length ?? 0;
    }
    expect(await totals(db)).toEqual(before);
    record('injection', { what: t.name, payloads: PAYLOADS.length, answeredWithData: tally.data, refusedBadInput: tally.refused, searchHits: tally.hits, graphUnchanged: true });
  });

  it('a match-everything Lucene query matches nothing', async () => {
    for (const p of ['*:*', '*', '?', '*?*', '\\*', '[* TO *]'.replace('TO', '~')]) {
      const a = await gqlPost(server.url, 'query($p: String!) { search(query: $p) { snippet } }', { p });
      expect(a.json.data?.search ?? [], p).toEqual([]);
    }
  });
});
