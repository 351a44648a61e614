// Fetching one page or feed, politely and within bounds: connect and total timeouts, at most
// MAX_REDIRECTS redirects (each one checked again), a size cap counted after decompression while
// the body streams (a gzip bomb stops at the cap), only web-page and feed content types, a
// User-Agent naming Diplograph, conditional GET. No server-side request forgery: a host that
// resolves to a loopback, private, link-local (cloud metadata), unique-local, CGNAT or otherwise
// non-public address is refused, after DNS resolution, in the socket's own lookup (so the address
// checked is the address connected to) and on every redirect, unless allowPrivate is set.
import dns from 'node:dns';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { Agent, request } from 'undici';

export const USER_AGENT = 'Diplograph/0.1 (reads news for a knowledge graph of diplomatic relations)';

export interface FetchLimits {
  /** TCP (and TLS) connection, ms. */
  connectTimeoutMs: number;
  /** The whole fetch, redirects and body included, ms. */
  totalTimeoutMs: number;
  maxRedirects: number;
  /** Body size after decompression, bytes. */
  maxBytes: number;
  /** Allow loopback and private addresses (tests, an intranet source). */
  allowPrivate: boolean;
  userAgent: string;
}

export const DEFAULT_LIMITS: FetchLimits = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxRedirects: 5,
  maxBytes: 5 * 1024 * 1024,
  allowPrivate: false,
  userAgent: USER_AGENT,
};

export type FetchErrorCode =
  | 'BAD_URL'
  | 'BLOCKED_ADDRESS'
  | 'TIMEOUT'
  | 'TOO_MANY_REDIRECTS'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'HTTP_STATUS'
  | 'NETWORK';

export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(readonly code: FetchErrorCode, message: string, readonly url: string, readonly status?: number) {
    super(message);
  }
}

/** What a response is: a web page or a feed (RSS, Atom, JSON Feed). */
export type ContentKind = 'html' | 'feed';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FEED_TYPES = new Set([
  'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json',
  'application/xml', 'text/xml', 'application/json', 'text/plain',
]);

export function contentKind(mediaType: string): ContentKind | undefined {
  if (HTML_TYPES.has(mediaType)) return 'html';
  if (FEED_TYPES.has(mediaType) || mediaType.endsWith('+xml')) return 'feed';
  return undefined;
}

export interface Fetched {
  /** The url asked for and the one the body came from (after redirects). */
  requested: string;
  url: string;
  status: number;
  /** 304: the copy the caller has (its etag / last-modified) is current; no body. */
  notModified: boolean;
  kind?: ContentKind;
  mediaType?: string;
  charset?: string;
  body: Uint8Array;
  etag?: string;
  lastModified?: string;
}

export interface FetchOptions {
  limits?: Partial<FetchLimits>;
  /** What the caller takes (default both). Anything else is UNSUPPORTED_TYPE. */
  accept?: readonly ContentKind[];
  /** Conditional GET: the validators of the copy the caller has. */
  etag?: string;
  lastModified?: string;
  signal?: AbortSignal;
}

/** Whether an address is one a public fetch may reach: global unicast only. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === 'unicast';
}

function blocked(host: string, address: string, url: string): FetchError {
  return new FetchError(
    'BLOCKED_ADDRESS',
    `${host === address ? address : `${host} resolves to ${address}, which`} is a loopback, private, link-local or reserved address; refused (FETCH_ALLOW_PRIVATE=true allows it)`,
    url,
  );
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** net.connect's lookup, refusing non-public addresses: the check and the connection use the same answer. */
function guardedLookup(url: () => string) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = addresses.find((a) => !isPublicAddress(a.address));
      if (bad) return callback(blocked(hostname, bad.address, url()) as unknown as NodeJS.ErrnoException, []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      return callback(null, first.address, first.family);
    });
  };
}

function parseUrl(raw: string, base?: string): URL {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    throw new FetchError('BAD_URL', `not a url: ${JSON.stringify(raw.slice(0, 200))}`, raw);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError('BAD_URL', `only http and https urls are fetched, not ${u.protocol}`, raw);
  if (u.username || u.password) throw new FetchError('BAD_URL', 'urls with credentials are not fetched', raw);
  return u;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function decoder(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case '':
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new Error(`unsupported content-encoding ${encoding}`);
  }
}

