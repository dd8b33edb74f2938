/*
 * Views: upload by drag-and-drop or file picker, or add an article by URL (the server fetches it) —
 * asks for the write token once, POSTs, refreshes the view.
 */

import { api } from '../api/endpoints.js';
import { ApiRequestError } from '../api/http.js';
import { getWriteToken, setWriteToken } from '../core/file/write-token.js';
import { h } from './dom.js';
import { errorMessage, toast } from './status.js';

const ACCEPT = '.txt,.md,.markdown,.html,.htm';

export function mountUpload(dropTarget: HTMLElement, onIngested: () => Promise<void>): HTMLElement {
  const overlay = h('div', { class: 'drop-overlay', hidden: true }, h('div', null, 'Drop a .txt, .md or .html article to ingest it'));
  dropTarget.append(overlay);
  const picker = h('input', { type: 'file', accept: ACCEPT, hidden: true, multiple: true });
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
    const token = getWriteToken() ?? (await askToken());
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
      title: 'Ingest an article (needs the write token)',
      dataset: { action: 'upload' },
      onclick: () => picker.click(),
    },
    'Upload',
    picker,
  );
}

/** "Add URL": a dialog for an article's address (and the write token when none is kept); the server fetches and ingests the page. */
export function mountAddByUrl(onIngested: () => Promise<void>): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'btn',
      title: 'Ingest an article from its web address (needs the write token)',
      dataset: { action: 'add-url' },
      onclick: () => void addByUrl(onIngested),
    },
    'Add URL',
  );
}

async function addByUrl(onIngested: () => Promise<void>): Promise<void> {
  const asked = await askUrl(getWriteToken() === null);
  if (!asked) return;
  const token = asked.token ?? getWriteToken();
  if (!token) return;
  toast(`Fetching ${asked.url}…`);
  try {
    const result = await api.ingestUrl(asked.url, token);
    const name = result.title ?? result.url;
    toast(
      result.created ? `Ingested “${name}”: ${result.entities} entities, ${result.relations} relations` : `“${name}” was already ingested`,
    );
  } catch (error) {
    if (error instanceof ApiRequestError && (error.status === 401 || error.status === 403)) setWriteToken(null);
    toast(`Adding ${asked.url} failed: ${errorMessage(error)}`, 'error');
    return;
  }
  await onIngested();
}

function askUrl(needsToken: boolean): Promise<{ url: string; token: string | null } | null> {
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
    const token = needsToken
      ? h('input', {
          type: 'password',
          class: 'text-input',
          name: 'token',
          placeholder: 'NEWSGRAPH_WRITE_TOKEN',
          autocomplete: 'off',
          required: true,
        })
      : null;
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
        token && h('p', { class: 'hint' }, 'Adding needs the server’s write token. It is kept in this tab only (sessionStorage).'),
        token,
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
      const given = token?.value.trim() || null;
      dialog.remove();
      if (!address) return resolve(null);
      if (given) setWriteToken(given);
      resolve({ url: address, token: given });
    });
    document.body.append(dialog);
    dialog.showModal();
    url.focus();
  });
}

function askToken(): Promise<string | null> {
  return new Promise((resolve) => {
    const input = h('input', {
      type: 'password',
      class: 'text-input',
      placeholder: 'NEWSGRAPH_WRITE_TOKEN',
      autocomplete: 'off',
      required: true,
    });
    const dialog = h(
      'dialog',
      { class: 'dialog' },
      h(
        'form',
        { method: 'dialog' },
        h('h2', null, 'Write token'),
        h('p', { class: 'hint' }, 'Uploading needs the server’s write token. It is kept in this tab only (sessionStorage).'),
        input,
        h(
          'div',
          { class: 'button-row' },
          h('button', { type: 'submit', value: 'cancel', class: 'btn', formnovalidate: true }, 'Cancel'),
          h('button', { type: 'submit', value: 'ok', class: 'btn primary' }, 'Upload'),
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
  });
}
