/* Views: the Export menu — one click per format, each downloading a file named after the view. */

import type { ExportFormat } from '../../../ontology/api-types.js';
import { EXPORT_LABELS, exportFromServer, exportPng, viewPicture, WITH_PICTURE, type ViewExportFormat } from '../core/file/export-view.js';
import { fileBaseName } from '../core/file/save-blob.js';
import { graph } from '../core/graph/index.js';
import { viewStore } from '../core/state.js';
import { rangeQuery } from '../core/time/timeline.js';
import type { ExplorerSigma } from './graph-canvas.js';
import { installLabelPlacement } from './label-placement.js';
import { h } from './dom.js';
import { errorMessage, toast } from './status.js';

export function createExportMenu(sigma: ExplorerSigma, viewName: () => string): HTMLElement {
  const menu = h('div', { class: 'menu', role: 'menu', hidden: true });
  const button = h(
    'button',
    { type: 'button', class: 'btn', 'aria-haspopup': 'menu', 'aria-expanded': 'false', dataset: { action: 'export' } },
    'Export ▾',
  );
  const close = () => {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  button.addEventListener('click', () => {
    menu.hidden = !menu.hidden;
    button.setAttribute('aria-expanded', String(!menu.hidden));
    if (!menu.hidden) (menu.querySelector('button') as HTMLButtonElement | null)?.focus();
  });
  for (const format of Object.keys(EXPORT_LABELS) as ViewExportFormat[]) {
    menu.append(
      h(
        'button',
        { type: 'button', class: 'menu-item', role: 'menuitem', dataset: { format }, onclick: () => (close(), void run(format)) },
        EXPORT_LABELS[format],
      ),
    );
  }
  async function run(format: ViewExportFormat): Promise<void> {
    if (!graph.order) return toast('The view is empty: nothing to export.', 'error');
    const base = fileBaseName(viewName());
    try {
      const image = WITH_PICTURE.has(format)
        ? await viewPicture(sigma, (renderer) => installLabelPlacement(renderer)).catch(() => null)
        : null;
      // An evidence pack of a time-filtered view keeps to the range.
      const range = format === 'report' || format === 'report-md' ? rangeQuery(viewStore.get().time) : {};
      const name =
        format === 'png'
          ? await exportPng(sigma, base)
          : await exportFromServer(format as ExportFormat, graph.nodes(), base, { image, ...range });
      toast(`Saved ${name}`);
    } catch (error) {
      toast(`Export failed: ${errorMessage(error)}`, 'error');
    }
  }
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      close();
      button.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!menu.hidden && !menu.contains(e.target as Node) && e.target !== button) close();
  });
  return h('div', { class: 'menu-wrap' }, button, menu);
}
