import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../src/graph/embedded.js';
import { resetGraph, testDb } from '../integration/helpers.js';
import type { Db } from '../../src/graph/db.js';
import { totals } from './support/graph-checks.js';
import { codesOf, gqlPost, type Answer } from './support/http.js';
import { ROOT, runCli, stopCli, type Cli } from './support/processes.js';
import { record } from './support/report.js';

// Auth through the real server process (`diplograph serve` with API_KEYS), its pino output
// captured at the most verbose level: refused calls get a stable code and write nothing, the
// configured key works, and neither the key nor the wrong keys appear anywhere in the logs.

const KEY = 'rel-key-3f9c2a7e51d04b86a1c9';
const OTHER = 'rel-other-key-77d1e0c4b2a9f5';

const MUTATION = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { __typename ... on IngestSummary { articleId status } ... on InvalidArticle { code } } }`;

function article(): Record<string, string> {
  const text = readFileSync(path.join(ROOT, 'test/fixtures/api/02-lavrov-wang-yi.md'), 'utf8');
  return { title: 'Lavrov meets Wang Yi in Moscow', body: text.replace(/^---[\s\S]*?---\s*/, ''), publishedAt: '2024-05-20', url: 'https://example.test/auth-case' };
}

const REFUSED: [string, Record<string, string>][] = [
  ['no Authorization header', {}],
  ['a wrong key of the same length', { authorization: `Bearer ${KEY.slice(0, -1)}x` }],
  ['another wrong key', { authorization: `Bearer ${OTHER}` }],
  ['a 10,000-character key', { authorization: `Bearer ${'k'.repeat(10_000)}` }],
  ['the key without the Bearer scheme', { authorization: KEY }],
  ['the key as Basic credentials', { authorization: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}` }],
  ['an empty Bearer', { authorization: 'Bearer ' }],
  ['the key with a suffix', { authorization: `Bearer ${KEY}extra` }],
  ['two keys', { authorization: `Bearer ${KEY} ${KEY}` }],
];

describe('mutations need a valid API key, and keys never reach the logs', () => {
  let db: Db;
  let server: Cli | undefined;
  let url = '';
  let seedDir = '';

  beforeAll(async () => {
    db = testDb();
    await resetGraph(db);
    seedDir = mkdtempSync(path.join(tmpdir(), 'diplograph-noseeds-'));
    const port = await freePort();
    const user = inject('neo4jUser');
    const password = inject('neo4jPassword');
    server = runCli(['serve'], {
      NEO4J_URI: inject('neo4jUri'),
      ...(user ? { NEO4J_USERNAME: user, NEO4J_PASSWORD: password ?? '' } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      API_KEYS: `${OTHER.slice(0, 3)}-unused-key-000000,${KEY}`,
      LOG_LEVEL: 'trace',
      SEED_DIR: seedDir,
    });
    await server.waitFor(/diplograph ready/, 150_000);
    url = `http://127.0.0.1:${port}`;
  }, 180_000);

  afterAll(async () => {
    await stopCli(server);
    await db?.close();
    rmSync(seedDir, { recursive: true, force: true });
  });

  it.each(REFUSED)('refuses %s with UNAUTHENTICATED and writes nothing', async (_what, headers) => {
    const before = await totals(db);
    const answers: Answer[] = [];
    for (let i = 0; i < 5; i++) answers.push(await gqlPost(url, MUTATION, { input: article() }, headers));
    for (const a of answers) {
      expect(a.status).toBe(401);
      expect(codesOf(a)).toEqual(['UNAUTHENTICATED']);
      expect(a.json.data ?? null).toBeNull();
    }
    expect(await totals(db)).toEqual(before);
    record('auth', { what: _what, tries: answers.length, statuses: [...new Set(answers.map((a) => a.status))], codes: [...new Set(answers.flatMap(codesOf))], written: 0 });
  });

  it('accepts the configured key (case-insensitive scheme, extra spaces)', async () => {
    const first = await gqlPost(url, MUTATION, { input: article() }, { authorization: `Bearer ${KEY}` });
    expect(first.json.errors, first.text).toBeUndefined();
    expect(first.json.data.ingestArticle).toMatchObject({ __typename: 'IngestSummary', status: 'created' });
    const again = await gqlPost(url, MUTATION, { input: article() }, { authorization: `bearer   ${KEY}  ` });
    expect(again.json.data?.ingestArticle, again.text).toMatchObject({ status: 'unchanged' });
  });

  it('never logs a key, right or wrong', async () => {
    // An unexpected error path too: a logged failure must not carry the request's headers.
    await gqlPost(url, '{ __typename', {}, { authorization: `Bearer ${KEY}` });
    await new Promise((r) => setTimeout(r, 500));
    const logs = server!.output();
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [KEY, KEY.slice(0, -1), OTHER, 'k'.repeat(64), Buffer.from(`${KEY}:`).toString('base64')]) {
      expect(logs.includes(secret), `log output contains ${secret.slice(0, 8)}...`).toBe(false);
    }
    record('auth', { what: 'keys in the pino output (LOG_LEVEL=trace)', logBytes: logs.length, logLines: logs.split('\n').length, keysFound: 0 });
  });
});
