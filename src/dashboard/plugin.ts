import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { dashboardAssets } from './assets.js';
import { operationManifest, persistedDocument } from './operations.js';

// The analyst dashboard inside the API server: the page at /dashboard, its assets, the manifest of
// its persisted operations, and the plugin that runs them. Arbitrary operations stay allowed, so
// GraphiQL and other clients keep working; the page itself only ever sends a hash.

export const DASHBOARD_PATH = '/dashboard';

// The page loads only its own files; the libraries set inline styles and draw on canvases.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function respond(fetchAPI: { Response: typeof Response }, body: BodyInit | null, status: number, headers: Record<string, string>): Response {
  return new fetchAPI.Response(body, { status, headers: { 'x-content-type-options': 'nosniff', ...headers } });
}

/** Serves GET /dashboard, /dashboard/<asset> and /dashboard/operations.json. */
export function dashboardPage(): Plugin {
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      const p = url.pathname;
      if (p !== DASHBOARD_PATH && !p.startsWith(`${DASHBOARD_PATH}/`)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(respond(fetchAPI, 'method not allowed', 405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }));
        return;
      }
      const rel = p.slice(DASHBOARD_PATH.length + 1);
      if (rel === 'operations.json') {
        const body = JSON.stringify(operationManifest());
        endResponse(respond(fetchAPI, body, 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' }));
        return;
      }
      const asset = dashboardAssets().get(rel);
      if (!asset) {
        endResponse(respond(fetchAPI, 'not found', 404, { 'content-type': 'text/plain; charset=utf-8' }));
        return;
      }
      endResponse(
        respond(fetchAPI, request.method === 'HEAD' ? null : asset.body, 200, {
          'content-type': asset.type,
          'cache-control': asset.immutable ? 'public, max-age=86400' : 'no-cache',
          'content-security-policy': CSP,
        }),
      );
    },
  };
}

/** Runs the dashboard's documents by their sha256 hash (Apollo's `extensions.persistedQuery`). */
export function dashboardOperations(): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => persistedDocument(hash),
    allowArbitraryOperations: true,
  });
}

/** Both plugins, in the order createApp lists them. */
export function dashboardPlugins(): Plugin[] {
  return [dashboardPage(), dashboardOperations()];
}
