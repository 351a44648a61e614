import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import type { BenchGraph } from './load-graph.js';
import { dashboardSuite, type SuiteParams } from './suite.js';

// A bounded load test: Diplograph served over HTTP on 127.0.0.1 only, autocannon cycling through
// the dashboard documents with several connections for a fixed time, then stopping by itself.

export interface LoadStats {
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export async function runLoad(g: BenchGraph, params: SuiteParams, opts: { seconds: number; connections: number }): Promise<LoadStats> {
  const app = createApp({ db: g.db, logger: createLogger('silent') });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // The first page of each list only: deep pages need cursors of their own per connection.
  const requests = dashboardSuite(params)
    .filter((q) => !q.pages)
    .map((q) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: q.diplograph.query, variables: q.diplograph.variables }),
    }));
  try {
    const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections: opts.connections, duration: opts.seconds, requests });
    return {
      seconds: opts.seconds,
      connections: opts.connections,
      requests: r.requests.total,
      requestsPerSecond: Math.round(r.requests.average * 10) / 10,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
    };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
