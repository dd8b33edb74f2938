/* Extraction: the text's title line, when it has one — a first line (or Markdown heading) that reads
   as a headline: short, followed by more text that is not a list it introduces ("Key Points"), and
   not ending like a sentence. */

/** Longest first line still taken for a headline. */
const MAX_TITLE_LINE = 150;
// A full stop, possibly inside closing quotes or brackets, ends a sentence; headlines do not end so.
const SENTENCE_END = /\.["'’”)\]]*$/;
const LIST_ITEM = /^\s*([-*+•–]|\d+[.)])\s/;

export function titleLine(text: string): string | null {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => l.trim() !== '');
  if (at < 0) return null;
  const raw = lines[at]!.trim();
  const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(raw);
  if (heading) return heading[1] || null;
  const next = lines.slice(at + 1).find((l) => l.trim() !== '');
  if (next === undefined || LIST_ITEM.test(next) || raw.length > MAX_TITLE_LINE || SENTENCE_END.test(raw)) return null;
  return raw;
}
