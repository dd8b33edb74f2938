/* App: the top-bar buttons and the keyboard shortcuts that mirror them. */

import { REVIEW_KEYS } from '../core/curation/review-walk.js';
import { graph } from '../core/graph/index.js';
import { viewStore, type PanelId } from '../core/state.js';
import { h } from '../views/dom.js';
import { PANELS } from '../views/app-shell.js';
import type { Controller } from './controller.js';

export function createToolbar(controller: Controller, extra: HTMLElement[]): HTMLElement[] {
  const expand = h(
    'button',
    {
      type: 'button',
      class: 'btn',
      title: 'Expand the selected entity (E or double-click)',
      dataset: { action: 'expand-selected' },
      onclick: () => withSelection((id) => controller.expand(id)),
    },
    'Expand',
  );
  const sync = () => (expand.disabled = !viewStore.get().selected);
  viewStore.subscribe(sync);
  sync();
  return [
    expand,
    h(
      'button',
      {
        type: 'button',
        class: 'btn',
        title: 'Undo the last expand (U)',
        dataset: { action: 'undo' },
        onclick: () => controller.undoExpand(),
      },
      'Undo',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn',
        title: 'Run the layout again (L)',
        dataset: { action: 'layout' },
        onclick: () => controller.relayout(),
      },
      'Layout',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn',
        title: 'Back to the overview',
        dataset: { action: 'overview' },
        onclick: () => void controller.reloadOverview(),
      },
      'Overview',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn',
        title: 'Remove everything from the view',
        dataset: { action: 'clear' },
        onclick: () => controller.clearView(),
      },
      'Clear',
    ),
    ...extra,
  ];

  function withSelection(fn: (id: string) => unknown): void {
    const id = viewStore.get().selected;
    if (id) fn(id);
  }
}

const REVIEW_KEY_SET = new Set(REVIEW_KEYS.map((k) => k.key));

export function bindShortcuts(controller: Controller, focusSearch: () => void): void {
  window.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable]');
    if (e.altKey && /^[1-9]$/.test(e.key)) {
      const panel = PANELS[Number(e.key) - 1];
      if (panel) viewStore.set({ panel: panel.id as PanelId });
      e.preventDefault();
      return;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    // The Review tab answers its own keys (j/k/a/r/m/s/u); the explorer's shortcuts wait.
    if (viewStore.get().panel === 'review' && REVIEW_KEY_SET.has(e.key)) return;
    const selected = viewStore.get().selected;
    switch (e.key) {
      case '/':
        e.preventDefault();
        focusSearch();
        break;
      case 'Escape':
        controller.select(null);
        controller.highlightPath(null);
        break;
      case 'e':
        if (selected) void controller.expand(selected);
        break;
      case 'u':
        controller.undoExpand();
        break;
      case 'l':
        controller.relayout();
        break;
      case 'h':
        if (selected && graph.hasNode(selected)) controller.hideNode(selected);
        break;
    }
  });
}
