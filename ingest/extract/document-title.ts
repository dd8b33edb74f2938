/* Extraction: a document's title — the given one, else its first line or Markdown heading. */

export function documentTitle(text: string, given?: string | null): string {
  if (given && given.trim()) return given.trim();
  const first = text.split('\n').find((l) => l.trim()) ?? '';
  const title = first.replace(/^#+\s*/, '').trim();
  return title.length > 200 ? `${title.slice(0, 197)}...` : title;
}
