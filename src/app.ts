import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { schema } from './api/schema/index.js';
import type { Context } from './api/context.js';
import type { Db } from './graph/db.js';
import type { Logger } from './logger.js';

// Builds the HTTP app from its dependencies without listening: what the API tests import.

export interface AppDeps {
  db: Db;
  logger: Logger;
  corsOrigins?: string[];
}

function json(fetchAPI: { Response: typeof Response }, status: number, body: unknown): Response {
  return new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

function probes(db: Db): Plugin {
  return {
    async onRequest({ url, fetchAPI, endResponse }) {
      if (url.pathname === '/health') {
        endResponse(json(fetchAPI, 200, { status: 'ok' }));
      } else if (url.pathname === '/ready') {
        const up = await db.ping();
        endResponse(json(fetchAPI, up ? 200 : 503, { status: up ? 'ready' : 'unavailable', database: up }));
      }
    },
  };
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

export function createApp(deps: AppDeps): App {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Our /health and /ready answer with JSON; keep yoga's built-in probe out of their way.
    healthCheckEndpoint: '/_yoga/health',
    landingPage: false,
    graphiql: { title: 'Diplograph' },
    logging: deps.logger,
    cors: deps.corsOrigins && deps.corsOrigins.length > 0 ? { origin: deps.corsOrigins, credentials: false } : false,
    plugins: [probes(deps.db)],
    context: () => ({ db: deps.db.scoped() }),
  });
}
