/* Extraction stage 1: normalize raw text (NFC, quotes, dashes, spaces, hard-wrapped wire copy). */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/g;
const LONG_DASHES = /[\u2014\u2015]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const TERMINAL = /[.!?:;"')\]]$/;
const BULLET = /^([-*•]|\d+[.)])\s/;

/** Whether a hard line break inside a paragraph is a wrap (join) rather than a real break. */
function isWrap(previous: string, next: string): boolean {
  if (!previous || !next || BULLET.test(next) || TERMINAL.test(previous)) return false;
  if (/^[a-z0-9(]/.test(next)) return true;
  return previous.length >= 60 && !/^—/.test(next);
}

/**
 * Whether paragraphs open with an indent (agency wire copy: "    WASHINGTON, April 1 - …" wrapped
 * at ~65 columns with no blank lines): then a line that is not indented continues its paragraph,
 * however short the line before it ("… Trade Representative Martin" / "Calloway said …").
 */
function paragraphsByIndent(lines: string[]): boolean {
  const nonBlank = lines.filter((l) => l.trim() !== '');
  const indented = nonBlank.filter((l) => /^ {2,}\S|^\t\S/.test(l)).length;
  const flush = nonBlank.length - indented;
  return indented >= 2 && flush >= indented;
}

export function normalizeText(raw: string): string {
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLES, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(HYPHENS, '-')
    .replace(LONG_DASHES, '—')
    .replace(/\u2026/g, '...')
    .replace(SPACES, ' ');
  const rawLines = text.split('\n');
  const indentedParagraphs = paragraphsByIndent(rawLines);
  const lines = rawLines.map((line) => line.replace(/ {2,}/g, ' ').trim());
  const out: string[] = [];
  for (const [n, line] of lines.entries()) {
    const previous = out.length > 0 ? out[out.length - 1]! : '';
    // Wire copy whose paragraphs open with an indent: an unindented line continues the paragraph.
    const continues = indentedParagraphs && !/^\s/.test(rawLines[n]!) && lines[n - 1] !== '' && !BULLET.test(line);
    if (line && previous && (continues || isWrap(previous, line))) out[out.length - 1] = `${previous} ${line}`;
    else if (line || (previous && out.length > 0)) out.push(line);
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
