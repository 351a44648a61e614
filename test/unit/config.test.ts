import { describe, expect, it } from 'vitest';
import { ConfigError, fetchLimits, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 4000,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATA_DIR: '.data',
      NEO4J_EMBEDDED_PORT: 7687,
      NEO4J_HEAP_MB: 1024,
      NEO4J_PAGECACHE_MB: 512,
      API_KEYS: [],
      CORS_ORIGINS: [],
    });
    expect(c.NEO4J_URI).toBeUndefined();
  });

  it('accepts an Aura-style routing URI with credentials', () => {
    const c = loadConfig({
      NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'neo4j',
    });
    expect(c.NEO4J_URI).toBe('neo4j+s://abcd1234.databases.neo4j.io');
    expect(c.NEO4J_DATABASE).toBe('neo4j');
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ NEO4J_URI: '  ', NEO4J_PASSWORD: '' }).NEO4J_URI).toBeUndefined();
  });

  it('splits API keys and CORS origins', () => {
    const c = loadConfig({ API_KEYS: 'aaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbb ,', CORS_ORIGINS: 'http://a.test,http://b.test' });
    expect(c.API_KEYS).toEqual(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']);
    expect(c.CORS_ORIGINS).toEqual(['http://a.test', 'http://b.test']);
  });

  it('lists every problem at once', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', NEO4J_URI: 'http://x', API_KEYS: 'short', NEO4J_HEAP_MB: '1' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join('\n');
    for (const key of ['PORT', 'LOG_LEVEL', 'NEO4J_URI', 'NEO4J_HEAP_MB', 'API_KEYS']) expect(problems).toContain(key);
    expect((err as ConfigError).problems.length).toBeGreaterThanOrEqual(5);
  });

  it('asks for a user name when a password is given for a remote server', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'pw' })).toThrow(/NEO4J_USERNAME/);
  });

  it('refuses private addresses to fetches unless FETCH_ALLOW_PRIVATE is true', () => {
    expect(fetchLimits(loadConfig({}))).toEqual({ allowPrivate: false, totalTimeoutMs: 30_000, maxBytes: 5 * 1024 * 1024 });
    expect(fetchLimits(loadConfig({ FETCH_ALLOW_PRIVATE: 'true', FETCH_TIMEOUT_MS: '5000', FETCH_MAX_MB: '2' })))
      .toEqual({ allowPrivate: true, totalTimeoutMs: 5000, maxBytes: 2 * 1024 * 1024 });
    expect(() => loadConfig({ FETCH_ALLOW_PRIVATE: 'maybe' })).toThrow(/FETCH_ALLOW_PRIVATE/);
  });
});
