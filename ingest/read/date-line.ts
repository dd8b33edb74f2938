/* Ingest read: a date line at the top of a text ("June 8, 2021", "Washington, DC, 8 June 2021", "Tuesday, 8 June
   2021 – 10:00 a.m.") and a YYYY-MM-DD in a file name: where a document without metadata says when it was published. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+`;
/** "Washington, DC, ", "WASHINGTON — ", "Tokyo, Japan | ": one to three short capitalised parts before the date. */
const PLACE = String.raw`(?:\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}){0,2}\s*(?:,|–|—|-|\||•|·)\s*)?`;
/** After the date: nothing, a time, or a separator and anything (a section name, the body). */
const AFTER = String.raw`\s*(?:\.?\s*$|[.,]?\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?(?:\s+\p{Lu}{2,4})?\s*$|[.,]?\s*(?:–|—|-{1,2}|\||•|·|:)\s*)`;
/** A release header's label before its date ("FOR IMMEDIATE RELEASE:", "Release date:", "Published on"); an update
 *  line ("Updated June 9, 2021") is not when the document was published. */
const LABEL =
  /^(?:for\s+immediate\s+release|immediate\s+release|press\s+release|news\s+release|media\s+release|release\s+date|date\s+of\s+release|date|dated|published(?:\s+on)?|posted(?:\s+on)?|issued(?:\s+on)?|released(?:\s+on)?)\b\s*(?::|–|—|-|\|)?\s*/i;
const MONTH_FIRST = new RegExp(String.raw`^${PLACE}(?:${WEEKDAY})?${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${AFTER}`, 'u');
const DAY_FIRST = new RegExp(String.raw`^${PLACE}(?:${WEEKDAY})?(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})${AFTER}`, 'u');
const NUMERIC = new RegExp(String.raw`^${PLACE}(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?${AFTER}`, 'u');

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD when year, month and day make a real day in 1800–2200, else undefined. */
function isoDay(year: number, month: number, day: number): string | undefined {
  if (year < 1800 || year > 2200) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? `${year}-${pad(month)}-${pad(day)}`
    : undefined;
}

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** "JUNE 08, 2021", "TUESDAY" → "June 08, 2021", "Tuesday": month and weekday names in capitals, as headers print them. */
const capitalsToTitle = (line: string): string =>
  line.replace(
    /\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]*\b/g,
    (w) => w[0] + w.slice(1).toLowerCase(),
  );

function dateOfLine(given: string): string | undefined {
  // "FOR IMMEDIATE RELEASE: June 8, 2021", "(June 8, 2021)", "[8 June 2021]": the label and brackets set aside.
  const line = capitalsToTitle(given)
    .replace(LABEL, '')
    .replace(/^[([]\s*(.*?)\s*[)\]]$/u, '$1');
  // A place before the date needs the date to be the line's point: the match must not be a sentence's opening words.
  let m = MONTH_FIRST.exec(line);
  if (m) return isoDay(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  m = DAY_FIRST.exec(line);
  if (m) return isoDay(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  m = NUMERIC.exec(line);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/**
 * The date a line among the first five non-empty lines of `text` states as the whole line or its head (a place
 * before it, a time or a dash after it). A date inside a sentence ("met on June 8, 2021 to…") is not a date line.
 */
export function readDateLine(text: string): string | undefined {
  const lines = text
    .slice(0, 2000)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 5);
  for (const line of lines) {
    const date = dateOfLine(line);
    if (date) return date;
  }
  return undefined;
}

/** The YYYY-MM-DD (or YYYY_MM_DD, YYYY.MM.DD) in the last segment of a path, when it is a real day. */
export function dateFromFileName(path: string | null | undefined): string | undefined {
  if (!path) return undefined;
  const name = path.split(/[\\/]/).pop() ?? '';
  const m = /(?<!\d)((?:18|19|20|21)\d\d)([-_.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/.exec(name);
  return m ? isoDay(Number(m[1]), Number(m[3]), Number(m[4])) : undefined;
}
