/* Ingest read: a SourceInput's publication date and outlet completed from its dateline, never invented. */

import type { SourceInput } from '../source-input.js';
import { readDateline, yearFromUrl } from './read-dateline.js';

/** "2025-03-04", "2025-03-04T10:00:00Z" or the like: a calendar date at the start. */
const DATED = /^\d{4}-\d{2}-\d{2}/;

/**
 * The input with `publishedAt` from its dateline when it has none (a dateline without a year only with the year of
 * the URL's path) and `outlet` from the dateline's agency when it has none. Anything unknown stays unknown.
 */
export function completePublication(input: SourceInput): SourceInput {
  const hasDate = typeof input.publishedAt === 'string' && DATED.test(input.publishedAt);
  if (hasDate && input.outlet) return input;
  const dateline = readDateline(input.text, yearFromUrl(input.url));
  if (!dateline) return input;
  const out: SourceInput = { ...input };
  if (!hasDate && dateline.date) out.publishedAt = dateline.date;
  if (!input.outlet && dateline.agency) out.outlet = dateline.agency;
  return out;
}
