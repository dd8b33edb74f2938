/* Ingest read: a SourceInput's publication date (and where it came from) and outlet completed from what the
   document and its reader know, never invented. */

import type { SourceInput } from '../source-input.js';
import { dateFromFileName, readDateLine } from './date-line.js';
import { readDateline, yearFromUrl } from './read-dateline.js';

/** "2025-03-04", "2025-03-04T10:00:00Z" or the like: a calendar date at the start. */
const DATED = /^\d{4}-\d{2}-\d{2}/;

/**
 * The input with `publishedAt` and `dateSource` from the first of these that dates it:
 * 1. its own metadata (`publishedAt` as read: HTML, feed, `.jsonl`, front matter, upload);
 * 2. a date line at the top of its text ("June 8, 2021", "Washington, DC, 8 June 2021", a dateline with its year);
 * 3. a YYYY-MM-DD in its file name;
 * 4. the date given beside it (`givenDate`: a dates.csv sidecar, else `--published-at`);
 * 5. a dateline's day and month ("NEW DELHI, March 27 -") with the year of its URL's path or of a year-only given date.
 * `outlet` from the dateline's agency when it has none. Anything unknown stays unknown (never the ingest time).
 */
export function completePublication(input: SourceInput): SourceInput {
  const { givenDate, ...rest } = input;
  const out: SourceInput = { ...rest };
  const hasDate = typeof input.publishedAt === 'string' && DATED.test(input.publishedAt);
  const given = givenDate && DATED.test(givenDate.date) ? givenDate : undefined;
  const givenYear = givenDate && /^\d{4}$/.test(givenDate.date) ? Number(givenDate.date) : undefined;
  const dateline = !input.outlet || !hasDate ? readDateline(input.text, yearFromUrl(input.url) ?? givenYear) : undefined;
  if (hasDate) out.dateSource = input.dateSource ?? 'metadata';
  else {
    const fromText = readDateLine(input.text);
    const fromName = fromText ? undefined : dateFromFileName(input.source);
    const choice: [string, NonNullable<SourceInput['dateSource']>] | undefined = fromText
      ? [fromText, 'date-line']
      : fromName
        ? [fromName, 'file-name']
        : given
          ? [given.date, given.from]
          : dateline?.date
            ? [dateline.date, 'dateline']
            : undefined;
    if (choice) [out.publishedAt, out.dateSource] = choice;
    else {
      delete out.publishedAt;
      delete out.dateSource;
    }
  }
  if (!input.outlet && dateline?.agency) out.outlet = dateline.agency;
  return out;
}
