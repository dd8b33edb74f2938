/* Core/time: bucket ends, the bucket size for a span, and reading the timeline endpoint's body. */

import { describe, expect, it } from 'vitest';
import { bucketEnd, bucketForSpan, describeRange, fillBuckets, rangeIndexes, rangeQuery, readTimeline } from './timeline.js';

describe('timeline buckets', () => {
  it('when a bucket starts on a day, then its end is that day, six days later, or the month’s last day', () => {
    expect(bucketEnd('2025-03-02', 'day')).toBe('2025-03-02');
    expect(bucketEnd('2025-02-24', 'week')).toBe('2025-03-02');
    expect(bucketEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(bucketEnd('2025-12-01', 'month')).toBe('2025-12-31');
  });

  it('when the span grows, then the bucket grows from day to week to month', () => {
    expect(bucketForSpan('2025-03-01', '2025-04-15')).toBe('day');
    expect(bucketForSpan('2024-03-01', '2025-04-15')).toBe('week');
    expect(bucketForSpan('1987-01-01', '2025-04-15')).toBe('month');
  });

  it('when the server answers with its own field names, then the buckets are read in date order', () => {
    const t = readTimeline(
      {
        buckets: [
          { bucket: '2025-04-01T00:00:00Z', documents: 2, newRelationships: 5 },
          { start: '2025-03-01', count: 1 },
        ],
        undated: 3,
      },
      'month',
    );
    expect(t.buckets).toEqual([
      { start: '2025-03-01', end: '2025-03-31', documents: 1, relationships: 0 },
      { start: '2025-04-01', end: '2025-04-30', documents: 2, relationships: 5 },
    ]);
    expect(t.undated).toBe(3);
    expect(readTimeline({ nope: 1 }, 'day').buckets).toEqual([]);
  });

  it('when a range is set, then graph requests carry from/to, and "as of" only to', () => {
    expect(rangeQuery({ from: '2025-03-01', to: '2025-03-31' })).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(rangeQuery({ from: null, to: '2025-03-31' })).toEqual({ to: '2025-03-31' });
    expect(rangeQuery(null)).toEqual({});
    expect(describeRange({ from: null, to: '2025-03-02' })).toBe('as of 2 Mar 2025');
  });
});

describe('timeline axis', () => {
  it('when buckets are missing between dated ones, then they are filled with zero counts', () => {
    const filled = fillBuckets(
      readTimeline(
        {
          buckets: [
            { start: '2025-01-01', documents: 2 },
            { start: '2025-04-01', documents: 1 },
          ],
        },
        'month',
      ),
    );
    expect(filled.map((b) => [b.start, b.documents])).toEqual([
      ['2025-01-01', 2],
      ['2025-02-01', 0],
      ['2025-03-01', 0],
      ['2025-04-01', 1],
    ]);
  });

  it('when a range is set, then the buckets it covers are found; "as of" covers everything before', () => {
    const filled = fillBuckets(readTimeline({ buckets: [{ start: '2025-01-01' }, { start: '2025-04-01' }] }, 'month'));
    expect(rangeIndexes(filled, { from: '2025-02-01', to: '2025-03-31' })).toEqual([1, 2]);
    expect(rangeIndexes(filled, { from: null, to: '2025-02-10' })).toEqual([0, 1]);
    expect(rangeIndexes(filled, { from: '2026-01-01', to: '2026-02-01' })).toBeNull();
  });
});
