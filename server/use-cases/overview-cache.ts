/* Server use cases: the ranked overview kept per request parameters and graph version, serialised once per change. */

import { createHash } from 'node:crypto';

const MAX_ENTRIES = 64;

/** A JSON answer serialised once, with the strong ETag clients send back in If-None-Match. */
export interface SerializedBody {
  /** UTF-8 bytes, encoded once: a multi-megabyte overview is not re-encoded for every response. */
  body: Buffer;
  etag: string;
}

export function serializeBody(value: unknown): SerializedBody {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

export interface OverviewCache {
  /** The cached answer for `key` at `version`, or `compute()` shared by every caller asking at once. */
  get(key: string, version: string, compute: () => Promise<SerializedBody>): Promise<SerializedBody>;
  /** Forgets everything, including answers still being computed (called after this process writes). */
  invalidate(): void;
}

export function createOverviewCache(): OverviewCache {
  let entries = new Map<string, Promise<SerializedBody>>();
  return {
    get(key, version, compute) {
      const full = `${version}\u0000${key}`;
      const hit = entries.get(full);
      if (hit) return hit;
      const owner = entries;
      const pending = compute();
      if (owner.size >= MAX_ENTRIES) owner.delete(owner.keys().next().value!);
      owner.set(full, pending);
      // A failure is not remembered: the next request tries again.
      pending.catch(() => owner.get(full) === pending && owner.delete(full));
      return pending;
    },
    invalidate() {
      entries = new Map();
    },
  };
}