/** Stops reading a body: undici's body emits the abort as an error, which nobody waits for here. */
function discard(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

/** The body, decompressed, stopped as soon as it passes maxBytes. */
async function readCapped(body: Readable, encoding: string | undefined, maxBytes: number, url: string): Promise<Uint8Array> {
  let unzip: ReturnType<typeof decoder>;
  try {
    unzip = decoder(encoding);
  } catch (e) {
    discard(body);
    throw new FetchError('UNSUPPORTED_TYPE', (e as Error).message, url);
  }
  const stream: Readable = unzip ? body.pipe(unzip) : body;
  if (unzip) body.on('error', (e) => unzip.destroy(e));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        throw new FetchError('TOO_LARGE', `the body passes ${maxBytes} bytes${unzip ? ' once decompressed' : ''}; stopped reading`, url);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    const code = (e as { code?: unknown }).code;
    if ((typeof code === 'string' && code.startsWith('Z_')) || String((e as Error).message).includes('incorrect header')) {
      throw new FetchError('NETWORK', `the body is not valid ${encoding} data`, url);
    }
    throw e;
  } finally {
    discard(body);
    unzip?.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

function toFetchError(e: unknown, url: string, limits: FetchLimits, signal: AbortSignal | undefined): FetchError {
  if (e instanceof FetchError) return e;
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof FetchError) return cause;
  const raw = (e as { code?: unknown }).code;
  const code = typeof raw === 'string' ? raw : '';
  const name = (e as Error).name ?? '';
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return new FetchError('TIMEOUT', `no connection within ${limits.connectTimeoutMs} ms`, url);
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || name === 'TimeoutError' || code === 'UND_ERR_ABORTED' || name === 'AbortError') {
    if (signal?.aborted && !(signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError')) {
      return new FetchError('NETWORK', 'the fetch was cancelled', url);
    }
    return new FetchError('TIMEOUT', `no complete answer within ${limits.totalTimeoutMs} ms`, url);
  }
  const message = e instanceof Error ? e.message : String(e);
  return new FetchError('NETWORK', `${new URL(url).host}: ${code ? `${code} ` : ''}${message}`, url);
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET `url` within the limits; redirects followed by hand (each target checked like the first).
 * Throws FetchError. A 304 answer to a conditional GET is `notModified` with an empty body.
 */
export async function fetchResource(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const limits: FetchLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const accept = opts.accept ?? ['html', 'feed'];
  let current = parseUrl(url).href;
  const timeout = AbortSignal.timeout(limits.totalTimeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  const agent = new Agent({
    connect: { timeout: limits.connectTimeoutMs, ...(limits.allowPrivate ? {} : { lookup: guardedLookup(() => current) }) },
    headersTimeout: limits.totalTimeoutMs,
    bodyTimeout: limits.totalTimeoutMs,
    connections: 1,
  });
  try {
    for (let redirects = 0; ; redirects += 1) {
      const u = new URL(current);
      const host = u.hostname.replace(/^\[|\]$/g, '');
      // An address in the url itself never goes through lookup: checked here.
      if (!limits.allowPrivate && isIP(host) && !isPublicAddress(host)) throw blocked(host, host, current);
      const headers: Record<string, string> = {
        'user-agent': limits.userAgent,
        accept: [
          accept.includes('html') ? 'text/html,application/xhtml+xml;q=0.9' : '',
          accept.includes('feed') ? 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.8' : '',
          '*/*;q=0.1',
        ].filter(Boolean).join(','),
        'accept-encoding': 'gzip, deflate, br',
      };
      if (opts.etag) headers['if-none-match'] = opts.etag;
      if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
      let res: Awaited<ReturnType<typeof request>>;
      try {
        res = await request(current, { method: 'GET', headers, dispatcher: agent, signal });
      } catch (e) {
        throw toFetchError(e, current, limits, opts.signal);
      }
      const location = header(res.headers, 'location');
      if (REDIRECTS.has(res.statusCode) && location) {
        await res.body.dump().catch(() => {});
        if (redirects >= limits.maxRedirects) {
          throw new FetchError('TOO_MANY_REDIRECTS', `more than ${limits.maxRedirects} redirects (last to ${location.slice(0, 200)})`, url);
        }
        current = parseUrl(location, current).href;
        continue;
      }
      const base = { requested: url, url: current, status: res.statusCode, etag: header(res.headers, 'etag'), lastModified: header(res.headers, 'last-modified') };
      if (res.statusCode === 304) {
        await res.body.dump().catch(() => {});
        return { ...base, notModified: true, body: new Uint8Array() };
      }
      if (res.statusCode < 200 || res.statusCode >= 300) {
        await res.body.dump().catch(() => {});
        throw new FetchError('HTTP_STATUS', `the server answered ${res.statusCode}`, current, res.statusCode);
      }
      const contentType = header(res.headers, 'content-type') ?? '';
      const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
      const charset = /;\s*charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1];
      const kind = contentKind(mediaType);
      if (!kind || !accept.includes(kind)) {
        discard(res.body);
        throw new FetchError('UNSUPPORTED_TYPE', `the answer is ${mediaType || 'of no content type'}, not ${accept.includes('html') ? 'a web page' : ''}${accept.length > 1 ? ' or ' : ''}${accept.includes('feed') ? 'a feed' : ''}`, current);
      }
      const declared = Number(header(res.headers, 'content-length'));
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        discard(res.body);
        throw new FetchError('TOO_LARGE', `the body is ${declared} bytes; the limit is ${limits.maxBytes}`, current);
      }
      let body: Uint8Array;
      try {
        body = await readCapped(res.body, header(res.headers, 'content-encoding'), limits.maxBytes, current);
      } catch (e) {
        throw toFetchError(e, current, limits, opts.signal);
      }
      return { ...base, notModified: false, kind, mediaType, charset, body };
    }
  } finally {
    void agent.destroy().catch(() => {});
  }
}
