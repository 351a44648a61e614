import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { EmbeddedNeo4jError } from '../graph/embedded.js';
import type { Logger } from '../logger.js';

// What every command shares: the environment read once, known errors printed as one clear
// line (never a bare stack trace), signals turned into an orderly stop.

let loaded: Config | undefined;

export function config(): Config {
  if (!loaded) {
    if (existsSync('.env')) process.loadEnvFile('.env');
    loaded = loadConfig(process.env);
  }
  return loaded;
}

export function fail(e: unknown, logger?: Logger): never {
  const code = (e as { code?: unknown } | null)?.code;
  if (e instanceof ConfigError || e instanceof EmbeddedNeo4jError) {
    process.stderr.write(`diplograph: ${e.message}\n`);
  } else if (code === 'DATABASE_UNAVAILABLE') {
    const cause = (e as Error).cause;
    process.stderr.write(`diplograph: cannot reach Neo4j (${cause instanceof Error ? cause.message : String(e)})\n`);
  } else if (logger) {
    logger.fatal({ err: e }, 'failed');
  } else {
    process.stderr.write(`diplograph: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  process.exit(1);
}

/**
 * First Ctrl-C (SIGINT) or SIGTERM stops in order; a second one exits at once. In a terminal,
 * Ctrl-C under `npm start` reaches node twice (from the terminal, and forwarded by npm), so a
 * signal within a second of the first counts as the same one.
 */
export function onSignals(handler: (signal: string) => Promise<void>): void {
  let first: number | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (first !== undefined) {
        if (Date.now() - first > 1_000) process.exit(130);
        return;
      }
      first = Date.now();
      void handler(signal).then(() => process.exit(0));
    });
  }
}
