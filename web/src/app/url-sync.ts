/* App: keeps the URL in step with the view (pushState per meaningful change) and replays it on load and back/forward. */

import { viewStore, type ViewState } from '../core/state.js';
import { decodeLink, encodeLink, type LinkState } from '../core/url/deep-link.js';
import type { Controller } from './controller.js';

/** Changes worth a history entry; the rest (panel, query text, appearance) replace the current entry. */
const PUSH_KEYS: (keyof ViewState)[] = ['selected', 'expanded', 'hiddenTypes', 'hiddenRelTypes', 'hiddenNodes', 'time', 'showIsolated'];

let applying = false;

export function bindUrlSync(controller: Controller): void {
  viewStore.subscribe((s, p) => {
    if (applying) return;
    const next = encodeLink(s);
    if (next === location.search || (next === '' && location.search === '')) return;
    const url = `${location.pathname}${next}${location.hash}`;
    if (PUSH_KEYS.some((k) => s[k] !== p[k])) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', () => void applyLink(controller, decodeLink(location.search)));
}

/** Brings the view to a link's state: expansions fetched or undone, filters, then the selection (no history entries). */
export async function applyLink(controller: Controller, link: LinkState): Promise<void> {
  applying = true;
  try {
    // The time filter (and the overview's isolated entities) first: expansions are then fetched under it.
    const sameTime = (a: LinkState['time'], b: LinkState['time']) => a?.from === b?.from && a?.to === b?.to;
    if (!sameTime(viewStore.get().time, link.time) || viewStore.get().showIsolated !== link.showIsolated) {
      viewStore.set({ time: link.time, showIsolated: link.showIsolated });
      await controller.reloadSettled();
    }
    // Another saved view (or back to the overview): that base first, then the expansions on top.
    if (link.view !== viewStore.get().view) {
      if (link.view) await controller.openView(link.view);
      else await controller.reloadOverview();
    }
    const current = viewStore.get().expanded;
    for (const id of current) if (!link.expanded.includes(id)) controller.undoExpandOf(id);
    const missing = link.expanded.filter((id) => !current.includes(id));
    for (const id of missing) await controller.expandQuietly(id);
    if (missing.length) await controller.settleNew();
    const { expanded: _expanded, selected, ...rest } = link;
    viewStore.set({ ...rest, path: null });
    if (selected) await controller.focusEntity(selected);
    else controller.select(null);
    // Selecting opens the details panel; the link's own panel wins.
    viewStore.set({ panel: link.panel });
  } finally {
    applying = false;
  }
}
