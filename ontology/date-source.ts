/* Ontology: where a Document's `publishedAt` came from (`Document.dateSource`), and how to say it. */

export const DATE_SOURCES = ['metadata', 'date-line', 'file-name', 'dates-csv', 'published-at-option', 'dateline'] as const;

/**
 * - `metadata`: the document's own (HTML metas, feed item, `.jsonl` field, front matter, the upload's body);
 * - `date-line`: a date line at the top of the text ("June 8, 2021", "Washington, DC, 8 June 2021");
 * - `file-name`: a YYYY-MM-DD in the file name;
 * - `dates-csv`: a `dates.csv` sidecar beside the files (or `--dates FILE`);
 * - `published-at-option`: `npm run ingest -- --published-at`;
 * - `dateline`: a wire dateline's day and month ("NEW DELHI, March 27 -"), its year from the URL or the sidecar.
 */
export type DateSource = (typeof DATE_SOURCES)[number];

const LABELS: Record<DateSource, string> = {
  metadata: "the document's metadata",
  'date-line': 'a date line at the top of the text',
  'file-name': 'the file name',
  'dates-csv': 'dates.csv',
  'published-at-option': '--published-at',
  dateline: "the dateline's day and month",
};

export function isDateSource(value: unknown): value is DateSource {
  return typeof value === 'string' && (DATE_SOURCES as readonly string[]).includes(value);
}

/** "date from the file name"; null for an unknown or missing source. */
export function describeDateSource(value: unknown): string | null {
  return isDateSource(value) ? `date from ${LABELS[value]}` : null;
}
