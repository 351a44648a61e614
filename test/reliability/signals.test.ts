import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../src/graph/embedded.js';
import { ROOT } from './support/processes.js';

// Stopped as a supervisor stops a service: ONE signal to the ONE process it started (`npm start`
// or `npx diplograph neo4j`, i.e. npm's own pid, not its process group), then nothing of that run
// may be left: no node, no npm, no Neo4j JVM. A run's processes are found by its own data folder,
// which each of them has in its command line (the JVM) or its environment (npm, node).

interface Run {
  dir: string;
  child: ChildProcess;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs: number): Promise<void>;
}

const runs: Run[] = [];

function start(command: string, args: string[], env: Record<string, string>, detached = false): Run {
  const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-signal-'));
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: dir,
      NEO4J_EMBEDDED_PORT: '0',
      NEO4J_HEAP_MB: '256',
      NEO4J_PAGECACHE_MB: '16',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a terminal gives the command it runs.
    detached,
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const run: Run = {
    dir,
    child,
    output: () => out,
    async waitFor(pattern, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(out)) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`exited before ${pattern}:\n${out.slice(-3000)}`);
        if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${out.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
  runs.push(run);
  return run;
}

function readProc(pid: string, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'latin1').replaceAll('\0', ' ');
  } catch {
    return ''; // gone meanwhile, or not ours to read
  }
}

/** Every live process whose command line or environment names the run's data folder. */
function processesOf(run: Run): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    const cmdline = readProc(pid, 'cmdline');
    const stat = readProc(pid, 'stat');
    if (/^\d+ \(.*\) Z /.test(stat)) continue; // a zombie has exited; only its exit status is left
    if (cmdline.includes(run.dir) || readProc(pid, 'environ').includes(`=${run.dir}`)) found.push(`${pid} ${cmdline.trim()}`);
  }
  return found;
}

async function noneLeft(run: Run, withinMs: number): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < withinMs) {
    if (processesOf(run).length === 0) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`still running ${withinMs} ms after the signal:\n${processesOf(run).join('\n')}\n--- output ---\n${run.output().slice(-3000)}`);
}

afterEach(() => {
  for (const run of runs.splice(0)) {
    for (const p of processesOf(run)) {
      try {
        process.kill(Number(p.split(' ')[0]), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(run.dir, { recursive: true, force: true });
  }
});

describe('one signal to the process a supervisor started stops everything of the run', { timeout: 300_000 }, () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`npm start, ${signal} to npm's pid: server and Neo4j JVM gone within 30 s`, async () => {
      const port = await freePort();
      const run = start('npm', ['start'], { PORT: String(port) });
      await run.waitFor(/diplograph ready/, 240_000);
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      const before = processesOf(run);
      expect(before.some((p) => / java .*--data /.test(` ${p}`))).toBe(true);
      expect(before.some((p) => /dist\/cli\.js serve/.test(p))).toBe(true);

      run.child.kill(signal);
      const ms = await noneLeft(run, 30_000);
      console.log(`[signals] npm start, ${signal} to npm: all gone ${ms} ms after the signal`);
      expect(ms).toBeLessThan(30_000);
      expect(run.output()).toMatch(/"msg":"stopped"/);
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    });

    it(`npx diplograph neo4j, ${signal} to npx's pid: Neo4j JVM gone within 30 s`, async () => {
      const run = start('npx', ['diplograph', 'neo4j', '--port', '0'], {});
      await run.waitFor(/^bolt:\/\/127\.0\.0\.1:\d+$/m, 240_000);
      expect(processesOf(run).some((p) => / java .*--data /.test(` ${p}`))).toBe(true);

      run.child.kill(signal);
      const ms = await noneLeft(run, 30_000);
      console.log(`[signals] npx diplograph neo4j, ${signal} to npx: all gone ${ms} ms after the signal`);
      expect(ms).toBeLessThan(30_000);
    });
  }

  it('npm start, Ctrl-C in a terminal (SIGINT to the whole process group): one orderly stop', async () => {
    // node gets the SIGINT twice, from the terminal and forwarded by npm, a few ms apart: that
    // must not count as the second Ctrl-C that exits at once (which would kill Neo4j unflushed).
    const port = await freePort();
    const run = start('npm', ['start'], { PORT: String(port) }, true);
    await run.waitFor(/diplograph ready/, 240_000);
    process.kill(-run.child.pid!, 'SIGINT');
    const ms = await noneLeft(run, 30_000);
    console.log(`[signals] npm start, SIGINT to its process group: all gone ${ms} ms after the signal`);
    expect(run.output()).toMatch(/"msg":"shutting down"/);
    expect(run.output()).toMatch(/"msg":"stopped"/);
  });
});
