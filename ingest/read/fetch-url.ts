/*
 * Ingest read: the one fetcher for pages and feeds — http(s) only, public addresses only (checked
 * after DNS resolution and on every redirect hop, the connection pinned to the checked address),
 * a time limit, a body size cap, redirects followed by hand and capped, HTML and feed types only.
 */

import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Config } from '../../config/config.js';
import { refusedAddressReason } from './address-rule.js';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** NEWSGRAPH_ALLOW_PRIVATE_URLS: lifts the address rule (tests, intranets). */
  allowPrivate: boolean;
  /** The address rule (default: refusedAddressReason); tests swap it to tell two loopback addresses apart. */
  addressRule?: (address: string) => string | null;
}

const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5_242_880, maxRedirects: 5, allowPrivate: false };

export function fetchLimits(
  config: Pick<Config, 'fetchTimeoutMs' | 'fetchMaxBytes' | 'fetchMaxRedirects' | 'allowPrivateUrls'>,
): FetchLimits {
  return {
    timeoutMs: config.fetchTimeoutMs,
    maxBytes: config.fetchMaxBytes,
    maxRedirects: config.fetchMaxRedirects,
    allowPrivate: config.allowPrivateUrls,
  };
}

export type FetchKind = 'html' | 'feed';

export interface Fetched {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL the body came from, after redirects. */
  url: string;
  /** The media type, lower case, without parameters. */
  contentType: string;
  kind: FetchKind;
  body: string;
}

/**
 * Why a fetch gave nothing. `refused`: the URL or what it answered breaks a rule (scheme, address,
 * type, size, redirects) — the caller's fault; `timeout`; `upstream`: the site failed (HTTP error,
 * network).
 */
export type FetchErrorCode =
  'bad_url' | 'scheme' | 'address' | 'redirects' | 'content_type' | 'too_large' | 'timeout' | 'http_status' | 'network';

export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
  }

  get kind(): 'refused' | 'timeout' | 'upstream' {
    if (this.code === 'timeout') return 'timeout';
    return this.code === 'http_status' || this.code === 'network' ? 'upstream' : 'refused';
  }
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9';
const USER_AGENT = 'Newsgraph/0.1 (news reader; +https://github.com/newsgraph)';

const megabytes = (n: number): string => (n >= 1_048_576 ? `${+(n / 1_048_576).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`);

/** Parses and checks the scheme; the message names what was wrong. */
function parseFetchUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError('bad_url', `"${raw}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError('scheme', `${url.protocol.replace(/:$/, '')} URLs are refused: only http and https are fetched`);
  if (url.username || url.password) throw new FetchError('bad_url', 'URLs with a user name or password are refused');
  return url;
}

export interface Vetted {
  address: string;
  family: 4 | 6;
}

function lookupAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });
}

/** Resolves the host and checks every address it resolves to; the first one is the one connected to. */
async function vetHost(url: URL, limits: FetchLimits): Promise<Vetted> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: LookupAddress[];
  const literal = isIP(host);
  if (literal) addresses = [{ address: host, family: literal }];
  else {
    try {
      addresses = await lookupAll(host);
    } catch (error) {
      throw new FetchError('network', `cannot resolve ${host}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  if (addresses.length === 0) throw new FetchError('network', `cannot resolve ${host}: no address`);
  if (!limits.allowPrivate) {
    for (const { address } of addresses) {
      const why = (limits.addressRule ?? refusedAddressReason)(address);
      if (why)
        throw new FetchError(
          'address',
          `${url.host} is refused: it resolves to ${why}; only public addresses are fetched (NEWSGRAPH_ALLOW_PRIVATE_URLS=true lifts this)`,
        );
    }
  }
  const first = addresses[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

/** A lookup that answers only the vetted address: the socket cannot connect anywhere else (no DNS rebinding). */
export function pinnedLookup(vetted: Vetted): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: vetted.address, family: vetted.family }]);
    else callback(null, vetted.address, vetted.family);
  }) as LookupFunction;
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

function charsetOf(header: string | undefined, head: Buffer): string {
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(header ?? '')?.[1];
  if (declared) return declared;
  const start = head.subarray(0, 2048).toString('latin1');
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(start)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(start)?.[1] ?? 'utf-8'
  );
}

