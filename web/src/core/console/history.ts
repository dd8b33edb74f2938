/* Core/console: query history, newest first, kept in localStorage so it survives reloads. */

const KEY = 'newsgraph.console.history';
const MAX = 30;

export function loadHistory(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((q): q is string => typeof q === 'string') : [];
  } catch {
    return [];
  }
}

export function pushHistory(query: string): string[] {
  const next = [query, ...loadHistory().filter((q) => q !== query)].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage may be full or disabled; history is a convenience.
  }
  return next;
}
