import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../src/app.js';
import type { Db } from '../../src/graph/db.js';
import { createLogger } from '../../src/logger.js';
import { API_KEY } from '../integration/api/api-helpers.js';
import { resetGraph, testDb } from '../integration/helpers.js';
import { BAD_ARTICLES } from './bad-articles.cases.js';
import { CLEAN_INTEGRITY, integrity, totals } from './support/graph-checks.js';
import { codesOf, gqlPost, listen, type Listening } from './support/http.js';
import { runCli } from './support/processes.js';
import { record } from './support/report.js';

// Bad articles through both doors, the `ingest` command and the ingestArticle mutation: each is
// refused with its stable code and leaves the graph exactly as it was, or (odd but valid text)
// is ingested whole, every sentence and fact with it.

const MUTATION = `mutation($input: ArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on IngestSummary { articleId status counts { sentences } }
    ... on InvalidArticle { code message }
  }
}`;

describe('bad articles through the ingestArticle mutation', () => {
  let db: Db;
  let server: Listening;

  beforeAll(async () => {
    db = testDb();
    await resetGraph(db);
    server = await listen(createApp({ db, logger: createLogger('silent'), apiKeys: [API_KEY] }));
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it.each(BAD_ARTICLES.filter((c) => c.input))('$name', async (c) => {
    const before = await totals(db);
    const a = await gqlPost(server.url, MUTATION, { input: c.input }, { authorization: `Bearer ${API_KEY}` });
    expect(a.status, a.text.slice(0, 300)).toBe(200);
    expect(a.json.errors, a.text.slice(0, 300)).toBeUndefined();
    const result = a.json.data.ingestArticle;
    if (c.code) {
      expect(result).toMatchObject({ __typename: 'InvalidArticle', code: c.code });
      expect(await totals(db)).toEqual(before);
    } else {
      expect(result).toMatchObject({ __typename: 'IngestSummary', status: 'created' });
      expect(await integrity(db)).toMatchObject(CLEAN_INTEGRITY);
    }
    const after = await totals(db);
    record('bad-articles-api', { what: c.name, result: result.code ?? result.status, sentences: result.counts?.sentences ?? 0, ms: Math.round(a.ms), nodesAdded: after.nodes - before.nodes });
  }, 180_000);

  it('refuses inputs GraphQL itself cannot type (wrong types, missing body) before any write', async () => {
    const before = await totals(db);
    const wrong = [{ title: 5, body: ['Lavrov met Wang Yi.'] }, { title: 'Talks in Beijing' }, 'not an object', { title: 'T', body: 'B', url: { $ne: 1 } }];
    for (const input of wrong) {
      const a = await gqlPost(server.url, MUTATION, { input }, { authorization: `Bearer ${API_KEY}` });
      expect(a.json.data ?? null).toBeNull();
      expect(codesOf(a).length).toBeGreaterThan(0);
      expect(codesOf(a).every((c) => c === 'BAD_USER_INPUT'), a.text).toBe(true);
    }
    // A null for the non-null variable is refused by yoga itself: HTTP 400, no data.
    const none = await gqlPost(server.url, MUTATION, { input: null }, { authorization: `Bearer ${API_KEY}` });
    expect(none.status).toBe(400);
    expect(none.json.data ?? null).toBeNull();
    expect(await totals(db)).toEqual(before);
    record('bad-articles-api', { what: 'wrong types / missing fields in the GraphQL input', tries: wrong.length + 1, result: 'BAD_USER_INPUT', nodesAdded: 0 });
  });
});

describe('bad articles through `diplograph ingest`', () => {
  let db: Db;
  let dir: string;

  beforeAll(async () => {
    db = testDb();
    await resetGraph(db);
    dir = mkdtempSync(path.join(tmpdir(), 'diplograph-bad-'));
    for (const c of BAD_ARTICLES) writeFileSync(path.join(dir, c.file.name), c.file.content);
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports each bad file with its code, ingests the valid ones whole, and writes nothing partial', async () => {
    const user = inject('neo4jUser');
    const t0 = Date.now();
    const cli = runCli(['ingest', dir], {
      NEO4J_URI: inject('neo4jUri'),
      ...(user ? { NEO4J_USERNAME: user, NEO4J_PASSWORD: inject('neo4jPassword') ?? '' } : {}),
      QUERY_TIMEOUT_MS: '120000',
    });
    const code = await cli.exited;
    const out = cli.output();
    expect(code, out).toBe(1);
    for (const c of BAD_ARTICLES) {
      const line = out.split('\n').find((l) => l.includes(`${c.file.name}: [`));
      if (c.code) expect(line, `${c.file.name} in:\n${out}`).toContain(`[${c.code}]`);
      else expect(line, `${c.file.name} should not fail:\n${out}`).toBeUndefined();
    }
    const valid = BAD_ARTICLES.filter((c) => !c.code).length;
    expect(out).toMatch(new RegExp(`${valid} created`));
    const check = await integrity(db);
    expect(check).toMatchObject({ ...CLEAN_INTEGRITY, articles: valid });
    record('bad-articles-cli', { what: `${BAD_ARTICLES.length} files, one ingest run`, refused: BAD_ARTICLES.length - valid, created: valid, exitCode: code, ms: Date.now() - t0, integrity: check });
  }, 300_000);
});
