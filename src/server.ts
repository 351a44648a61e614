import { createServer, type Server } from 'node:http';
import { fetchLimits, type Config } from './config.js';
import { createApp } from './app.js';
import { openGraph, type Graph } from './graph/connect.js';
import type { Logger } from './logger.js';

// Composition root of the HTTP service: config -> Neo4j -> app -> listen, and graceful shutdown
// in the reverse order (HTTP server, then driver, then the embedded Neo4j).

export interface Running {
  url: string;
  graph: Graph;
  server: Server;
  shutdown(reason: string): Promise<void>;
}

export interface ServeHooks {
  /** Runs after the graph is open and before the server listens (e.g. loading seeds). */
  beforeListen?: (graph: Graph) => Promise<void>;
}

export async function serve(config: Config, logger: Logger, hooks: ServeHooks = {}): Promise<Running> {
  const t0 = Date.now();
  const graph = await openGraph(config, { onProgress: (m) => logger.info(m) });
  logger.info({ uri: graph.uri, ms: Date.now() - t0 }, 'neo4j ready');
  try {
    await hooks.beforeListen?.(graph);
  } catch (e) {
    await graph.close();
    throw e;
  }
  const app = createApp({ db: graph.db, logger, corsOrigins: config.CORS_ORIGINS, apiKeys: config.API_KEYS, writeConcurrency: config.WRITE_CONCURRENCY, fetchLimits: fetchLimits(config) });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  }).catch(async (e: NodeJS.ErrnoException) => {
    await graph.close();
    throw e.code === 'EADDRINUSE' ? new Error(`Port ${config.PORT} on ${config.HOST} is already in use; set PORT to another.`) : e;
  });
  const url = `http://${config.HOST}:${config.PORT}`;
  logger.info({ graphiql: `${url}/graphql`, ms: Date.now() - t0 }, 'diplograph ready');

  let closing: Promise<void> | undefined;
  const shutdown = (reason: string) => {
    closing ??= (async () => {
      logger.info({ reason }, 'shutting down');
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await graph.close();
      logger.info('stopped');
    })();
    return closing;
  };
  return { url, graph, server, shutdown };
}
