/* Views: the page skeleton — top bar, legend sidebar, canvas, side panel with tabs; fixed tracks so nothing shifts. */

import type { PanelId } from '../core/state.js';
import { h } from './dom.js';

export const PANELS: { id: PanelId; label: string; key: string }[] = [
  { id: 'details', label: 'Details', key: '1' },
  { id: 'document', label: 'Document', key: '2' },
  { id: 'console', label: 'Cypher', key: '3' },
  { id: 'paths', label: 'Paths', key: '4' },
  { id: 'analyse', label: 'Analyse', key: '5' },
  { id: 'table', label: 'Table', key: '6' },
  { id: 'review', label: 'Review', key: '7' },
  { id: 'history', label: 'History', key: '8' },
  { id: 'views', label: 'Views', key: '9' },
];

export interface Shell {
  root: HTMLElement;
  searchSlot: HTMLElement;
  toolbar: HTMLElement;
  legend: HTMLElement;
  canvas: HTMLElement;
  canvasOverlay: HTMLElement;
  viewInfo: HTMLElement;
  /** Under the canvas: the timeline strip mounts here. */
  timelineSlot: HTMLElement;
  loadingBar: HTMLElement;
  toasts: HTMLElement;
  tabs: Map<PanelId, HTMLButtonElement>;
  panels: Map<PanelId, HTMLElement>;
}

export function createShell(onTab: (id: PanelId) => void): Shell {
  const tabs = new Map<PanelId, HTMLButtonElement>();
  const panels = new Map<PanelId, HTMLElement>();
  for (const panel of PANELS) {
    tabs.set(
      panel.id,
      h(
        'button',
        {
          class: 'tab',
          type: 'button',
          role: 'tab',
          title: `${panel.label} (Alt+${panel.key})`,
          dataset: { panel: panel.id },
          onclick: () => onTab(panel.id),
        },
        panel.label,
      ),
    );
    panels.set(panel.id, h('section', { class: `panel panel-${panel.id}`, role: 'tabpanel', dataset: { panel: panel.id }, hidden: true }));
  }
  const searchSlot = h('div', { class: 'search-slot' });
  const toolbar = h('div', { class: 'toolbar', role: 'toolbar' });
  const legend = h('aside', { class: 'sidebar', 'aria-label': 'Legend and filters' });
  const canvas = h('div', { class: 'canvas', id: 'graph-canvas', tabindex: '0', 'aria-label': 'Graph view' });
  const canvasOverlay = h('div', { class: 'canvas-overlay' });
  const viewInfo = h('div', { class: 'view-info', 'aria-live': 'polite' });
  const timelineSlot = h('div', { class: 'timeline-slot' });
  const loadingBar = h('div', { class: 'loading-bar', 'aria-hidden': 'true' });
  const toasts = h('div', { class: 'toasts', 'aria-live': 'polite' });
  const root = h(
    'div',
    { class: 'app' },
    h(
      'header',
      { class: 'topbar' },
      h('div', { class: 'brand' }, h('span', { class: 'brand-dot' }), 'Newsgraph'),
      searchSlot,
      toolbar,
      loadingBar,
    ),
    legend,
    h('main', { class: 'stage' }, canvas, canvasOverlay, viewInfo, toasts, timelineSlot),
    h(
      'aside',
      { class: 'side' },
      h('nav', { class: 'tabs', role: 'tablist' }, [...tabs.values()]),
      h('div', { class: 'panels' }, [...panels.values()]),
    ),
  );
  return { root, searchSlot, toolbar, legend, canvas, canvasOverlay, viewInfo, timelineSlot, loadingBar, toasts, tabs, panels };
}

export function showPanel(shell: Shell, id: PanelId): void {
  for (const [panelId, tab] of shell.tabs) {
    tab.classList.toggle('active', panelId === id);
    tab.setAttribute('aria-selected', String(panelId === id));
  }
  for (const [panelId, panel] of shell.panels) panel.hidden = panelId !== id;
}
