/*
 * Views: the sign-in box — one token for the session (sessionStorage), sent as Bearer on writes, and on
 * reads when the server protects them. The top-bar button opens it; a 401 on a read or a write without
 * a token opens it too (http.ts asks once).
 */

import { setTokenPrompt } from '../api/http.js';
import { getWriteToken, onWriteTokenChange, setWriteToken } from '../core/file/write-token.js';
import { h } from './dom.js';
import { toast } from './status.js';

const REASONS = {
  signin: 'Curation (merge, rename, confirm, reject, undo) and uploads need an editor’s token.',
  write: 'This change needs an editor’s token.',
  read: 'This server asks for a token to read the graph (a reader’s or an editor’s).',
  upload: 'Uploading or adding an article needs an editor’s token.',
} as const;

export function mountSignIn(): HTMLElement {
  const button = h('button', { type: 'button', class: 'btn signin', dataset: { action: 'sign-in' } });
  const sync = () => {
    const signedIn = getWriteToken() !== null;
    button.classList.toggle('signed-in', signedIn);
    button.textContent = signedIn ? 'Signed in' : 'Sign in';
    button.title = signedIn ? 'A token is kept for this tab — click to sign out' : 'Give your token to curate the graph';
    document.body.dataset.signedIn = String(signedIn);
  };
  button.addEventListener('click', () => {
    if (getWriteToken() === null) return void askForToken('signin');
    setWriteToken(null);
    toast('Signed out: the token is forgotten in this tab.');
  });
  onWriteTokenChange(sync);
  setTokenPrompt(askForToken);
  sync();
  return button;
}

/** The sign-in dialog; resolves with the token given (and keeps it), or null when cancelled. */
export function askForToken(reason: keyof typeof REASONS): Promise<string | null> {
  return new Promise((resolve) => {
    const input = h('input', {
      type: 'password',
      class: 'text-input',
      name: 'token',
      placeholder: 'Token',
      autocomplete: 'off',
      required: true,
      'aria-label': 'Token',
    });
    const dialog = h(
      'dialog',
      { class: 'dialog', dataset: { dialog: 'sign-in' } },
      h(
        'form',
        { method: 'dialog' },
        h('h2', null, 'Sign in'),
        h('p', { class: 'hint' }, REASONS[reason], ' It is kept in this tab only (sessionStorage) and forgotten when the tab closes.'),
        input,
        h(
          'div',
          { class: 'button-row' },
          h('button', { type: 'submit', value: 'cancel', class: 'btn', formnovalidate: true }, 'Cancel'),
          h('button', { type: 'submit', value: 'ok', class: 'btn primary', dataset: { action: 'sign-in-ok' } }, 'Sign in'),
        ),
      ),
    );
    dialog.addEventListener('close', () => {
      const token = dialog.returnValue === 'ok' ? input.value.trim() : '';
      dialog.remove();
      if (token) setWriteToken(token);
      resolve(token || null);
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
