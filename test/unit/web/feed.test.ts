// Feeds in the three formats reduced to item urls and versions; what is no feed is refused.
import { describe, expect, it } from 'vitest';
import { parseInterval } from '../../../src/commands/watch.js';
import { FeedFormatError, parseFeedEntries } from '../../../src/web/feed.js';
import { backoff, HostLimiter } from '../../../src/use-cases/watch-feeds.js';
import { atom, jsonFeed, rss } from '../../support/feeds.js';

const ITEMS = [
  { url: 'https://wire.example/a', title: 'A', date: '2024-05-01T10:00:00Z' },
  { url: 'https://wire.example/b', title: 'B & co', date: '2024-05-02T10:00:00Z' },
];

describe('parseFeedEntries', () => {
  it.each([
    ['RSS 2.0', rss(ITEMS), 'rss', 'Test wire'],
    ['Atom', atom(ITEMS), 'atom', 'Test ministry'],
    ['JSON Feed', jsonFeed(ITEMS), 'json', 'Test JSON'],
  ])('reads %s', (_name, body, format, title) => {
    const feed = parseFeedEntries(body, 'https://wire.example/feed');
    expect(feed).toMatchObject({ format, title });
    expect(feed.entries.map((e) => [e.url, e.title])).toEqual([['https://wire.example/a', 'A'], ['https://wire.example/b', 'B & co']]);
    expect(feed.entries.every((e) => e.version !== '')).toBe(true);
  });

  it('resolves relative links, drops repeats and links that are not http(s)', () => {
    const body = rss([
      { url: '/news/1', title: '1', date: '2024-01-01' },
      { url: '/news/1', title: '1 again', date: '2024-01-01' },
      { url: 'javascript:alert(1)', title: 'x', date: '2024-01-01' },
    ]);
    expect(parseFeedEntries(body, 'https://site.example/feed.xml').entries.map((e) => e.url)).toEqual(['https://site.example/news/1']);
  });

  it.each([['an HTML page', '<!doctype html><html><body>hi</body></html>'], ['garbage', 'not xml at all'], ['empty', '']])('refuses %s', (_n, body) => {
    expect(() => parseFeedEntries(body, 'https://x.example/')).toThrow(FeedFormatError);
  });
});

describe('watch helpers', () => {
  it('backs off exponentially up to a ceiling', () => {
    expect([1, 2, 3, 4, 10].map((n) => backoff(n, 1000, 5000))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('spaces requests to one host, not to different hosts', async () => {
    const limiter = new HostLimiter(150);
    const t0 = Date.now();
    await limiter.wait('https://a.example/1');
    await limiter.wait('https://b.example/1');
    expect(Date.now() - t0).toBeLessThan(100);
    await limiter.wait('https://a.example/2');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it.each([['15m', 900_000], ['30s', 30_000], ['1h', 3_600_000], ['20', 1_200_000]])('reads the interval %s', (v, ms) => {
    expect(parseInterval(v)).toBe(ms);
  });

  it.each(['0s', '5s', 'soon', '-1m'])('refuses the interval %s', (v) => {
    expect(() => parseInterval(v)).toThrow();
  });
});
