import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, copyFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

// Starts the bundled Neo4j Community server (neo4j/: a Maven project and a small launcher) when
// no NEO4J_URI is configured. Maven resolves the jars once into its local repository; the
// resulting classpath is cached under .cache/neo4j/<hash of the Maven project>, so later starts
// run no Maven at all.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NEO4J_PROJECT = path.join(ROOT, 'neo4j');
const CACHE_ROOT = path.join(ROOT, '.cache', 'neo4j');
const READY = 'DIPLOGRAPH_NEO4J_READY';

export type EmbeddedErrorCode =
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'MAVEN_FAILED'
  | 'PORT_IN_USE'
  | 'START_FAILED'
  | 'START_TIMEOUT';

export class EmbeddedNeo4jError extends Error {
  constructor(
    readonly code: EmbeddedErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedNeo4jError';
  }
}

export interface EmbeddedOptions {
  /** Folder for the store and Neo4j's own logs; created when missing. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  heapMb?: number;
  pageCacheMb?: number;
  startTimeoutMs?: number;
  /** Progress messages (resolving jars, starting); defaults to silence. */
  onProgress?: (message: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** Stops the JVM (SIGTERM, then SIGKILL after a grace period); safe to call twice. */
  stop(): Promise<void>;
  /** Resolves when the JVM exits, whatever the reason. */
  exited: Promise<number | null>;
}

function hasCommand(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

function projectHash(): string {
  const h = createHash('sha256');
  h.update(readFileSync(path.join(NEO4J_PROJECT, 'pom.xml')));
  h.update(readFileSync(path.join(NEO4J_PROJECT, 'src/main/java/dev/diplograph/neo4j/Launcher.java')));
  return h.digest('hex').slice(0, 16);
}

/** The launcher jar and its classpath, building them with Maven only when the cache lacks them. */
export function resolveClasspath(onProgress: (m: string) => void = () => {}): string {
  if (!hasCommand('java', ['-version'])) {
    throw new EmbeddedNeo4jError(
      'JAVA_MISSING',
      'Java 17+ is needed for the embedded Neo4j but `java` is not on PATH. Install a JDK (e.g. `apt-get install openjdk-17-jdk`) or set NEO4J_URI to use an existing Neo4j 5 server.',
    );
  }
  const dir = path.join(CACHE_ROOT, projectHash());
  const cpFile = path.join(dir, 'classpath.txt');
  const jar = path.join(dir, 'diplograph-neo4j.jar');
  if (existsSync(cpFile) && existsSync(jar)) {
    const entries = readFileSync(cpFile, 'utf8').trim().split(path.delimiter);
    if (entries.length > 0 && entries.every((e) => existsSync(e))) return [jar, ...entries].join(path.delimiter);
  }
  if (!hasCommand('mvn', ['-v'])) {
    throw new EmbeddedNeo4jError(
      'MAVEN_MISSING',
      'Maven is needed once to fetch Neo4j from Maven Central but `mvn` is not on PATH. Install it (e.g. `apt-get install maven`) or set NEO4J_URI to use an existing Neo4j 5 server.',
    );
  }
  onProgress('resolving Neo4j jars with Maven (first run only)');
  mkdirSync(dir, { recursive: true });
  const tmpCp = `${cpFile}.${process.pid}.tmp`;
  const r = spawnSync(
    'mvn',
    ['-q', '-B', '-f', path.join(NEO4J_PROJECT, 'pom.xml'), 'package', 'dependency:build-classpath', `-Dmdep.outputFile=${tmpCp}`],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0 || !existsSync(tmpCp)) {
    const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new EmbeddedNeo4jError('MAVEN_FAILED', `Maven could not build the embedded Neo4j launcher:\n${out}`);
  }
  copyFileSync(path.join(NEO4J_PROJECT, 'target', 'diplograph-neo4j.jar'), `${jar}.${process.pid}.tmp`);
  renameSync(`${jar}.${process.pid}.tmp`, jar);
  renameSync(tmpCp, cpFile);
  return [jar, readFileSync(cpFile, 'utf8').trim()].join(path.delimiter);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const p = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(p));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

function logTail(dataDir: string, stderr: string[]): string {
  const debugLog = path.join(dataDir, 'logs', 'debug.log');
  const parts = [stderr.slice(-20).join('\n')];
  if (existsSync(debugLog)) {
    const lines = readFileSync(debugLog, 'utf8').trim().split('\n');
    parts.push(`--- tail of ${debugLog} ---\n${lines.slice(-15).join('\n')}`);
  }
  return parts.filter((p) => p.trim()).join('\n');
}

/** Starts Neo4j and resolves once Bolt answers. The JVM dies with this process, whatever kills it. */
export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const progress = opts.onProgress ?? (() => {});
  const port = opts.port && opts.port > 0 ? opts.port : await freePort();
  if (!(await portIsFree(port))) {
    throw new EmbeddedNeo4jError(
      'PORT_IN_USE',
      `Port ${port} on 127.0.0.1 is already in use; choose another with NEO4J_EMBEDDED_PORT (or --port), or stop what uses it.`,
    );
  }
  const classpath = resolveClasspath(progress);
  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, '.diplograph'), 'Neo4j store created by Diplograph\n');
  progress(`starting Neo4j on bolt://127.0.0.1:${port} (data in ${dataDir})`);

  const child: ChildProcess = spawn(
    'java',
    [
      `-Xms${Math.min(256, opts.heapMb ?? 1024)}m`,
      `-Xmx${opts.heapMb ?? 1024}m`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-cp',
      classpath,
      'dev.diplograph.neo4j.Launcher',
      '--data',
      dataDir,
      '--port',
      String(port),
      '--pagecache',
      String(opts.pageCacheMb ?? 512),
      '--watch-stdin',
    ],
    // Its own process group: a terminal's Ctrl-C reaches only Node, which then shuts down in
    // order (HTTP, driver, Neo4j). The stdin pipe is the lifeline: when Node dies, even by
    // SIGKILL, the pipe closes and the launcher exits.
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );

  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (l) => {
    stderr.push(l);
    if (stderr.length > 200) stderr.shift();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = () => {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);

  const ready = new Promise<void>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.on('line', (line) => {
      if (line.startsWith(READY)) resolve();
    });
    child.once('error', (e) => reject(new EmbeddedNeo4jError('START_FAILED', `could not run java: ${e.message}`)));
    void exited.then((code) =>
      reject(new EmbeddedNeo4jError('START_FAILED', `Neo4j exited (code ${code}) before it was ready:\n${logTail(dataDir, stderr)}`)),
    );
  });
  const timeoutMs = opts.startTimeoutMs ?? 180_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new EmbeddedNeo4jError('START_TIMEOUT', `Neo4j was not ready after ${timeoutMs} ms:\n${logTail(dataDir, stderr)}`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([ready, timeout]);
  } catch (e) {
    killOnExit();
    process.removeListener('exit', killOnExit);
    throw e;
  } finally {
    clearTimeout(timer);
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const grace = setTimeout(killOnExit, 30_000);
        await exited;
        clearTimeout(grace);
      }
      process.removeListener('exit', killOnExit);
    })();
    return stopping;
  };
  return { uri: `bolt://127.0.0.1:${port}`, port, pid: child.pid ?? -1, stop, exited };
}