function decode(body: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

function decompressed(res: IncomingMessage): Readable {
  switch ((res.headers['content-encoding'] ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(createGunzip());
    case 'deflate':
      return res.pipe(createInflate());
    case 'br':
      return res.pipe(createBrotliDecompress());
    default:
      return res;
  }
}

interface Hop {
  status: number;
  location?: string;
  contentType: string;
  body?: Buffer;
  charsetHeader?: string;
}

/** One request to a vetted address: headers checked, then the body read up to the cap. */
function requestOnce(url: URL, vetted: Vetted, limits: FetchLimits, deadline: number, accept: FetchKind[]): Promise<Hop> {
  return new Promise<Hop>((resolve, reject) => {
    let settled = false;
    const fail = (error: FetchError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(error);
    };
    const done = (hop: Hop): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(hop);
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br', 'user-agent': USER_AGENT },
      lookup: pinnedLookup(vetted),
      agent: false,
    });
    const timer = setTimeout(
      () => fail(new FetchError('timeout', `${url.host} did not answer within ${limits.timeoutMs / 1000} s`)),
      Math.max(0, deadline - Date.now()),
    );
    req.on('error', (error: NodeJS.ErrnoException) => fail(new FetchError('network', `${url.host}: ${error.code ?? error.message}`)));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const contentType = mediaType(res.headers['content-type']);
      if (REDIRECTS.has(status) && res.headers.location) {
        res.resume();
        return done({ status, location: res.headers.location, contentType });
      }
      if (status < 200 || status >= 300) {
        res.resume();
        return fail(
          new FetchError('http_status', `${url.href} answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`),
        );
      }
      const allowed = (accept.includes('html') && HTML_TYPES.has(contentType)) || (accept.includes('feed') && FEED_TYPES.has(contentType));
      if (!allowed) {
        const wanted = [
          accept.includes('html') ? 'HTML pages (text/html, application/xhtml+xml)' : '',
          accept.includes('feed') ? 'RSS/Atom feeds (application/rss+xml, application/atom+xml, application/xml, text/xml)' : '',
        ]
          .filter(Boolean)
          .join(' and ');
        return fail(
          new FetchError('content_type', `${url.href} is ${contentType || 'of no stated content type'}: only ${wanted} are fetched`),
        );
      }
      const tooLarge = (): FetchError =>
        new FetchError('too_large', `${url.href} is larger than the ${megabytes(limits.maxBytes)} limit (NEWSGRAPH_FETCH_MAX_BYTES)`);
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) return fail(tooLarge());
      const chunks: Buffer[] = [];
      let size = 0;
      const stream = decompressed(res);
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          fail(tooLarge());
          return void stream.destroy();
        }
        chunks.push(chunk);
      });
      stream.on('error', (error: Error) => fail(new FetchError('network', `${url.host}: ${error.message}`)));
      res.on('aborted', () => fail(new FetchError('network', `${url.host}: the connection closed before the body ended`)));
      stream.on('end', () => done({ status, contentType, body: Buffer.concat(chunks), charsetHeader: res.headers['content-type'] }));
    });
    req.end();
  });
}

/**
 * Fetches a page or a feed under the limits. Throws a FetchError whose message says what was refused
 * or what failed. Each hop is vetted (scheme, address) before anything is sent to it.
 */
export async function fetchUrl(
  raw: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  accept: FetchKind[] = ['html', 'feed'],
): Promise<Fetched> {
  const deadline = Date.now() + limits.timeoutMs;
  let url = parseFetchUrl(raw);
  const requestedUrl = url.href;
  const seen = new Set<string>();
  for (let hops = 0; ; hops++) {
    seen.add(url.href);
    const vetted = await withDeadline(vetHost(url, limits), deadline, url, limits);
    const hop = await requestOnce(url, vetted, limits, deadline, accept);
    if (hop.location !== undefined) {
      const next = parseFetchUrl(hop.location, url.href);
      if (seen.has(next.href)) throw new FetchError('redirects', `${requestedUrl} redirects in a loop (back to ${next.href})`);
      if (hops + 1 > limits.maxRedirects)
        throw new FetchError(
          'redirects',
          `${requestedUrl} redirects more than ${limits.maxRedirects} times (NEWSGRAPH_FETCH_MAX_REDIRECTS)`,
        );
      url = next;
      continue;
    }
    const body = hop.body ?? Buffer.alloc(0);
    return {
      requestedUrl,
      url: url.href,
      contentType: hop.contentType,
      kind: HTML_TYPES.has(hop.contentType) ? 'html' : 'feed',
      body: decode(body, charsetOf(hop.charsetHeader, body)),
    };
  }
}

function withDeadline<T>(work: Promise<T>, deadline: number, url: URL, limits: FetchLimits): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new FetchError('timeout', `${url.host} did not resolve within ${limits.timeoutMs / 1000} s`)),
      Math.max(0, deadline - Date.now()),
    );
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
