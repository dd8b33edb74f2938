/* Tests: packedMap gives what Array.prototype.map gives. */

import { describe, expect, it } from 'vitest';
import { packedMap } from './packed-map.js';

describe('packedMap', () => {
  it('when items are mapped, then each value and its index come back in input order, the input untouched', () => {
    const items = ['a', 'b', 'c'];
    expect(packedMap(items, (item, index) => `${index}:${item}`)).toEqual(['0:a', '1:b', '2:c']);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  it('when the input is empty, then the result is a new empty array', () => {
    const empty: number[] = [];
    const out = packedMap(empty, (n) => n * 2);
    expect(out).toEqual([]);
    expect(out).not.toBe(empty);
  });
});
