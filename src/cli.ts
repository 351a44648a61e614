import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { EmbeddedNeo4jError, startEmbeddedNeo4j } from './graph/embedded.js';
import { serve } from './server.js';

// The command line: the edge where the environment is read once and errors become exit codes.

if (existsSync('.env')) process.loadEnvFile('.env');

function config(): Config {
  return loadConfig(process.env);
}

/** Prints a known error as one clear message (no stack) and exits non-zero. */
function fail(e: unknown, logger?: Logger): never {
  if (e instanceof ConfigError || e instanceof EmbeddedNeo4jError) {
    process.stderr.write(`diplograph: ${e.message}\n`);
  } else if (e instanceof Error && (e as { code?: string }).code === 'DATABASE_UNAVAILABLE') {
    process.stderr.write(`diplograph: cannot reach Neo4j (${e.cause instanceof Error ? e.cause.message : e.message})\n`);
  } else if (logger) {
    logger.fatal({ err: e }, 'failed');
  } else {
    process.stderr.write(`diplograph: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  process.exit(1);
}

function onSignals(handler: (signal: string) => Promise<void>): void {
  let seen = 0;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      seen += 1;
      if (seen > 1) process.exit(130);
      void handler(signal).then(() => process.exit(0));
    });
  }
}

const program = new Command()
  .name('diplograph')
  .description('A knowledge graph of diplomatic relations built from news')
  .showHelpAfterError();

program
  .command('serve')
  .description('start Neo4j (embedded unless NEO4J_URI is set), load the seeds, serve GraphQL')
  .action(async () => {
    let logger: Logger | undefined;
    try {
      const cfg = config();
      logger = createLogger(cfg.LOG_LEVEL);
      const running = await serve(cfg, logger);
      let stopping = false;
      onSignals((s) => {
        stopping = true;
        return running.shutdown(s);
      });
      void running.graph.embedded?.exited.then(() => {
        if (stopping) return;
        logger?.error('embedded Neo4j exited unexpectedly');
        void running.shutdown('neo4j exited').then(() => process.exit(1));
      });
    } catch (e) {
      fail(e, logger);
    }
  });

program
  .command('neo4j')
  .description('run the embedded Neo4j alone in the foreground and print its Bolt URI')
  .addOption(new Option('--port <n>', 'Bolt port on 127.0.0.1').argParser((v) => Number.parseInt(v, 10)))
  .option('--data <dir>', 'data folder (default: $DATA_DIR/neo4j)')
  .action(async (opts: { port?: number; data?: string }) => {
    try {
      const cfg = config();
      if (opts.port !== undefined && !(opts.port >= 0 && opts.port <= 65535)) throw new Error('--port must be 0..65535');
      const neo = await startEmbeddedNeo4j({
        dataDir: opts.data ?? path.join(cfg.DATA_DIR, 'neo4j'),
        port: opts.port ?? cfg.NEO4J_EMBEDDED_PORT,
        heapMb: cfg.NEO4J_HEAP_MB,
        pageCacheMb: cfg.NEO4J_PAGECACHE_MB,
        onProgress: (m) => process.stderr.write(`${m}\n`),
      });
      process.stdout.write(`${neo.uri}\n`);
      process.stderr.write(`Neo4j is running; use NEO4J_URI=${neo.uri} in other processes. Ctrl-C stops it.\n`);
      onSignals(() => neo.stop());
      const code = await neo.exited;
      process.exit(code ?? 0);
    } catch (e) {
      fail(e);
    }
  });

export { program };

await program.parseAsync(process.argv);
