/* Tests: findDate. */

import { describe, expect, it } from 'vitest';
import { findDate } from './find-date.js';

describe('findDate', () => {
  it.each([
    ['the joint review on July 1, 2026', null, '2026-07-01'],
    ['signed on 19 September 2025', null, '2025-09-19'],
    ['entered into effect in July 2020', null, '2020-07'],
    ['scheduled for 2026', null, '2026'],
    ['the review next year', '2025-09-18', '2026'],
    ['a 2026 percent rise', null, null],
    ['no date here', null, null],
    // Relative days and months anchor at the publication time (Wednesday 5 March 2025), never at ingest time.
    ['the ministers met on Thursday', '2025-03-05T12:00:00Z', '2025-03-06'],
    ['he arrived on Monday', '2025-03-05T12:00:00Z', '2025-03-03'],
    ['the deal was signed yesterday', '2025-03-05', '2025-03-04'],
    ['they will meet next month', '2025-03-05', '2025-04'],
    ['the ministers met on Thursday', null, null],
    ['prices rose in the year', '2025-03-05', null],
    ['the ministers met on Thursday', 'not a date', null],
  ])('when the sentence is "%s" (published %s), then the date is %s', (text, publishedAt, expected) => {
    expect(findDate(text, publishedAt)).toBe(expected);
  });
});
