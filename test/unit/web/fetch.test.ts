// Fetching within bounds, against a local server: timeouts, redirects, size caps (gzip bombs
// included), content types, conditional GET, and the refusal of loopback, private and metadata
// addresses unless allowed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource, FetchError, isPublicAddress, type FetchOptions } from '../../../src/web/fetch.js';
import { PAGES_DIR } from '../../support/pages.js';
import { serve, startWebServer, type WebServer } from '../../support/web-server.js';

const PAGE = readFileSync(path.join(PAGES_DIR, 'wire-lavrov-blinken.html'));
const LOCAL = { limits: { allowPrivate: true, totalTimeoutMs: 2_000, connectTimeoutMs: 1_000 } } satisfies FetchOptions;

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FetchError) return e;
    throw e;
  }
  throw new Error('expected a FetchError');
}

// 10 MB of zeros gzipped, as 50 concatenated gzip members: a 500 MB body in ~0.5 MB.
const BOMB = (() => {
  const member = zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024), { level: 9 });
  return Buffer.concat(Array.from({ length: 50 }, () => member));
})();

let web: WebServer;
beforeAll(async () => {
  web = await startWebServer({
    '/page.html': serve(PAGE),
    '/gzip.html': serve(zlib.gzipSync(PAGE), 'text/html', { 'content-encoding': 'gzip' }),
    '/br.html': serve(zlib.brotliCompressSync(PAGE), 'text/html', { 'content-encoding': 'br' }),
    '/slow': (_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE), 5_000).unref(),
    '/dribble': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('<p>.</p>'), 100);
      res.on('close', () => clearInterval(timer));
    },
    '/loop': (_req, res) => void res.writeHead(302, { location: '/loop' }).end(),
    '/r1': (_req, res) => void res.writeHead(301, { location: '/r2' }).end(),
    '/r2': (_req, res) => void res.writeHead(307, { location: `${web.origin}/page.html` }).end(),
    '/to-file': (_req, res) => void res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/big': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const more = () => {
        while (sent < 8 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    },
    '/big-declared': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }).end(),
    '/bomb.html': serve(BOMB, 'text/html', { 'content-encoding': 'gzip' }),
    '/report.pdf': serve(Buffer.from('%PDF-1.7\n...'), 'application/pdf'),
    '/none': (_req, res) => void res.writeHead(200).end('no type'),
    '/feed.xml': serve('<rss version="2.0"><channel><title>x</title></channel></rss>', 'application/rss+xml'),
    '/gone': (_req, res) => void res.writeHead(410, { 'content-type': 'text/html' }).end('gone'),
    '/cached': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === 'Mon, 01 Jan 2024 00:00:00 GMT') {
        return void res.writeHead(304, { etag: '"v1"' }).end();
      }
      res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"', 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' }).end(PAGE);
    },
  });
});
afterAll(() => web.close());

