// The app behind a real HTTP server on 127.0.0.1 (a free port), so the cases exercise what a
// client meets: body parsing, content types, status codes, concurrent sockets.
import v8 from 'node:v8';
import vm from 'node:vm';

export { listen, type Listening } from '../../integration/helpers.js';

export interface Answer {
  ms: number;
  /** 0 when the server reset the connection before answering. */
  status: number;
  /** The parsed JSON body, or null when the body was not JSON. */
  json: any;
  text: string;
}

export async function post(url: string, body: string | Uint8Array, headers: Record<string, string> = {}): Promise<Answer> {
  const t0 = performance.now();
  let res: Response;
  try {
    res = await fetch(`${url}/graphql`, {
      method: 'POST',
      // One connection per request: a reused keep-alive socket can race the server's idle close
      // and read ECONNRESET, which is the client's artefact, not the server's answer.
      headers: { 'content-type': 'application/json', accept: 'application/json', connection: 'close', ...headers },
      body: body as BodyInit,
      signal: AbortSignal.timeout(60_000),
    });
  } catch (e) {
    // A server may refuse a large body at its headers and reset the socket while we still send.
    if ((e as Error).cause && /ECONNRESET|EPIPE|other side closed/.test(String((e as Error).cause))) {
      return { status: 0, ms: performance.now() - t0, json: null, text: String((e as Error).cause) };
    }
    throw e;
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, ms: performance.now() - t0, json, text };
}

export function gqlPost(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  return post(url, JSON.stringify({ query, variables }), headers);
}

/** The extensions.code of every error of a GraphQL answer. */
export const codesOf = (a: Answer): string[] =>
  ((a.json?.errors ?? []) as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code ?? '(none)');

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const rssMb = (): number => Math.round(process.memoryUsage().rss / 1048576);

// The collector, exposed at run time when the process was not started with --expose-gc.
v8.setFlagsFromString('--expose-gc');
const collect = (globalThis as { gc?: () => void }).gc ?? (vm.runInNewContext('gc') as () => void);

/** Runs the collector, twice, so the figures below reflect what is still held, not garbage. */
export async function settle(): Promise<void> {
  collect();
  await new Promise((r) => setTimeout(r, 200));
  collect();
}

/** The JavaScript heap and the buffers outside it still held, in MB: what a leak would grow. */
export const heldMb = (): number => {
  const m = process.memoryUsage();
  return Math.round((m.heapUsed + m.external) / 1048576);
};

/** Runs `fn` `times` times, `concurrency` at a time, and returns every answer in order. */
export async function repeat<T>(times: number, concurrency: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(times);
  let next = 0;
  const worker = async () => {
    while (next < times) {
      const i = next++;
      out[i] = await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, times) }, worker));
  return out;
}

/** Status -> how many answers had it, e.g. {"400": 20}. */
export function tally(answers: readonly { status: number }[]): Record<string, number> {
  const t: Record<string, number> = {};
  for (const a of answers) t[a.status] = (t[a.status] ?? 0) + 1;
  return t;
}
