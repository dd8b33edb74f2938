/* Server use cases: unit tests of the fresh reader (sharing, never stale, failures). */

import { describe, expect, it } from 'vitest';
import { createFreshReader } from './fresh-reader.js';

/** A read whose calls are counted and resolved by hand, each returning the value current at its start. */
function controlledRead() {
  let value = 0;
  const pending: (() => void)[] = [];
  let calls = 0;
  const read = () => {
    calls++;
    const seen = value;
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)));
  };
  return {
    read,
    set: (v: number) => (value = v),
    finishNext: async () => {
      pending.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    },
    calls: () => calls,
  };
}

describe('createFreshReader', () => {
  it('when callers arrive while a read is in flight, then they share the next read, not the running one', async () => {
    const c = controlledRead();
    const fresh = createFreshReader(c.read);
    const first = fresh();
    c.set(1); // a write commits after the first read started
    const later = [fresh(), fresh(), fresh()];
    expect(c.calls()).toBe(1);
    await c.finishNext();
    expect(await first).toBe(0);
    expect(c.calls()).toBe(2);
    await c.finishNext();
    expect(await Promise.all(later)).toEqual([1, 1, 1]);
  });

  it('when idle, then every call starts its own read', async () => {
    const c = controlledRead();
    const fresh = createFreshReader(c.read);
    const a = fresh();
    await c.finishNext();
    await a;
    c.set(5);
    const b = fresh();
    await c.finishNext();
    expect(await b).toBe(5);
    expect(c.calls()).toBe(2);
  });

  it('when a read fails, then its callers see the failure and queued callers still get a fresh read', async () => {
    let n = 0;
    const fresh = createFreshReader(async () => {
      n++;
      if (n === 1) throw new Error('down');
      return n;
    });
    const failing = fresh();
    const queued = fresh();
    await expect(failing).rejects.toThrow('down');
    expect(await queued).toBe(2);
  });
});