describe('fetchResource', () => {
  it('fetches a page, names Diplograph in its User-Agent, and says what it got', async () => {
    const r = await fetchResource(web.url('/page.html'), LOCAL);
    expect(r).toMatchObject({ status: 200, kind: 'html', mediaType: 'text/html', charset: 'utf-8', notModified: false });
    expect(Buffer.from(r.body).equals(PAGE)).toBe(true);
    const seen = web.requests.find((q) => q.path === '/page.html')!;
    expect(seen.headers['user-agent']).toMatch(/^Diplograph\//);
    expect(seen.headers.accept).toContain('text/html');
  });

  it.each(['/gzip.html', '/br.html'])('decompresses %s', async (p) => {
    expect(Buffer.from((await fetchResource(web.url(p), LOCAL)).body).equals(PAGE)).toBe(true);
  });

  it('follows redirects, checking each target, and reports where the body came from', async () => {
    const r = await fetchResource(web.url('/r1'), LOCAL);
    expect(r).toMatchObject({ url: web.url('/page.html'), requested: web.url('/r1'), status: 200 });
    expect((await failure(fetchResource(web.url('/to-file'), LOCAL))).code).toBe('BAD_URL');
  });

  it('stops a redirect loop after 5 redirects', async () => {
    const before = web.requests.filter((q) => q.path === '/loop').length;
    const e = await failure(fetchResource(web.url('/loop'), LOCAL));
    expect(e.code).toBe('TOO_MANY_REDIRECTS');
    expect(web.requests.filter((q) => q.path === '/loop').length - before).toBe(6);
  });

  it('times out on a server that does not answer, and on one that never finishes', async () => {
    for (const p of ['/slow', '/dribble']) {
      const t0 = Date.now();
      const e = await failure(fetchResource(web.url(p), { limits: { ...LOCAL.limits, totalTimeoutMs: 500 } }));
      expect(e.code, p).toBe('TIMEOUT');
      expect(Date.now() - t0, p).toBeLessThan(2_000);
    }
  });

  it('refuses a body over the cap: streamed, declared, or a gzip bomb stopped early', async () => {
    expect((await failure(fetchResource(web.url('/big'), LOCAL))).code).toBe('TOO_LARGE');
    expect((await failure(fetchResource(web.url('/big-declared'), LOCAL))).code).toBe('TOO_LARGE');
    const heap = process.memoryUsage().rss;
    const t0 = Date.now();
    const bomb = await failure(fetchResource(web.url('/bomb.html'), LOCAL));
    expect(bomb.code).toBe('TOO_LARGE');
    expect(bomb.message).toMatch(/once decompressed/);
    expect(Date.now() - t0).toBeLessThan(1_500);
    // 500 MB if it were all inflated; the cap is 5 MB.
    expect(process.memoryUsage().rss - heap).toBeLessThan(100 * 1024 * 1024);
  });

  it('takes only web pages and feeds', async () => {
    expect((await failure(fetchResource(web.url('/report.pdf'), LOCAL))).code).toBe('UNSUPPORTED_TYPE');
    expect((await failure(fetchResource(web.url('/none'), LOCAL))).code).toBe('UNSUPPORTED_TYPE');
    expect((await failure(fetchResource(web.url('/feed.xml'), { ...LOCAL, accept: ['html'] }))).code).toBe('UNSUPPORTED_TYPE');
    expect((await fetchResource(web.url('/feed.xml'), { ...LOCAL, accept: ['feed'] })).kind).toBe('feed');
  });

  it('reports an error status with its code', async () => {
    expect(await failure(fetchResource(web.url('/gone'), LOCAL))).toMatchObject({ code: 'HTTP_STATUS', status: 410 });
  });

  it('makes conditional GETs: 304 is notModified with no body', async () => {
    const first = await fetchResource(web.url('/cached'), LOCAL);
    expect(first).toMatchObject({ etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT', notModified: false });
    expect(await fetchResource(web.url('/cached'), { ...LOCAL, etag: first.etag })).toMatchObject({ status: 304, notModified: true, body: new Uint8Array() });
    expect(await fetchResource(web.url('/cached'), { ...LOCAL, lastModified: first.lastModified })).toMatchObject({ notModified: true });
  });

  it('refuses loopback, private, link-local and metadata addresses by default', async () => {
    const port = new URL(web.origin).port;
    const before = web.requests.length;
    for (const url of [web.url('/page.html'), `http://localhost:${port}/page.html`, `http://[::1]:${port}/`, 'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/', 'http://192.168.1.1/', 'http://0.0.0.0/', 'http://[::ffff:127.0.0.1]/', 'http://100.100.100.200/']) {
      const e = await failure(fetchResource(url, { limits: { totalTimeoutMs: 2_000 } }));
      expect(e.code, url).toBe('BLOCKED_ADDRESS');
      expect(e.message, url).toMatch(/FETCH_ALLOW_PRIVATE/);
    }
    // `localhost` was resolved and refused before connecting: the server saw nothing.
    expect(web.requests.length).toBe(before);
  });

  it('refuses what is not an http(s) url', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/', 'not a url', 'http://user:pw@example.org/']) {
      expect((await failure(fetchResource(url, LOCAL))).code, url).toBe('BAD_URL');
    }
  });
});

describe('isPublicAddress', () => {
  it.each([
    ['8.8.8.8', true], ['2001:4860:4860::8888', true], ['127.0.0.1', false], ['169.254.169.254', false], ['10.1.2.3', false],
    ['172.16.0.1', false], ['192.168.0.1', false], ['::1', false], ['fd00:ec2::254', false], ['fe80::1', false],
    ['::ffff:10.0.0.1', false], ['100.64.0.1', false], ['0.0.0.0', false], ['224.0.0.1', false], ['not-an-ip', false],
  ])('%s -> %s', (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });
});
