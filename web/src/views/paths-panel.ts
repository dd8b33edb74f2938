/* Views: shortest paths between two entities (GET /api/paths), merged into the view and highlighted. */

import type { PathsResponse, RelationDetailsResponse } from '../../../ontology/api-types.js';
import { api } from '../api/endpoints.js';
import type { Actions } from '../app/actions.js';
import { clear, errorBox, h, spinner } from './dom.js';
import { createAutocomplete } from './autocomplete.js';
import { errorMessage } from './status.js';

/** Hops whose evidence is fetched for one answer (the rest show their relation only). */
const MAX_HOP_DETAILS = 40;

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
    const edges = new Map(response.edges.map((e) => [e.id, e]));
    // Each hop: its relation (in the direction it was stated), then its evidence sentence and document, read once per edge.
    const details = new Map<string, Promise<RelationDetailsResponse | null>>();
    const hopItem = (edgeId: string, from: string, to: string) => {
      const edge = edges.get(edgeId);
      const [source, target] = edge && edge.source === to ? [to, from] : [from, to];
      const evidence = h('div', { class: 'hop-evidence muted' }, '…');
      if (!details.has(edgeId))
        details.set(edgeId, details.size < MAX_HOP_DETAILS ? api.relation(edgeId).catch(() => null) : Promise.resolve(null));
      void details.get(edgeId)!.then((d) => {
        const sentence = d?.evidence[0];
        const doc = d?.documents[0];
        if (!sentence) return void (evidence.textContent = d ? 'No evidence sentence on record.' : '');
        clear(
          evidence,
          h(
            'button',
            {
              type: 'button',
              class: 'evidence-link',
              onclick: () =>
                actions.openEvidence(
                  d.documents.map((x) => x.id),
                  sentence,
                ),
            },
            `‘${sentence}’`,
          ),
          doc ? h('div', { class: 'hop-doc' }, [doc.title, doc.outlet, doc.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')) : null,
        );
      });
      return h(
        'li',
        { class: 'path-hop', dataset: { edgeId } },
        h(
          'div',
          { class: 'hop-line' },
          `${names.get(source) ?? source} — ${(edge?.type ?? 'related').replace(/_/g, ' ').toLowerCase()} → ${names.get(target) ?? target}`,
        ),
        evidence,
      );
    };
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
        response.paths.map((p) =>
          h(
            'li',
            { class: 'path-item' },
            h('div', { class: 'path-names' }, p.nodeIds.map((id) => names.get(id) ?? id).join(' → ')),
            h(
              'ol',
              { class: 'path-hops' },
              p.edgeIds.map((edgeId, i) => hopItem(edgeId, p.nodeIds[i]!, p.nodeIds[i + 1]!)),
            ),
          ),
        ),
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
