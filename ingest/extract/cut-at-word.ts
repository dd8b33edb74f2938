/* Extraction: a text cut at a word boundary near `max` characters, with an ellipsis when cut. */

/** A boundary earlier than this share of `max` would lose too much; cut mid-word instead. */
const MIN_SHARE = 0.6;

export function cutAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max + 1);
  const space = head.lastIndexOf(' ');
  const cut = space >= max * MIN_SHARE ? head.slice(0, space) : clean.slice(0, max);
  // No dangling comma, colon, dash or opening quote before the ellipsis.
  return `${cut.replace(/[\s,;:\-–—(“"'‘]+$/u, '')}…`;
}
