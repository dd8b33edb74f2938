/* Server use cases: the ranked overview kept per request parameters and graph version, serialised once per change. */

import { createHash } from 'node:crypto';

const MAX_ENTRIES = 64;

/** A JSON answer serialised once, with the strong ETag clients send back in If-None-Match. */
export interface SerializedBody {
  body: string;
  etag: string;
}

export function serializeBody(value: unknown): SerializedBody {
  const body = JSON.stringify(value);
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

export interface OverviewCache {
  /** The cached answer for `key` at `version`, or `compute()` shared by every caller asking at once. */
  get(key: string, version: string, compute: () => Promise<SerializedBody>): Promise<SerializedBody>;
  /**
   * The graph version, asked of `probe` at most once per `ttlMs`: other processes' writes show
   * within that time; this process's own writes call `invalidate()` and show at once.
   */
  version(probe: () => Promise<string>): Promise<string>;
  /** Forgets everything, including answers still being computed (called after this process writes). */
  invalidate(): void;
}

export function createOverviewCache(options: { versionTtlMs?: number; now?: () => number } = {}): OverviewCache {
  const ttl = options.versionTtlMs ?? 1_000;
  const now = options.now ?? Date.now;
  let entries = new Map<string, Promise<SerializedBody>>();
  let known: { at: number; version: Promise<string> } | undefined;
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
    version(probe) {
      if (known && now() - known.at < ttl) return known.version;
      const asked = { at: now(), version: probe() };
      known = asked;
      asked.version.catch(() => known === asked && (known = undefined));
      return asked.version;
    },
    invalidate() {
      entries = new Map();
      known = undefined;
    },
  };
}
