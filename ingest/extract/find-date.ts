/* Extraction: the most specific date a sentence states (ISO "2026-07-01", "2020-07" or "2026"); relative ones anchor at publication. */

import * as chrono from 'chrono-node';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b`);
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+((?:19|20)\d{2})\b`);
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}\s+((?:19|20)\d{2})\b`);
const YEAR = /\b(?:in|for|by|since|until|from|of|during|set for|scheduled for)\s+((?:19|20)\d{2})\b(?!\s*(?:-|percent|%))/;
const RELATIVE_YEAR = /\b(next|last|this) year\b/i;
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** Day- and month-level expressions that only publication time can anchor ("on Thursday", "next month"). */
const RELATIVE_DAY = new RegExp(String.raw`^(?:yesterday|today|tomorrow|(?:on |last |next |this )?${WEEKDAY})$`, 'i');
const RELATIVE_MONTH = /^(?:next|last|this) (?:week|month)$/i;

/** "on Thursday" → the date chrono anchors at the publication time; "next month" → its month. */
const RELATIVE_CUE = new RegExp(String.raw`\b(?:yesterday|today|tomorrow|${WEEKDAY}|(?:next|last|this) (?:week|month))\b`, 'i');

function relativeDate(text: string, publishedAt: string): string | null {
  // chrono is thorough but slow: only sentences with a relative cue reach it.
  if (!RELATIVE_CUE.test(text)) return null;
  const instant = new Date(publishedAt);
  if (Number.isNaN(instant.getTime())) return null;
  for (const r of chrono.parse(text, { instant, timezone: 'UTC' })) {
    const phrase = r.text.trim();
    const iso = r.start.date().toISOString();
    if (RELATIVE_DAY.test(phrase)) return iso.slice(0, 10);
    if (RELATIVE_MONTH.test(phrase)) return iso.slice(0, 7);
  }
  return null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthIndex = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

export function findDate(text: string, publishedAt: string | null): string | null {
  let m = MONTH_DAY_YEAR.exec(text);
  if (m) return `${m[3]}-${pad(monthIndex(m[1]!))}-${pad(Number(m[2]))}`;
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return `${m[3]}-${pad(monthIndex(m[2]!))}-${pad(Number(m[1]))}`;
  m = MONTH_YEAR.exec(text);
  if (m) return `${m[2]}-${pad(monthIndex(m[1]!))}`;
  m = YEAR.exec(text);
  if (m) return m[1]!;
  const day = publishedAt ? relativeDate(text, publishedAt) : null;
  if (day) return day;
  const rel = RELATIVE_YEAR.exec(text);
  const year = publishedAt ? Number(publishedAt.slice(0, 4)) : NaN;
  if (rel && Number.isFinite(year))
    return String(year + (rel[1]!.toLowerCase() === 'next' ? 1 : rel[1]!.toLowerCase() === 'last' ? -1 : 0));
  return null;
}
