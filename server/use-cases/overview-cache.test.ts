/* Server use cases: unit tests of the overview cache (versions, invalidation, shared computation, failures, ETags). */

import { describe, expect, it } from 'vitest';
import type { OverviewResponse } from '../../ontology/api-types.js';
import { createOverviewCache, serializeBody, type SerializedBody } from './overview-cache.js';

const answer = (totalNodes: number): SerializedBody =>
  serializeBody({ nodes: [], edges: [], totalNodes, truncated: false } satisfies OverviewResponse);
const total = (s: SerializedBody): number => (JSON.parse(s.body.toString('utf8')) as OverviewResponse).totalNodes;

describe('createOverviewCache', () => {
  it('when asked twice at one version, then it computes once; a new version computes again', async () => {
    const cache = createOverviewCache();
    let calls = 0;
    const compute = async () => answer(++calls);
    expect(total(await cache.get('k', 'v1', compute))).toBe(1);
    expect(total(await cache.get('k', 'v1', compute))).toBe(1);
    expect(total(await cache.get('k', 'v2', compute))).toBe(2);
    expect(total(await cache.get('other', 'v2', compute))).toBe(3);
  });

  it('when invalidated, then the next request computes again at the same version', async () => {
    const cache = createOverviewCache();
    let calls = 0;
    const compute = async () => answer(++calls);
    await cache.get('k', 'v1', compute);
    cache.invalidate();
    expect(total(await cache.get('k', 'v1', compute))).toBe(2);
  });

  it('when many requests arrive at once, then they share one computation', async () => {
    const cache = createOverviewCache();
    let calls = 0;
    const compute = () => new Promise<SerializedBody>((r) => setTimeout(() => r(answer(++calls)), 10));
    const all = await Promise.all(Array.from({ length: 20 }, () => cache.get('k', 'v1', compute)));
    expect(calls).toBe(1);
    expect(all.every((a) => total(a) === 1)).toBe(true);
  });

  it('when a computation fails, then the failure is not remembered', async () => {
    const cache = createOverviewCache();
    await expect(cache.get('k', 'v1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(total(await cache.get('k', 'v1', async () => answer(7)))).toBe(7);
  });
});

describe('serializeBody', () => {
  it('gives equal bodies equal strong ETags and different bodies different ones', () => {
    expect(serializeBody({ a: 1 }).etag).toBe(serializeBody({ a: 1 }).etag);
    expect(serializeBody({ a: 1 }).etag).not.toBe(serializeBody({ a: 2 }).etag);
    expect(serializeBody({ a: 1 }).etag).toMatch(/^"[\w-]+"$/);
    expect(serializeBody({ a: 1 }).body.toString('utf8')).toBe('{"a":1}');
  });
});
