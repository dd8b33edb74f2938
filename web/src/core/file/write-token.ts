/* Core/file: the signed-in token (writes, and reads on a server that protects them), kept in sessionStorage (gone when the tab closes). */

const KEY = 'newsgraph.writeToken';
const listeners = new Set<(token: string | null) => void>();

/** The sign-in box follows the token wherever it is set or dropped (upload dialog, a 401). */
export function onWriteTokenChange(listener: (token: string | null) => void): void {
  listeners.add(listener);
}

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
  for (const listener of listeners) listener(token);
}
