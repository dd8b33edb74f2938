/*
 * Views: upload by drag-and-drop or file picker, or add an article by URL (the server fetches it) —
 * signed out, the app's sign-in comes first (before a file or an address is chosen); POSTs, refreshes the view.
 */

import { api } from '../api/endpoints.js';
import { ApiRequestError } from '../api/http.js';
import { getWriteToken, setWriteToken } from '../core/file/write-token.js';
import { h } from './dom.js';
import { askForToken } from './sign-in.js';
import { errorMessage, toast } from './status.js';

/** The kept token, or the sign-in dialog's answer (null: cancelled). */
const signedIn = async (): Promise<string | null> => getWriteToken() ?? (await askForToken('upload'));

const ACCEPT = '.txt,.md,.markdown,.html,.htm';

export function mountUpload(dropTarget: HTMLElement, onIngested: () => Promise<void>): HTMLElement {
  const overlay = h('div', { class: 'drop-overlay', hidden: true }, h('div', null, 'Drop a .txt, .md or .html article to ingest it'));
  dropTarget.append(overlay);
  // Beside the button, not inside it: a click on the picker would bubble to the button and open it again.
  const picker = h('input', { type: 'file', name: 'upload-file', accept: ACCEPT, hidden: true, multiple: true });
  dropTarget.append(picker);
  picker.addEventListener('change', () => void ingestFiles([...(picker.files ?? [])]).finally(() => (picker.value = '')));

  let depth = 0;
  window.addEventListener('dragenter', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) overlay.hidden = true;
  });
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    void ingestFiles([...(e.dataTransfer?.files ?? [])]);
  });

  async function ingestFiles(files: File[]): Promise<void> {
    const usable = files.filter((f) => /\.(txt|md|markdown|html?)$/i.test(f.name));
    if (!usable.length) return toast('Only .txt, .md and .html files can be ingested.', 'error');
    // A drop cannot wait for sign-in to come first: it is asked for here.
    const token = await signedIn();
    if (!token) return;
    for (const file of usable) {
      try {
        const result = await api.ingest({ text: await file.text(), title: file.name.replace(/\.[^.]+$/, ''), source: file.name }, token);
        toast(
          result.created
            ? `Ingested ${file.name}: ${result.entities} entities, ${result.relations} relations`
            : `${file.name} was already ingested`,
        );
      } catch (error) {
        if (error instanceof ApiRequestError && (error.status === 401 || error.status === 403)) setWriteToken(null);
        toast(`Upload of ${file.name} failed: ${errorMessage(error)}`, 'error');
        return;
      }
    }
    await onIngested();
  }

  return h(
    'button',
    {
      type: 'button',
      class: 'btn',
      title: 'Ingest an article (needs an editor’s sign-in)',
      dataset: { action: 'upload' },
      // Signed out: sign in first, then choose the file (the dialog's button click lets the picker open).
      onclick: () => void signedIn().then((token) => token && picker.click()),
    },
    'Upload',
  );
}

/** "Add URL": sign-in when signed out, then a dialog for an article's address; the server fetches and ingests the page. */
export function mountAddByUrl(onIngested: () => Promise<void>): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'btn',
      title: 'Ingest an article from its web address (needs an editor’s sign-in)',
      dataset: { action: 'add-url' },
      onclick: () => void addByUrl(onIngested),
    },
    'Add URL',
  );
}

async function addByUrl(onIngested: () => Promise<void>): Promise<void> {
  if (!(await signedIn())) return;
  const address = await askUrl();
  const token = getWriteToken();
  if (!address || !token) return;
  toast(`Fetching ${address}…`);
  try {
    const result = await api.ingestUrl(address, token);
    const name = result.title ?? result.url;
    toast(
      result.created ? `Ingested “${name}”: ${result.entities} entities, ${result.relations} relations` : `“${name}” was already ingested`,
    );
  } catch (error) {
    if (error instanceof ApiRequestError && (error.status === 401 || error.status === 403)) setWriteToken(null);
    toast(`Adding ${address} failed: ${errorMessage(error)}`, 'error');
    return;
  }
  await onIngested();
}

function askUrl(): Promise<string | null> {
  return new Promise((resolve) => {
    const url = h('input', {
      type: 'url',
      class: 'text-input',
      name: 'url',
      placeholder: 'https://…',
      autocomplete: 'off',
      required: true,
      pattern: 'https?://.+',
    });
    const dialog = h(
      'dialog',
      { class: 'dialog', dataset: { dialog: 'add-url' } },
      h(
        'form',
        { method: 'dialog' },
        h('h2', null, 'Add an article by URL'),
        h(
          'p',
          { class: 'hint' },
          'The server fetches the page (http or https, public addresses only), keeps its main text and reads its title, date and site.',
        ),
        url,
        h(
          'div',
          { class: 'button-row' },
          h('button', { type: 'submit', value: 'cancel', class: 'btn', formnovalidate: true }, 'Cancel'),
          h('button', { type: 'submit', value: 'ok', class: 'btn primary' }, 'Add'),
        ),
      ),
    );
    dialog.addEventListener('close', () => {
      const address = dialog.returnValue === 'ok' ? url.value.trim() : '';
      dialog.remove();
      resolve(address || null);
    });
    document.body.append(dialog);
    dialog.showModal();
    url.focus();
  });
}
