import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { createDriver, Db } from '../../../src/graph/db.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('diplograph neo4j', () => {
  it('runs Neo4j in the foreground, prints its Bolt URI, and leaves no JVM behind on Ctrl-C', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'diplograph-cmd-'));
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/diplograph.js'), 'neo4j', '--port', '0', '--data', dataDir], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_HEAP_MB: '512', NEO4J_PAGECACHE_MB: '64' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const uri = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).on('line', (l) => l.startsWith('bolt://') && resolve(l.trim()));
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      expect(uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);

      const db = new Db(createDriver({ uri }));
      expect(await db.read({ name: 'test.ping', cypher: 'RETURN 40 + 2 AS n' })).toEqual([{ n: 42 }]);
      const [{ pid }] = (await db.read({
        name: 'test.pid',
        cypher: "CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes RETURN attributes.Pid.value AS pid",
      })) as [{ pid: number }];
      await db.close();
      expect(alive(pid)).toBe(true);

      child.kill('SIGINT');
      const code = await new Promise<number | null>((r) => child.once('exit', r));
      expect(code).toBe(0);
      expect(alive(pid)).toBe(false);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
