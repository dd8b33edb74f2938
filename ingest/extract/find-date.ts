/* Extraction: the most specific date a sentence states (ISO "2026-07-01", "2020-07" or "2026"). */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b`);
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+((?:19|20)\d{2})\b`);
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}\s+((?:19|20)\d{2})\b`);
const YEAR = /\b(?:in|for|by|since|until|from|of|during|set for|scheduled for)\s+((?:19|20)\d{2})\b(?!\s*(?:-|percent|%))/;
const RELATIVE_YEAR = /\b(next|last|this) year\b/i;

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
  const rel = RELATIVE_YEAR.exec(text);
  const year = publishedAt ? Number(publishedAt.slice(0, 4)) : NaN;
  if (rel && Number.isFinite(year)) return String(year + (rel[1]!.toLowerCase() === 'next' ? 1 : rel[1]!.toLowerCase() === 'last' ? -1 : 0));
  return null;
}
