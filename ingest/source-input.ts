/* Ingest: one text to ingest, as read from a file, a JSONL line or an HTTP upload. */

import type { DateSource } from '../ontology/date-source.js';

export interface SourceInput {
  text: string;
  /** When absent: the text's headline-like first line, else its first sentence (see documentTitle). */
  title?: string | null;
  url?: string | null;
  /** Where it came from: a path such as `seeds/000_….txt`, or `upload`. */
  source?: string | null;
  /** ISO date or date-time; relative dates in the text resolve against it. Unknown stays null (never the ingest time). */
  publishedAt?: string | null;
  /** Where `publishedAt` came from; absent with a `publishedAt`: the document's own metadata. */
  dateSource?: DateSource | null;
  /**
   * A date given from outside the document (a dates.csv sidecar, `--published-at`): used only when neither its
   * metadata, a date line at the top of its text nor its file name dates it. `YYYY` alone only completes a dateline.
   */
  givenDate?: { date: string; from: 'dates-csv' | 'published-at-option' } | null;
  /** Who published it, when known: a site name, a `.jsonl` outlet/source field, the agency of a dateline ("Reuters"). */
  outlet?: string | null;
}
