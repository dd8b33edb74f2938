/* Views: the legend sidebar — entity and relation types with counts in view, each a toggle; appearance options. */

import { ALL_RELATION_TYPES } from '../../../ontology/relation-types.js';
import { CONFLICT_EDGE, relationColor, typeColor } from '../core/appearance/palette.js';
import { edgeConflict } from '../core/time/relation-time.js';
import type { ExplorerGraph } from '../core/graph/types.js';
import { toggleIn, viewStore, type ColorBy, type EdgeWidthBy, type SizeBy } from '../core/state.js';
import { clear, h } from './dom.js';

const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Agreement', 'Tariff', 'Place', 'Event', 'Product', 'Document'];

export function mountLegend(host: HTMLElement, graph: ExplorerGraph): void {
  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), render()));
  };

  function render(): void {
    const state = viewStore.get();
    const typeCounts = new Map<string, number>();
    graph.forEachNode((_, a) => typeCounts.set(a.entity.type, (typeCounts.get(a.entity.type) ?? 0) + 1));
    const relCounts = new Map<string, number>();
    let conflicts = 0;
    graph.forEachEdge((_, a) => {
      relCounts.set(a.relation.type, (relCounts.get(a.relation.type) ?? 0) + 1);
      if (edgeConflict(a.relation)) conflicts++;
    });

    const typeRows = ENTITY_TYPES.filter((t) => t !== 'Document' || typeCounts.has(t)).map((type) =>
      toggleRow(type, typeColor(type), typeCounts.get(type) ?? 0, !state.hiddenTypes.includes(type), 'dot', () =>
        viewStore.set((s) => ({ hiddenTypes: toggleIn(s.hiddenTypes, type) })),
      ),
    );
    // Only relation types present in the view (plus provenance, hidden by default) — fifteen empty rows are noise.
    const relRows = ALL_RELATION_TYPES.filter((t) => relCounts.has(t) || t === 'MENTIONED_IN').map((type) =>
      toggleRow(
        type.replace(/_/g, ' ').toLowerCase(),
        relationColor(type),
        relCounts.get(type) ?? 0,
        !state.hiddenRelTypes.includes(type),
        'line',
        () => viewStore.set((s) => ({ hiddenRelTypes: toggleIn(s.hiddenRelTypes, type) })),
      ),
    );
    clear(
      host,
      h('h2', { class: 'section-title' }, 'Entities'),
      h('ul', { class: 'legend-list', dataset: { legend: 'types' } }, typeRows),
      h(
        'label',
        { class: 'legend-check', title: 'The overview leaves out entities with no relationship in it' },
        h('input', {
          type: 'checkbox',
          name: 'show-isolated',
          checked: state.showIsolated,
          onchange: (e: Event) => viewStore.set({ showIsolated: (e.target as HTMLInputElement).checked }),
        }),
        ' Show isolated entities',
      ),
      h('h2', { class: 'section-title' }, 'Relationships'),
      h('ul', { class: 'legend-list', dataset: { legend: 'relations' } }, relRows),
      conflicts
        ? h(
            'p',
            { class: 'legend-conflicts', title: 'Documents give different values for these relationships' },
            h('span', { class: 'swatch swatch-line', style: `--swatch:${CONFLICT_EDGE}` }),
            `${conflicts} with conflicting values`,
          )
        : null,
      state.hiddenNodes.length
        ? h(
            'div',
            { class: 'hidden-nodes' },
            `${state.hiddenNodes.length} entit${state.hiddenNodes.length === 1 ? 'y' : 'ies'} hidden`,
            h(
              'button',
              { type: 'button', class: 'link', dataset: { action: 'unhide' }, onclick: () => viewStore.set({ hiddenNodes: [] }) },
              'Show all',
            ),
          )
        : null,
      h('h2', { class: 'section-title' }, 'Appearance'),
      select(
        'Size by',
        'size-by',
        state.sizeBy,
        [
          ['degree', 'Degree'],
          ['pagerank', 'PageRank'],
        ],
        (v) => viewStore.set({ sizeBy: v as SizeBy }),
      ),
      select(
        'Colour by',
        'color-by',
        state.colorBy,
        [
          ['type', 'Entity type'],
          ['community', 'Community'],
        ],
        (v) => viewStore.set({ colorBy: v as ColorBy }),
      ),
      select(
        'Edge width',
        'edge-width',
        state.edgeWidthBy,
        [
          ['confidence', 'Confidence'],
          ['sources', 'Number of sources'],
        ],
        (v) => viewStore.set({ edgeWidthBy: v as EdgeWidthBy }),
      ),
      h('p', { class: 'hint' }, 'Click a type to hide or show it. Hover a node to focus its neighbourhood; double-click to expand.'),
    );
  }

  graph.on('nodeAdded', schedule);
  graph.on('nodeDropped', schedule);
  graph.on('edgeAdded', schedule);
  graph.on('edgeDropped', schedule);
  graph.on('cleared', schedule);
  viewStore.subscribe((s, p) => {
    if (
      s.hiddenTypes !== p.hiddenTypes ||
      s.hiddenRelTypes !== p.hiddenRelTypes ||
      s.hiddenNodes !== p.hiddenNodes ||
      s.sizeBy !== p.sizeBy ||
      s.colorBy !== p.colorBy ||
      s.edgeWidthBy !== p.edgeWidthBy ||
      s.showIsolated !== p.showIsolated
    )
      schedule();
  });
  render();
}

function toggleRow(label: string, color: string, count: number, on: boolean, swatch: 'dot' | 'line', onToggle: () => void): HTMLElement {
  return h(
    'li',
    null,
    h(
      'button',
      {
        class: `legend-item${on ? '' : ' off'}${count ? '' : ' zero'}`,
        type: 'button',
        'aria-pressed': String(on),
        title: on ? `Hide ${label}` : `Show ${label}`,
        onclick: onToggle,
      },
      h('span', { class: `swatch swatch-${swatch}`, style: `--swatch:${color}` }),
      h('span', { class: 'legend-label' }, label),
      h('span', { class: 'legend-count' }, String(count)),
    ),
  );
}

function select(label: string, name: string, value: string, options: [string, string][], onChange: (v: string) => void): HTMLElement {
  const el = h(
    'select',
    { name, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) },
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
  );
  return h('label', { class: 'field' }, h('span', null, label), el);
}
