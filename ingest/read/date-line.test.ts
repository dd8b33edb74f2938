/* Ingest read: date lines at the top of a text and dates in file names; the order completePublication takes them in. */

import { describe, expect, it } from 'vitest';
import { completePublication } from './complete-publication.js';
import { dateFromFileName, readDateLine } from './date-line.js';

describe('readDateLine', () => {
  it('when a line near the top is a date, with or without a place, weekday or time, then it is the date', () => {
    expect(readDateLine('Harbour ministers agree\n\nMarch 3, 2024\n\nThe ministers agreed.')).toBe('2024-03-03');
    expect(readDateLine('Port talks\nOttawa, ON, 14 February 2023\nCanada said.')).toBe('2023-02-14');
    expect(readDateLine('Port talks\nWEDNESDAY, NOVEMBER 1, 2023 – 9:30 AM EST\nBody.')).toBe('2023-11-01');
    expect(readDateLine('Port talks\nNOV 01, 2023•Statements and Releases\nBody.')).toBe('2023-11-01');
    expect(readDateLine('Port talks\nSpringfield — 2022-09-30\nBody.')).toBe('2022-09-30');
    expect(readDateLine('LIMA, Aug 2, 1991 - Peru said.')).toBe('1991-08-02');
  });

  it('when a release header labels its date, brackets it or puts a place and dash before it, then it is the date', () => {
    expect(readDateLine('FOR IMMEDIATE RELEASE\nJuly 19, 2022\nContact: Press Desk\nThe harbour board said.')).toBe('2022-07-19');
    expect(readDateLine('FOR IMMEDIATE RELEASE: JULY 19, 2022\nThe harbour board said.')).toBe('2022-07-19');
    expect(readDateLine('Harbour board report\nRelease date: 19 July 2022\nBody.')).toBe('2022-07-19');
    expect(readDateLine('Harbour board report\nPublished on 19 July 2022.\nBody.')).toBe('2022-07-19');
    expect(readDateLine('Harbour board report\n(July 19, 2022)\nBody.')).toBe('2022-07-19');
    expect(readDateLine('Harbour board report\nDate: 2022-07-19\nBody.')).toBe('2022-07-19');
    expect(readDateLine('Harbour board report\nNorthport, ST — July 19, 2022 — The board said today.')).toBe('2022-07-19');
    expect(readDateLine('Harbour board report\nNORTHPORT, 19 July 2022 – The board said today.')).toBe('2022-07-19');
    expect(readDateLine('Harbour board report\nPublished: July 19, 2022\nUpdated: July 21, 2022')).toBe('2022-07-19');
  });

  it('when a date sits inside a sentence, is impossible or is too far down, then there is no date line', () => {
    expect(readDateLine('Talks\nFollowing a meeting on March 3, 2024 the two sides agreed.')).toBeUndefined();
    expect(readDateLine('Talks\nOn March 3, 2024, the ministers met.')).toBeUndefined();
    expect(readDateLine('Talks\nMarch 3, 2024 was a busy day for the port.')).toBeUndefined();
    expect(readDateLine('Talks\nFebruary 30, 2024\nBody.')).toBeUndefined();
    expect(readDateLine('A\nB\nC\nD\nE\nMarch 3, 2024\nBody.')).toBeUndefined();
    expect(readDateLine('LIMA, Aug 2 - Peru said.')).toBeUndefined();
    expect(readDateLine('Harbour board report\nUpdated July 21, 2022 10:15 AM\nBody.')).toBeUndefined();
    expect(readDateLine('Harbour board report\nPublished figures for July 19, 2022 show a rise.')).toBeUndefined();
    expect(readDateLine('Harbour board report\nDate palm exports rose on July 19, 2022.')).toBeUndefined();
  });
});

describe('dateFromFileName', () => {
  it('when the file name holds a real YYYY-MM-DD, then it is the date; folders and other digits are not', () => {
    expect(dateFromFileName('news/2022-05-24-readout.txt')).toBe('2022-05-24');
    expect(dateFromFileName('news/readout_2021_12_01.md')).toBe('2021-12-01');
    expect(dateFromFileName('2022-05-24/readout.txt')).toBeUndefined();
    expect(dateFromFileName('news/2022-13-24-readout.txt')).toBeUndefined();
    expect(dateFromFileName('news/12022-05-24.txt')).toBeUndefined();
    expect(dateFromFileName('news/2022-05_24.txt')).toBeUndefined();
  });
});

describe('completePublication order', () => {
  const text = 'Port talks\nMarch 3, 2024\nVALPARAISO, March 5 - Chile said.';
  it('when several sources could date a document, then metadata, date line, file name, given date, dateline win in turn', () => {
    const given = { date: '2020-01-01', from: 'dates-csv' as const };
    expect(completePublication({ text, source: '2021-01-01-x.txt', publishedAt: '2019-09-09', givenDate: given })).toMatchObject({
      publishedAt: '2019-09-09',
      dateSource: 'metadata',
    });
    expect(completePublication({ text, source: '2021-01-01-x.txt', givenDate: given })).toMatchObject({
      publishedAt: '2024-03-03',
      dateSource: 'date-line',
    });
    const noLine = 'VALPARAISO, March 5 - Chile said.';
    expect(completePublication({ text: noLine, source: 'a/2021-01-01-x.txt', givenDate: given })).toMatchObject({
      publishedAt: '2021-01-01',
      dateSource: 'file-name',
    });
    expect(completePublication({ text: noLine, source: 'x.txt', givenDate: given })).toMatchObject({
      publishedAt: '2020-01-01',
      dateSource: 'dates-csv',
    });
    expect(completePublication({ text: noLine, source: 'x.txt', givenDate: { date: '1999', from: 'dates-csv' } })).toMatchObject({
      publishedAt: '1999-03-05',
      dateSource: 'dateline',
    });
    const none = completePublication({ text: noLine, source: 'x.txt' });
    expect(none.publishedAt).toBeUndefined();
    expect(none.dateSource).toBeUndefined();
    expect('givenDate' in completePublication({ text: noLine, givenDate: given })).toBe(false);
  });
});
