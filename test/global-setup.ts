import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver, Db } from '../src/graph/db.js';
import { startEmbeddedNeo4j } from '../src/graph/embedded.js';
import { migrate } from '../src/graph/migrate.js';

// One real Neo4j for the whole integration run: the embedded server on a fresh temporary folder
// and a free port. TEST_NEO4J_URI points the tests at another server instead (its data is wiped).

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string | null;
    neo4jPassword: string | null;
    /** Set only when the tests started the server themselves. */
    neo4jPid: number | null;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_NEO4J_URI;
  let stop = async () => {};
  let uri: string;
  let pid: number | null = null;
  if (external) {
    uri = external;
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'diplograph-test-'));
    const t0 = Date.now();
    const neo = await startEmbeddedNeo4j({ dataDir, port: 0, heapMb: 1024, pageCacheMb: 256 });
    process.stderr.write(`[global-setup] embedded Neo4j at ${neo.uri} in ${Date.now() - t0} ms\n`);
    uri = neo.uri;
    pid = neo.pid;
    stop = async () => {
      await neo.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const user = process.env.TEST_NEO4J_USERNAME ?? null;
  const password = process.env.TEST_NEO4J_PASSWORD ?? null;
  const db = new Db(createDriver({ uri, username: user ?? undefined, password: password ?? undefined }));
  await migrate(db);
  await db.close();
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', user);
  project.provide('neo4jPassword', password);
  project.provide('neo4jPid', pid);
  return stop;
}
