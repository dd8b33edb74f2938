/* Ingest: one text to ingest, as read from a file, a JSONL line or an HTTP upload. */

export interface SourceInput {
  text: string;
  /** When absent: the first line (or Markdown heading) of the text. */
  title?: string | null;
  url?: string | null;
  /** Where it came from: a path such as `seeds/000_….txt`, or `upload`. */
  source?: string | null;
  /** ISO date or date-time; relative dates in the text resolve against it. */
  publishedAt?: string | null;
}
