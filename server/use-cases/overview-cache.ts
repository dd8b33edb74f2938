/* Server use cases: the ranked overview kept per request parameters and graph version, computed once per change. */

import type { OverviewResponse } from '../../ontology/api-types.js';

const MAX_ENTRIES = 64;

export interface OverviewCache {
  /** The cached answer for `key` at `version`, or `compute()` shared by every caller asking at once. */
  get(key: string, version: string, compute: () => Promise<OverviewResponse>): Promise<OverviewResponse>;
  /** Forgets everything, including answers still being computed (called after this process writes). */
  invalidate(): void;
}

export function createOverviewCache(): OverviewCache {
  let entries = new Map<string, Promise<OverviewResponse>>();
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
