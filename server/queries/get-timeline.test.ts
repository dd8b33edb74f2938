/* Server queries: timeline buckets — Monday weeks, calendar months, contiguous, capped. */

import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { bucketStart, toBuckets } from './get-timeline.js';

describe('bucketStart', () => {
  it('when a day is bucketed, then weeks start on Monday and months on the 1st', () => {
    expect(bucketStart('2024-06-05', 'day')).toBe('2024-06-05');
    expect(bucketStart('2024-06-05', 'week')).toBe('2024-06-03');
    expect(bucketStart('2024-06-09', 'week')).toBe('2024-06-03');
    expect(bucketStart('2024-06-10', 'week')).toBe('2024-06-10');
    expect(bucketStart('2021-01-01', 'week')).toBe('2020-12-28');
    expect(bucketStart('2024-02-29', 'month')).toBe('2024-02-01');
  });
});

describe('toBuckets', () => {
  const docs = new Map([
    ['2024-01-31', 2],
    ['2024-03-02', 1],
  ]);
  const rels = new Map([['2024-03-15', 4]]);

  it('when counts span months, then every month in between is there, empty ones included', () => {
    expect(toBuckets(docs, rels, { bucket: 'month' })).toEqual([
      { start: '2024-01-01', end: '2024-01-31', documents: 2, newRelationships: 0 },
      { start: '2024-02-01', end: '2024-02-29', documents: 0, newRelationships: 0 },
      { start: '2024-03-01', end: '2024-03-31', documents: 1, newRelationships: 4 },
    ]);
  });

  it('when a range is given, then the buckets cover it whatever the data', () => {
    expect(toBuckets(new Map(), new Map(), { bucket: 'day', from: '2024-12-30', to: '2025-01-01' }).map((b) => b.start)).toEqual([
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
    ]);
    expect(toBuckets(new Map(), new Map(), { bucket: 'month' })).toEqual([]);
  });

  it('when the range holds too many buckets, then it is refused with a 400', () => {
    expect(() => toBuckets(new Map(), new Map(), { bucket: 'day', from: '1980-01-01', to: '2025-01-01' })).toThrow(AppError);
  });
});
