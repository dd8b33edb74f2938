/* Core/file: the write token for uploads, kept in sessionStorage (gone when the tab closes). */

const KEY = 'newsgraph.writeToken';

export function getWriteToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setWriteToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Private mode without storage: the token is asked again next time.
  }
}
