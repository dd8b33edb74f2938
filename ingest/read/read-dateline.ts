/* Ingest read: the dateline that opens a wire story — "LONDON, March 3 (Reuters) -", "WASHINGTON, Oct 19, 1987 -",
   "TOKYO (AP) —" — as its date (only when the year is knowable) and the agency in parentheses. */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** A place in capitals, maybe with a region ("KASHIKOJIMA, JAPAN"); agencies in parentheses; a dash ends it. */
const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L} .'’-]{1,30}?)?`;
const AGENCY = String.raw`\((\p{Lu}[\p{L}.&'-]*(?:\s\p{Lu}[\p{L}.&'-]*){0,3})\)`;
const DASH = String.raw`\s*(?:-{1,2}|–|—)`;
const WITH_DATE = new RegExp(
  String.raw`^(?:${PLACE})?,?\s*(?:\p{Lu}[a-z]+day,?\s+)?${MONTH}\s+(\d{1,2})(?:,?\s+(\d{4}))?(?:\s*\/[^/\n]{0,30}\/)?\s*(?:${AGENCY})?${DASH}`,
  'u',
);
const AGENCY_ONLY = new RegExp(String.raw`^${PLACE}\s*${AGENCY}${DASH}`, 'u');

export interface Dateline {
  /** YYYY-MM-DD when the dateline states its year, or `year` was given; else absent. */
  date?: string;
  /** Month and day as stated, when the dateline has a date (with or without its year). */
  monthDay?: { month: number; day: number };
  /** The agency named in parentheses ("Reuters", "AP"). */
  agency?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? `${year}-${pad(month)}-${pad(day)}`
    : undefined;
}

/**
 * The dateline of the first lines of `text` (after a headline, if any). A date without its year is kept only
 * as month and day unless `year` (known from elsewhere: the URL, the document's metadata) completes it.
 */
export function readDateline(text: string, year?: number): Dateline | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 4);
  for (const line of lines) {
    const dated = WITH_DATE.exec(line);
    if (dated && dated.index === 0) {
      const month = MONTHS[dated[1]!.toLowerCase().replace(/\.$/, '')]!;
      const day = Number(dated[2]);
      const stated = dated[3] ? Number(dated[3]) : undefined;
      const y = stated ?? year;
      const date = y !== undefined && y >= 1800 && y <= 2200 ? isoDate(y, month, day) : undefined;
      if (!isoDate(2000, month, day)) continue;
      return { ...(date ? { date } : {}), monthDay: { month, day }, ...(dated[4] ? { agency: dated[4] } : {}) };
    }
    const agency = AGENCY_ONLY.exec(line);
    if (agency) return { agency: agency[1]! };
  }
  return undefined;
}

/** The year a URL's path states ("/2025/03/04/story", "/news/2019-07-01-…"), or undefined. */
export function yearFromUrl(url: string | null | undefined): number | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /\/((?:19|20)\d\d)(?:[/_-](?:0[1-9]|1[0-2])(?:\b|[/_-]))/.exec(path) ?? /\/((?:19|20)\d\d)\//.exec(path);
  return m ? Number(m[1]) : undefined;
}
