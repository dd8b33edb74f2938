/* Views: sortable data table of the nodes or edges in view; a row click selects and centres the entity. */

import type { Actions } from '../app/actions.js';
import { graph } from '../core/graph/index.js';
import { getMetrics } from '../core/appearance/metrics-store.js';
import { viewStore } from '../core/state.js';
import { clear, h } from './dom.js';

type Row = Record<string, string | number>;
interface Sort {
  key: string;
  dir: 1 | -1;
}

export function mountTablePanel(host: HTMLElement, actions: Actions): void {
  let mode: 'nodes' | 'edges' = 'nodes';
  let sort: Sort = { key: 'degree', dir: -1 };

  const rows = (): { columns: string[]; data: (Row & { _id: string })[] } => {
    if (mode === 'nodes') {
      const pr = getMetrics()?.pagerank;
      const data = graph.mapNodes((id, a) => ({
        _id: id,
        name: a.label,
        type: a.entity.type,
        degree: a.entity.degree,
        'in view': graph.degree(id),
        pagerank: pr?.has(id) ? Number(pr.get(id)!.toFixed(4)) : '',
      }));
      return { columns: ['name', 'type', 'degree', 'in view', 'pagerank'], data };
    }
    const data = graph.mapEdges((id, a, s, t) => ({
      _id: s,
      source: graph.getNodeAttribute(s, 'label'),
      type: a.relation.type,
      target: graph.getNodeAttribute(t, 'label'),
      confidence: a.relation.confidence ?? '',
      evidence: a.relation.evidenceCount,
    }));
    return { columns: ['source', 'type', 'target', 'confidence', 'evidence'], data };
  };

  function render(): void {
    if (viewStore.get().panel !== 'table') return;
    const { columns, data } = rows();
    if (!columns.includes(sort.key)) sort = { key: columns[0]!, dir: 1 };
    data.sort((a, b) => {
      const x = a[sort.key] ?? '',
        y = b[sort.key] ?? '';
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sort.dir;
    });
    const header = columns.map((c) =>
      h(
        'th',
        { 'aria-sort': c === sort.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none' },
        h(
          'button',
          {
            type: 'button',
            class: 'th-sort',
            onclick: () => ((sort = { key: c, dir: sort.key === c ? (-sort.dir as 1 | -1) : 1 }), render()),
          },
          c,
          c === sort.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : '',
        ),
      ),
    );
    clear(
      host,
      h(
        'div',
        { class: 'segmented', role: 'group' },
        (['nodes', 'edges'] as const).map((m) =>
          h(
            'button',
            { type: 'button', class: `btn${m === mode ? ' active' : ''}`, onclick: () => ((mode = m), render()) },
            `${m === 'nodes' ? 'Entities' : 'Relations'} (${m === 'nodes' ? graph.order : graph.size})`,
          ),
        ),
      ),
      h(
        'div',
        { class: 'table-wrap tall' },
        h(
          'table',
          { class: 'data-table' },
          h('thead', null, h('tr', null, header)),
          h(
            'tbody',
            null,
            data.slice(0, 2000).map((row) =>
              h(
                'tr',
                { class: 'clickable', onclick: () => actions.focusEntity(row._id) },
                columns.map((c) => h('td', null, String(row[c] ?? ''))),
              ),
            ),
          ),
        ),
      ),
      data.length > 2000 ? h('p', { class: 'muted' }, `First 2,000 of ${data.length} rows.`) : null,
    );
  }

  viewStore.subscribe((s, p) => {
    if (s.panel === 'table' && p.panel !== 'table') render();
  });
  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), render()));
  };
  for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const) graph.on(event, schedule);
  render();
}
