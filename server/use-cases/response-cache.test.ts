/* Server use cases: unit tests of the response cache (versions, invalidation, shared computation, failures, bounds, ETags, gzip). */

import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { OverviewResponse } from '../../ontology/api-types.js';
import { createResponseCache, serializeBody, type SerializedBody } from './response-cache.js';

const answer = (totalNodes: number): SerializedBody =>
  serializeBody({ nodes: [], edges: [], totalNodes, truncated: false } satisfies OverviewResponse);
const total = (s: SerializedBody): number => (JSON.parse(s.body.toString('utf8')) as OverviewResponse).totalNodes;

const createCache = () => createResponseCache({ maxEntries: 64, maxBytes: Number.POSITIVE_INFINITY });

describe('createResponseCache', () => {
  it('when asked twice at one version, then it computes once; a new version computes again', async () => {
    const cache = createCache();
    let calls = 0;
    const compute = async () => answer(++calls);
    expect(total(await cache.get('k', 'v1', compute))).toBe(1);
    expect(total(await cache.get('k', 'v1', compute))).toBe(1);
    expect(total(await cache.get('k', 'v2', compute))).toBe(2);
    expect(total(await cache.get('other', 'v2', compute))).toBe(3);
  });

  it('when invalidated, then the next request computes again at the same version', async () => {
    const cache = createCache();
    let calls = 0;
    const compute = async () => answer(++calls);
    await cache.get('k', 'v1', compute);
    cache.invalidate();
    expect(total(await cache.get('k', 'v1', compute))).toBe(2);
  });

  it('when many requests arrive at once, then they share one computation', async () => {
    const cache = createCache();
    let calls = 0;
    const compute = () => new Promise<SerializedBody>((r) => setTimeout(() => r(answer(++calls)), 10));
    const all = await Promise.all(Array.from({ length: 20 }, () => cache.get('k', 'v1', compute)));
    expect(calls).toBe(1);
    expect(all.every((a) => total(a) === 1)).toBe(true);
  });

  it('when a computation fails, then the failure is not remembered', async () => {
    const cache = createCache();
    await expect(cache.get('k', 'v1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(total(await cache.get('k', 'v1', async () => answer(7)))).toBe(7);
  });
});

it('when a key is asked at a new version, then its old answer is replaced, not kept beside it', async () => {
  const cache = createResponseCache({ maxEntries: 1, maxBytes: Number.POSITIVE_INFINITY });
  let calls = 0;
  const compute = async () => answer(++calls);
  await cache.get('k', 'v1', compute);
  await cache.get('k', 'v2', compute);
  expect(total(await cache.get('k', 'v2', compute))).toBe(2);
  expect(cache.stats).toEqual({ hits: 1, misses: 2 });
});

it('when more keys than the entry limit are asked, then the least recently used goes first', async () => {
  const cache = createResponseCache({ maxEntries: 2, maxBytes: Number.POSITIVE_INFINITY });
  let calls = 0;
  const compute = async () => answer(++calls);
  await cache.get('a', 'v', compute);
  await cache.get('b', 'v', compute);
  await cache.get('a', 'v', compute); // a is now the most recently used
  await cache.get('c', 'v', compute); // evicts b
  expect(total(await cache.get('a', 'v', compute))).toBe(1);
  expect(total(await cache.get('b', 'v', compute))).toBe(4);
});

it('when the answers outgrow the byte limit, then the oldest are dropped until they fit', async () => {
  const big = (n: number): SerializedBody => serializeBody({ n, pad: 'x'.repeat(1_000) });
  const cache = createResponseCache({ maxEntries: 100, maxBytes: 4_000 });
  let calls = 0;
  for (const key of ['a', 'b', 'c']) await cache.get(key, 'v', async () => big(++calls));
  // Each answer counts about 1.5 kB: only the two newest fit.
  await cache.get('c', 'v', async () => big(++calls));
  await cache.get('b', 'v', async () => big(++calls));
  expect(calls).toBe(3);
  await cache.get('a', 'v', async () => big(++calls));
  expect(calls).toBe(4);
});

describe('serializeBody', () => {
  it('gives equal bodies equal strong ETags and different bodies different ones', () => {
    expect(serializeBody({ a: 1 }).etag).toBe(serializeBody({ a: 1 }).etag);
    expect(serializeBody({ a: 1 }).etag).not.toBe(serializeBody({ a: 2 }).etag);
    expect(serializeBody({ a: 1 }).etag).toMatch(/^"[\w-]+"$/);
    expect(serializeBody({ a: 1 }).body.toString('utf8')).toBe('{"a":1}');
  });

  it('gzips the same bytes once, however many responses ask', async () => {
    const body = serializeBody({ text: 'tariff '.repeat(1_000) });
    const [a, b] = await Promise.all([body.gzipped(), body.gzipped()]);
    expect(a).toBe(b);
    expect(a.length).toBeLessThan(body.body.length / 10);
    expect(gunzipSync(a).equals(body.body)).toBe(true);
  });
});
