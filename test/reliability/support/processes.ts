import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

// The real `diplograph` command line as a child process (node bin/diplograph.js ...), with its
// stdout and stderr captured whole, so cases can read its logs and kill it mid-flight.

export const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface Cli {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  exited: Promise<number | null>;
  /** Resolves once the output matches, rejects when the process exits first or time runs out. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
}

export function runCli(args: string[], env: Record<string, string>): Cli {
  const child = spawn(process.execPath, ['bin/diplograph.js', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  return {
    child,
    output: () => out,
    exited,
    async waitFor(pattern, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const m = out.match(pattern);
        if (m) return m;
        if (done) throw new Error(`exited before ${pattern}:\n${out.slice(-2000)}`);
        if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${out.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** Stops a child we started (SIGTERM, then SIGKILL) and waits for it. */
export async function stopCli(cli: Cli | undefined): Promise<void> {
  if (!cli || cli.child.exitCode !== null || cli.child.signalCode !== null) return;
  cli.child.kill('SIGTERM');
  const timer = setTimeout(() => cli.child.kill('SIGKILL'), 10_000);
  await cli.exited;
  clearTimeout(timer);
}
