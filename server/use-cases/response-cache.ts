/* Server use cases: read answers kept per request key and graph version, serialised (and gzipped) once per change. */

import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';

const gzipAsync = promisify(gzip);

/**
 * Below this size an answer is gzipped on the event loop: a node, a neighbourhood or a search (1-30 KiB) takes
 * 20-40 µs of CPU there, where the thread pool's round trip and a fresh zlib stream cost 40-110 µs (measured,
 * Node 20). Larger answers (an overview is megabytes) are compressed off the event loop.
 */
const GZIP_SYNC_MAX_BYTES = 64 * 1024;

/** A JSON answer serialised once, with the strong ETag clients send back in If-None-Match. */
export interface SerializedBody {
  /** UTF-8 bytes, encoded once: a multi-megabyte overview is not re-encoded for every response. */
  body: Buffer;
  etag: string;
  /** The same bytes gzipped, compressed once on first use and then shared by every response. */
  gzipped(): Promise<Buffer>;
}

export function serializeBody(value: unknown): SerializedBody {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  let compressed: Promise<Buffer> | undefined;
  return {
    body,
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    gzipped: () => (compressed ??= body.length < GZIP_SYNC_MAX_BYTES ? Promise.resolve(gzipSync(body)) : gzipAsync(body)),
  };
}

export interface ResponseCache {
  /** The cached answer for `key` at `version`, or `compute()` shared by every caller asking at once. */
  get(key: string, version: string, compute: () => Promise<SerializedBody>): Promise<SerializedBody>;
  /** Forgets everything, including answers still being computed (called after this process writes). */
  invalidate(): void;
  /** Answers served from the cache, and computed, since start (the benchmark prints them). */
  readonly stats: { hits: number; misses: number };
}

export interface ResponseCacheLimits {
  /** Most answers kept; the least recently used go first. */
  maxEntries: number;
  /** Most bytes of serialised answers kept (gzipped copies count half again). */
  maxBytes: number;
}

interface Entry {
  version: string;
  answer: Promise<SerializedBody>;
  /** Known once the answer is computed; 0 while it is pending. */
  bytes: number;
}

/** One entry per key: a new graph version replaces the key's old answer instead of piling up beside it. */
export function createResponseCache({ maxEntries, maxBytes }: ResponseCacheLimits): ResponseCache {
  let entries = new Map<string, Entry>();
  let bytes = 0;
  const stats = { hits: 0, misses: 0 };
  const drop = (map: Map<string, Entry>, key: string): void => {
    const entry = map.get(key);
    if (!entry) return;
    map.delete(key);
    if (map === entries) bytes -= entry.bytes;
  };
  const evict = (): void => {
    for (const key of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) return;
      drop(entries, key);
    }
  };
  return {
    stats,
    get(key, version, compute) {
      const hit = entries.get(key);
      if (hit?.version === version) {
        stats.hits++;
        // Least recently used first: a hit moves to the back.
        entries.delete(key);
        entries.set(key, hit);
        return hit.answer;
      }
      stats.misses++;
      const owner = entries;
      drop(owner, key);
      const entry: Entry = { version, answer: compute(), bytes: 0 };
      owner.set(key, entry);
      entry.answer.then(
        (answer) => {
          if (owner !== entries || owner.get(key) !== entry) return;
          entry.bytes = Math.ceil(answer.body.length * 1.5);
          bytes += entry.bytes;
          evict();
        },
        // A failure is not remembered: the next request tries again.
        () => owner.get(key) === entry && drop(owner, key),
      );
      if (owner.size > maxEntries) evict();
      return entry.answer;
    },
    invalidate() {
      entries = new Map();
      bytes = 0;
    },
  };
}
