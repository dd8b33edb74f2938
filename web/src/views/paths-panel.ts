/* Views: shortest paths between two entities (GET /api/paths), merged into the view and highlighted. */

import type { PathsResponse } from '../../../ontology/api-types.js';
import { api } from '../api/endpoints.js';
import type { Actions } from '../app/actions.js';
import { clear, errorBox, h, spinner } from './dom.js';
import { createAutocomplete } from './autocomplete.js';
import { errorMessage } from './status.js';

export interface PathsPanel {
  setEnd(end: 'from' | 'to', id: string, name: string): void;
}

export function mountPathsPanel(host: HTMLElement, actions: Actions): PathsPanel {
  const ends: Record<'from' | 'to', string | null> = { from: null, to: null };
  const from = createAutocomplete('From entity…', (hit) => (ends.from = hit.id), 'ac-inline');
  const to = createAutocomplete('To entity…', (hit) => (ends.to = hit.id), 'ac-inline');
  const hops = h(
    'select',
    { class: 'compact', 'aria-label': 'Maximum hops' },
    [2, 3, 4, 5, 6].map((n) => h('option', { value: String(n), selected: n === 4 }, `≤ ${n} hops`)),
  );
  const result = h('div', { class: 'paths-result' });
  const find = h('button', { type: 'button', class: 'btn primary', dataset: { action: 'find-paths' } }, 'Find paths');

  async function run(): Promise<void> {
    if (!ends.from || !ends.to) return void clear(result, errorBox('Pick both entities from the suggestions first.'));
    find.disabled = true;
    clear(result, spinner('Searching paths…'));
    try {
      const response = await api.paths(ends.from, ends.to, Number(hops.value));
      render(response);
    } catch (error) {
      clear(result, errorBox(errorMessage(error)));
    } finally {
      find.disabled = false;
    }
  }

  function render(response: PathsResponse): void {
    if (!response.paths.length) {
      actions.highlightPath(null);
      return void clear(result, h('p', { class: 'muted' }, `No path within ${hops.value} hops.`));
    }
    actions.showGraph(response, 'add');
    const nodeIds = [...new Set(response.paths.flatMap((p) => p.nodeIds))];
    const edgeIds = [...new Set(response.paths.flatMap((p) => p.edgeIds))];
    actions.highlightPath({ nodeIds, edgeIds });
    const names = new Map(response.nodes.map((n) => [n.id, n.name]));
    clear(
      result,
      h(
        'p',
        { class: 'result-count' },
        `${response.paths.length} shortest path${response.paths.length === 1 ? '' : 's'}, highlighted in the view`,
      ),
      h(
        'ol',
        { class: 'path-list' },
        response.paths.map((p) => h('li', null, p.nodeIds.map((id) => names.get(id) ?? id).join(' → '))),
      ),
      h('button', { type: 'button', class: 'btn', onclick: () => (actions.highlightPath(null), clear(result)) }, 'Clear highlight'),
    );
  }

  find.addEventListener('click', () => void run());
  clear(
    host,
    h('p', { class: 'hint' }, 'Pick two entities (or use “Path from / Path to” in the details panel).'),
    h('label', { class: 'field stacked' }, h('span', null, 'From'), from.root),
    h('label', { class: 'field stacked' }, h('span', null, 'To'), to.root),
    h('div', { class: 'button-row' }, hops, find),
    result,
  );
  return {
    setEnd(end, id, name) {
      ends[end] = id;
      (end === 'from' ? from : to).setValue(name);
    },
  };
}
