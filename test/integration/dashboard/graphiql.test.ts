import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/graph/db.js';
import { resetGraph, testDb } from '../helpers.js';
import { launchBrowser, type Browser } from './browser.js';
import { ingestSeeds, serveApp, type Served } from './serve-seeded.js';

// GraphiQL at /graphql in a real chromium that can reach nothing but the server: every request
// to another host is aborted, as on a machine without internet. The page must render from what
// the server itself sends and run its first example tab against the seed graph.

let db: Db;
let served: Served;
let browser: Browser;
let page: Page;
const blocked: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  db = testDb();
  await resetGraph(db);
  expect(await ingestSeeds(db)).toBeGreaterThan(0);
  served = await serveApp(db);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.setDefaultTimeout(90_000);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  mkdirSync('test-results', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await db?.close();
});

/** What an editor pane shows, its non-breaking spaces (Monaco's) read as spaces. */
async function shown(selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
}

describe('GraphiQL in a browser with no network', { timeout: 240_000 }, () => {
  it('renders from the server alone and runs the first example tab on the seed graph', async () => {
    await page.goto(`${served.url}/graphql`);
    await expect(page.title()).resolves.toBe('Diplograph');
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor();
    // The first example tab is the open one, its query in the editor.
    await expect.poll(() => shown('.graphiql-query-editor')).toContain('query ChinaRussia');

    await run.click();
    await expect.poll(() => shown('.graphiql-response'), { timeout: 90_000 }).toContain('"bilateral"');
    const result = await shown('.graphiql-response');
    expect(result).toContain('"name": "China"');
    expect(result).toContain('"name": "Russia"');
    expect(result).not.toContain('"errors"');
    await page.screenshot({ path: 'test-results/graphiql-china-russia.png' });

    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  });
});
