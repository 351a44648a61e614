import { Command } from 'commander';
import { createLogger, type Logger } from '../logger.js';
import { serve } from '../server.js';
import { loadSeeds } from '../use-cases/load-seeds.js';
import { config, fail, onSignals } from './common.js';

export function serveCommand(): Command {
  return new Command('serve')
    .description('start Neo4j (embedded unless NEO4J_URI is set), load the seeds, serve GraphQL')
    .action(async () => {
      let logger: Logger | undefined;
      try {
        const cfg = config();
        logger = createLogger(cfg.LOG_LEVEL);
        const log = logger;
        const running = await serve(cfg, logger, { beforeListen: (graph) => loadSeeds(graph.db, cfg.SEED_DIR, log).then(() => {}) });
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
}
