/* Server use cases: unit tests of the overview cache (versions, invalidation, shared computation, failures). */

import { describe, expect, it } from 'vitest';
import type { OverviewResponse } from '../../ontology/api-types.js';
import { createOverviewCache } from './overview-cache.js';

const answer = (totalNodes: number): OverviewResponse => ({ nodes: [], edges: [], totalNodes, truncated: false });

describe('createOverviewCache', () => {
  it('when asked twice at one version, then it computes once; a new version computes again', async () => {
    const cache = createOverviewCache();
    let calls = 0;
    const compute = async () => answer(++calls);
    expect((await cache.get('k', 'v1', compute)).totalNodes).toBe(1);
    expect((await cache.get('k', 'v1', compute)).totalNodes).toBe(1);
    expect((await cache.get('k', 'v2', compute)).totalNodes).toBe(2);
    expect((await cache.get('other', 'v2', compute)).totalNodes).toBe(3);
  });

  it('when invalidated, then the next request computes again at the same version', async () => {
    const cache = createOverviewCache();
    let calls = 0;
    const compute = async () => answer(++calls);
    await cache.get('k', 'v1', compute);
    cache.invalidate();
    expect((await cache.get('k', 'v1', compute)).totalNodes).toBe(2);
  });

  it('when many requests arrive at once, then they share one computation', async () => {
    const cache = createOverviewCache();
    let calls = 0;
    const compute = () => new Promise<OverviewResponse>((r) => setTimeout(() => r(answer(++calls)), 10));
    const all = await Promise.all(Array.from({ length: 20 }, () => cache.get('k', 'v1', compute)));
    expect(calls).toBe(1);
    expect(all.every((a) => a.totalNodes === 1)).toBe(true);
  });

  it('when a computation fails, then the failure is not remembered', async () => {
    const cache = createOverviewCache();
    await expect(cache.get('k', 'v1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect((await cache.get('k', 'v1', async () => answer(7))).totalNodes).toBe(7);
  });
});
