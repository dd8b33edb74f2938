/* Views: the Views tab — saved views (save the current one, open, link, rename, export as JSON, delete, import),
   and what is new around the opened view since it was saved, with evidence. */

import type { SavedView, SavedViewInput, SavedViewSummary, ViewChangesResponse } from '../../../ontology/saved-views.js';
import { api } from '../api/endpoints.js';
import type { Actions } from '../app/actions.js';
import { saveBlob } from '../core/file/save-blob.js';
import { nameInView } from '../core/graph/index.js';
import { viewStore } from '../core/state.js';
import { clear, errorBox, formatNumber, h, spinner } from './dom.js';
import { errorMessage, toast } from './status.js';

export interface ViewsPanel {
  /** Shows what is new around a view just opened. */
  showOpened(view: SavedView, changes: ViewChangesResponse | null): void;
}

export function mountViewsPanel(host: HTMLElement, actions: Actions): ViewsPanel {
  const name = h('input', {
    type: 'text',
    class: 'text-input',
    placeholder: 'Name this view',
    maxlength: '200',
    'aria-label': 'View name',
  });
  const list = h('ol', { class: 'views-list', 'aria-label': 'Saved views, most recently updated first' });
  const news = h('div', { class: 'view-changes', dataset: { role: 'view-changes' } });
  const importInput = h('input', { type: 'file', accept: 'application/json,.json', hidden: true, dataset: { role: 'import-view' } });
  importInput.addEventListener('change', () => void importFile());
  clear(
    host,
    h(
      'form',
      {
        class: 'views-save',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void save();
        },
      },
      name,
      h('button', { type: 'submit', class: 'btn primary', dataset: { action: 'save-view' } }, 'Save view'),
    ),
    news,
    h(
      'div',
      { class: 'review-head' },
      h('h3', { class: 'panel-title' }, 'Saved views'),
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'button', class: 'btn', dataset: { action: 'import-view' }, onclick: () => importInput.click() }, 'Import…'),
        h('button', { type: 'button', class: 'btn', dataset: { action: 'views-reload' }, onclick: () => void load() }, 'Reload'),
      ),
      importInput,
    ),
    h(
      'p',
      { class: 'hint' },
      'A view keeps its entities where you placed them, the camera and the filters. Open it tomorrow to see what the new articles added.',
    ),
    list,
  );

  async function load(): Promise<void> {
    clear(list, spinner('Loading views…'));
    try {
      render((await api.views()).views);
    } catch (error) {
      clear(list, errorBox(`Could not load the views: ${errorMessage(error)}`));
    }
  }

  function render(views: SavedViewSummary[]): void {
    if (!views.length)
      return void clear(list, h('li', { class: 'placeholder' }, 'No saved views yet: name the current view above and save it.'));
    const current = viewStore.get().view;
    clear(
      list,
      views.map((v) =>
        h(
          'li',
          { class: `view-item${v.id === current ? ' current' : ''}`, dataset: { viewId: v.id } },
          h('div', { class: 'view-name' }, v.name),
          h(
            'div',
            { class: 'muted' },
            `${formatNumber(v.nodeCount)} entities · saved ${formatDay(v.savedAt)} by ${v.updatedBy || v.createdBy}`,
          ),
          h(
            'div',
            { class: 'button-row' },
            h(
              'button',
              { type: 'button', class: 'btn tiny primary', dataset: { action: 'open-view' }, onclick: () => void open(v.id) },
              'Open',
            ),
            h('a', { class: 'btn tiny', href: `?view=${encodeURIComponent(v.id)}`, dataset: { action: 'view-link' } }, 'Link'),
            h('button', { type: 'button', class: 'btn tiny', dataset: { action: 'rename-view' }, onclick: () => void rename(v) }, 'Rename'),
            h(
              'button',
              { type: 'button', class: 'btn tiny', dataset: { action: 'export-view' }, onclick: () => void exportView(v) },
              'Export',
            ),
            h('button', { type: 'button', class: 'btn tiny', dataset: { action: 'delete-view' }, onclick: () => void remove(v) }, 'Delete'),
          ),
        ),
      ),
    );
  }

  async function save(): Promise<void> {
    const title = name.value.trim();
    if (!title) return void toast('Name the view first.', 'error');
    try {
      const view = await api.saveView({ name: title, ...actions.captureView() });
      name.value = '';
      // The graph is now that view: a reload reopens it.
      viewStore.set({ view: view.id, fresh: null });
      toast(`Saved “${view.name}” (${formatNumber(view.nodeCount)} entities)`);
      clear(news);
      await load();
    } catch (error) {
      toast(`Could not save the view: ${errorMessage(error)}`, 'error');
    }
  }

  async function open(id: string): Promise<void> {
    try {
      await actions.openView(id);
    } catch (error) {
      toast(`Could not open the view: ${errorMessage(error)}`, 'error');
    }
  }

  async function rename(v: SavedViewSummary): Promise<void> {
    const next = prompt('New name of the view', v.name)?.trim();
    if (!next || next === v.name) return;
    try {
      await api.updateView(v.id, { name: next });
      await load();
    } catch (error) {
      toast(`Could not rename the view: ${errorMessage(error)}`, 'error');
    }
  }

  async function remove(v: SavedViewSummary): Promise<void> {
    if (!confirm(`Delete the view “${v.name}”?`)) return;
    try {
      await api.deleteView(v.id);
      if (viewStore.get().view === v.id) viewStore.set({ view: null });
      await load();
    } catch (error) {
      toast(`Could not delete the view: ${errorMessage(error)}`, 'error');
    }
  }

  async function exportView(v: SavedViewSummary): Promise<void> {
    try {
      const full = await api.view(v.id);
      const body: SavedViewInput & { format: string } = {
        format: 'newsgraph-view/1',
        name: full.name,
        state: full.state,
        positions: full.positions,
        camera: full.camera,
      };
      const file = `${full.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'view'}.view.json`;
      saveBlob(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }), file);
    } catch (error) {
      toast(`Could not export the view: ${errorMessage(error)}`, 'error');
    }
  }

  async function importFile(): Promise<void> {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    try {
      const parsed = JSON.parse(await file.text()) as Partial<SavedViewInput>;
      if (typeof parsed !== 'object' || !parsed || typeof parsed.name !== 'string' || !parsed.state || !parsed.positions)
        throw new Error('not a saved view (it needs name, state and positions)');
      const view = await api.saveView({
        name: parsed.name,
        state: parsed.state,
        positions: parsed.positions,
        camera: parsed.camera ?? null,
      });
      toast(`Imported “${view.name}”`);
      await load();
    } catch (error) {
      toast(`Could not import ${file.name}: ${error instanceof SyntaxError ? 'not JSON' : errorMessage(error)}`, 'error');
    }
  }

  function showOpened(view: SavedView, changes: ViewChangesResponse | null): void {
    if (!changes) return void clear(news, errorBox('Could not read what is new around this view.'));
    const count = changes.changes.length;
    const since = formatDay(changes.since);
    const head = h(
      'div',
      { class: 'view-changes-head', dataset: { role: 'view-changes-count', count: String(count) } },
      count
        ? `${formatNumber(count)}${changes.truncated ? '+' : ''} new relationship${count === 1 ? '' : 's'} since ${since}`
        : `Nothing new since ${since}`,
    );
    clear(
      news,
      h('h3', { class: 'panel-title' }, `“${view.name}”`),
      head,
      count
        ? h(
            'ol',
            { class: 'view-changes-list' },
            changes.changes.map((c) => {
              const doc = c.documents[0];
              return h(
                'li',
                { class: 'view-change', dataset: { edgeId: c.edge.id } },
                h(
                  'div',
                  { class: 'view-change-line' },
                  h('button', { type: 'button', class: 'link', onclick: () => actions.select(c.edge.source) }, nameInView(c.edge.source)),
                  ` — ${c.edge.type.replace(/_/g, ' ').toLowerCase()} → `,
                  h('button', { type: 'button', class: 'link', onclick: () => actions.select(c.edge.target) }, nameInView(c.edge.target)),
                ),
                c.evidence[0]
                  ? h(
                      'button',
                      {
                        type: 'button',
                        class: 'evidence-link',
                        onclick: () =>
                          actions.openEvidence(
                            c.documents.map((d) => d.id),
                            c.evidence[0]!,
                          ),
                      },
                      `‘${c.evidence[0]}’`,
                    )
                  : null,
                doc
                  ? h('div', { class: 'muted' }, [doc.title, doc.outlet, doc.publishedAt?.slice(0, 10)].filter(Boolean).join(' · '))
                  : null,
              );
            }),
          )
        : null,
    );
    viewStore.set({ panel: 'views' });
    void load();
  }

  viewStore.subscribe((s, p) => {
    if (s.panel === 'views' && p.panel !== 'views') void load();
  });
  if (viewStore.get().panel === 'views') void load();
  return { showOpened };
}

function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
