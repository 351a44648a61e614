import { useGraphQlJit } from '@envelop/graphql-jit';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { getOperationAST, GraphQLError, type ExecutionArgs, type ValidationContext } from 'graphql';
import { createYoga, type GraphiQLOptions, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import pLimit from 'p-limit';
import { apiKeyChecker } from './api/auth.js';
import { createContext, type Context } from './api/context.js';
import { maskError } from './api/errors.js';
import { EXAMPLE_TABS } from './api/playground.js';
import { createEventPubSub, type EventPubSub } from './api/pubsub.js';
import { schema } from './api/schema/index.js';
import { dashboardPlugins } from './dashboard/plugin.js';
import type { FetchLimits } from './web/fetch.js';
import { eventsExportStream, ExportWhereError, exportWhereFromQuery } from './use-cases/export-events.js';
import type { Db } from './graph/db.js';
import type { Logger } from './logger.js';

// Builds the HTTP app from its dependencies without listening: what the API tests import.

export interface AppDeps {
  db: Db;
  logger: Logger;
  corsOrigins?: string[];
  /** Keys accepted for mutations (`Authorization: Bearer <key>`); none: mutations are refused. */
  apiKeys?: string[];
  /** Shared with ingestion outside the API so `eventAdded` hears about every write. */
  pubsub?: EventPubSub;
  /** Adds `extensions.roundTrips` (Cypher statements the request ran) to every result: for tests. */
  exposeRoundTrips?: boolean;
  /** Mutations writing the graph at once (default 2); more wait their turn in the server. */
  writeConcurrency?: number;
  /** Limits for pages the server fetches (ingestUrl); by default private addresses are refused. */
  fetchLimits?: Partial<FetchLimits>;
}

// graphql-armor's own refusals carry no extensions.code; report them as validation errors so
// clients can branch on the code like for any other invalid document.
const REFUSE = {
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, e: GraphQLError) =>
      ctx?.reportError(new GraphQLError(e.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })),
  ],
};

// Request-shape limits, checked before execution. Pages are capped at 100 in the resolvers, so
// depth and cost bound the work an accepted document can ask for.
const LIMITS = {
  maxDepth: { n: 10, flattenFragments: true, ...REFUSE },
  costLimit: { maxCost: 5000, ...REFUSE },
  maxAliases: { n: 15, ...REFUSE },
  maxTokens: { n: 2000 },
  maxDirectives: { n: 20, ...REFUSE },
  blockFieldSuggestion: { enabled: true },
};

function roundTrips(): Plugin<Context> {
  return {
    onExecute: () => ({
      onExecuteDone: ({ args, result, setResult }) => {
        if (!('data' in result) && !('errors' in result)) return;
        setResult({ ...result, extensions: { ...result.extensions, roundTrips: args.contextValue.db.roundTrips } });
      },
    }),
  };
}

// Queries run through graphql-jit: their document is compiled once into plain JavaScript, which
// resolves and serialises a thousand-row answer several times faster than graphql-js walks it.
// Mutations and subscriptions stay on graphql-js: few and small, and their resolvers (writes
// queued in order, typed error unions, event streams) are what its tests pin down. A document
// graphql-jit cannot compile is answered with that error, logged.
function jitQueries(logger: Logger): ReturnType<typeof useGraphQlJit> {
  return useGraphQlJit({}, {
    enableIf: (args: ExecutionArgs) => getOperationAST(args.document, args.operationName)?.operation === 'query',
    onError: (r) => logger.warn({ errors: r.errors?.map((e) => e.message) }, 'graphql-jit could not compile a query'),
  });
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

/** Exports streamed at once at most; more are answered 429 (each one reads the graph a page at a time). */
export const MAX_EXPORTS = 2;

/**
 * GET /export/events.csv and /export/events.jsonl: every event the query parameters select
 * (countries=RUS,CHN, dyad=, person= (a person's key), code=, root=, quadClass=, goldsteinMin=, goldsteinMax=, from=, to=,
 * text=), streamed as the graph is read. Public like every read.
 */
function eventExports(db: Db, logger: Logger): Plugin {
  let running = 0;
  return {
    onRequest({ url, request, fetchAPI, endResponse }) {
      const m = /^\/export\/events\.(csv|jsonl)$/.exec(url.pathname);
      if (!m) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(json(fetchAPI, 405, { error: 'use GET' }));
      }
      let where;
      try {
        where = exportWhereFromQuery(url.searchParams);
      } catch (e) {
        if (e instanceof ExportWhereError) return endResponse(json(fetchAPI, 400, { error: e.message }));
        throw e;
      }
      if (running >= MAX_EXPORTS) return endResponse(json(fetchAPI, 429, { error: `${MAX_EXPORTS} exports are running; try again shortly` }));
      const format = m[1] as 'csv' | 'jsonl';
      running += 1;
      const body = eventsExportStream(db, where, format, (r) => {
        running -= 1;
        if (r instanceof Error && r.message !== 'Premature close') logger.warn({ err: r }, 'event export stopped');
      });
      endResponse(new fetchAPI.Response(body as never, {
        status: 200,
        headers: {
          'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
          'content-disposition': `attachment; filename="diplograph-events.${format}"`,
          'cache-control': 'no-store',
        },
      }));
    },
  };
}

// GraphiQL from the installed @graphql-yoga/render-graphiql: one page with its scripts, styles
// and editor workers inline, so /graphql works in a browser with no network (yoga's default
// page loads GraphiQL from a CDN). The page depends only on the options, fixed per app: built once.
function offlineGraphiQL(): (opts?: GraphiQLOptions) => string {
  const pages = new Map<string, string>();
  return (opts) => {
    const key = JSON.stringify(opts ?? {});
    let page = pages.get(key);
    if (page === undefined) {
      page = renderGraphiQL(opts);
      pages.set(key, page);
    }
    return page;
  };
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

export function createApp(deps: AppDeps): App {
  const authenticated = apiKeyChecker(deps.apiKeys ?? []);
  const pubsub = deps.pubsub ?? createEventPubSub();
  const writes = pLimit(deps.writeConcurrency ?? 2);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Our /health and /ready answer with JSON; keep yoga's built-in probe out of their way.
    healthCheckEndpoint: '/_yoga/health',
    landingPage: false,
    // No field takes an Upload: multipart bodies (file parts buffered in memory) serve no purpose.
    multipart: false,
    graphiql: { title: 'Diplograph', defaultTabs: EXAMPLE_TABS, defaultQuery: EXAMPLE_TABS[0]!.query },
    renderGraphiQL: offlineGraphiQL(),
    logging: deps.logger,
    maskedErrors: { maskError: maskError(deps.logger) },
    cors: deps.corsOrigins && deps.corsOrigins.length > 0 ? { origin: deps.corsOrigins, credentials: false } : false,
    plugins: [probes(deps.db), eventExports(deps.db, deps.logger), ...dashboardPlugins(), EnvelopArmorPlugin(LIMITS), jitQueries(deps.logger), ...(deps.exposeRoundTrips ? [roundTrips()] : [])],
    context: ({ request }) => createContext(deps.db, authenticated(request.headers.get('authorization')), pubsub, writes, deps.fetchLimits),
  });
}
