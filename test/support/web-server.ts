// A local web server for the fetch, url and feed tests (127.0.0.1, a free port): each path is
// a handler, and every request is recorded (path, headers) so tests can see what was asked.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface WebServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  url(path: string): string;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startWebServer(routes: Record<string, Handler> = {}): Promise<WebServer> {
  const table = new Map(Object.entries(routes));
  const requests: WebServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = table.get(path) ?? table.get(path.split('?')[0]!);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    void Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    route: (path, handler) => void table.set(path, handler),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A handler answering `body` with `type`. */
export const serve = (body: string | Buffer, type = 'text/html; charset=utf-8', headers: Record<string, string> = {}): Handler =>
  (_req, res) => void res.writeHead(200, { 'content-type': type, ...headers }).end(body);
