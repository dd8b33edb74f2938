/* Ingest read: datelines give a date only when the year is knowable, and the agency in parentheses. */

import { describe, expect, it } from 'vitest';
import { completePublication } from './complete-publication.js';
import { readDateline, yearFromUrl } from './read-dateline.js';

describe('readDateline', () => {
  it('when the dateline states its year, then it gives the date', () => {
    expect(readDateline('WASHINGTON, Oct 19, 1987 - The dollar fell.')).toEqual({ date: '1987-10-19', monthDay: { month: 10, day: 19 } });
    expect(readDateline('Steel talks stall\n\nOSLO, March 3, 2024 (AFP) - Norway said.')).toEqual({
      date: '2024-03-03',
      monthDay: { month: 3, day: 3 },
      agency: 'AFP',
    });
  });

  it('when the dateline has no year, then no date is invented, unless a year is known from elsewhere', () => {
    expect(readDateline('LONDON, March 3 (AFP) - Britain said on Monday.')).toEqual({
      monthDay: { month: 3, day: 3 },
      agency: 'AFP',
    });
    expect(readDateline('NEW DELHI, March 27 - India cut duties.')?.date).toBeUndefined();
    expect(readDateline('KASHIKOJIMA, JAPAN, April 26 - Ministers met.', 1987)?.date).toBe('1987-04-26');
  });

  it('when only an agency is named, then it gives the outlet and no date', () => {
    expect(readDateline('TOKYO (AP) — Japan and the Philippines signed a pact.')).toEqual({ agency: 'AP' });
  });

  it('when the text opens with prose or an impossible date, then there is no dateline', () => {
    expect(readDateline('The United States raised tariffs on March 3 - a surprise.')).toBeUndefined();
    expect(readDateline('PARIS, Feb 31, 2020 - Nothing.')).toBeUndefined();
  });

  it('when a URL path carries a year, then it is read', () => {
    expect(yearFromUrl('https://news.example/2019/07/01/story')).toBe(2019);
    expect(yearFromUrl('https://news.example/world/story-123')).toBeUndefined();
  });
});

describe('completePublication', () => {
  it('when an input has its own date, then the dateline does not replace it but names the outlet', () => {
    const input = completePublication({ text: 'BERLIN, May 2, 2021 (AFP) - Germany said.', publishedAt: '2021-05-03T08:00:00Z' });
    expect(input).toMatchObject({ publishedAt: '2021-05-03T08:00:00Z', outlet: 'AFP' });
  });

  it('when nothing states the date, then it stays unknown', () => {
    const input = completePublication({ text: 'ROME, June 4 - Italy said.' });
    expect(input.publishedAt).toBeUndefined();
    expect(completePublication({ text: 'ROME, June 4 - Italy said.', url: 'https://x.example/2022/06/04/italy' }).publishedAt).toBe(
      '2022-06-04',
    );
  });
});
