import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddedNeo4jError, startEmbeddedNeo4j } from '../../../src/graph/embedded.js';

// The embedded server's clear errors, checked before any JVM starts.

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'diplograph-emb-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('startEmbeddedNeo4j errors', () => {
  it('says the port is taken, and how to choose another', async () => {
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as net.AddressInfo).port;
    try {
      const err = await startEmbeddedNeo4j({ dataDir: tmp(), port }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EmbeddedNeo4jError);
      expect((err as EmbeddedNeo4jError).code).toBe('PORT_IN_USE');
      expect((err as Error).message).toMatch(new RegExp(`Port ${port}.*NEO4J_EMBEDDED_PORT`));
    } finally {
      srv.close();
    }
  });

  it('says what to install, or to set NEO4J_URI, when java is not on PATH', async () => {
    const saved = process.env.PATH;
    process.env.PATH = tmp();
    try {
      const err = await startEmbeddedNeo4j({ dataDir: tmp(), port: 0 }).catch((e: unknown) => e);
      expect((err as EmbeddedNeo4jError).code).toBe('JAVA_MISSING');
      expect((err as Error).message).toMatch(/Java 17.*NEO4J_URI/);
    } finally {
      process.env.PATH = saved;
    }
  });
});
