/* Views: the data table of the nodes or edges in view, opened wide in a drawer over the canvas — sortable columns, a
   filter box, and a CSV of exactly the rows it shows; a row click selects and centres the entity. */

import { stringify } from 'csv-stringify/browser/esm/sync';
import { neutraliseFormula } from '../../../ontology/spreadsheet-cell.js';
import type { Actions } from '../app/actions.js';
import { graph } from '../core/graph/index.js';
import { getMetrics } from '../core/appearance/metrics-store.js';
import { fileBaseName, saveBlob } from '../core/file/save-blob.js';
import { viewStore } from '../core/state.js';
import { clear, formatNumber, h } from './dom.js';

type Cell = string | number;
type Row = Record<string, Cell> & { _id: string };
type Mode = 'nodes' | 'edges';
interface Sort {
  key: string;
  dir: 1 | -1;
}

/** At most this many rows are drawn; the filter, sort and CSV cover them all. */
const DRAWN = 2000;

function tableRows(mode: Mode): { columns: string[]; data: Row[] } {
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
  const data = graph.mapEdges((_id, a, s, t) => ({
    _id: s,
    source: graph.getNodeAttribute(s, 'label'),
    type: a.relation.type,
    target: graph.getNodeAttribute(t, 'label'),
    confidence: a.relation.confidence ?? '',
    evidence: a.relation.evidenceCount,
  }));
  return { columns: ['source', 'type', 'target', 'confidence', 'evidence'], data };
}

/** The rows a filter text and a sort leave, in order: every word of the filter must occur in some cell. */
function shownRows(columns: string[], data: Row[], filter: string, sort: Sort): Row[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const kept = words.length
    ? data.filter((row) => {
        const text = columns
          .map((c) => String(row[c] ?? ''))
          .join('\u0000')
          .toLowerCase();
        return words.every((w) => text.includes(w));
      })
    : data;
  return kept.sort((a, b) => {
    const x = a[sort.key] ?? '',
      y = b[sort.key] ?? '';
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sort.dir;
    // Blanks last whichever way the column runs.
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    return String(x).localeCompare(String(y), undefined, { numeric: true }) * sort.dir;
  });
}

/** A CSV of the header and rows as given; text that a spreadsheet would run as a formula gets a leading quote. */
function toCsv(columns: string[], rows: Row[]): string {
  const cell = (v: Cell | undefined): Cell => (typeof v === 'number' ? v : neutraliseFormula(String(v ?? '')));
  return stringify([columns.map(neutraliseFormula), ...rows.map((r) => columns.map((c) => cell(r[c])))], {
    quoted_match: /[",\n\r]/,
  });
}

export function mountTablePanel(host: HTMLElement, actions: Actions): void {
  let mode: Mode = 'nodes';
  let sort: Sort = { key: 'degree', dir: -1 };
  let filter = '';
  let current: { columns: string[]; rows: Row[] } = { columns: [], rows: [] };

  const modeBar = h('div', { class: 'segmented', role: 'group', 'aria-label': 'Rows' });
  const filterBox = h('input', {
    type: 'search',
    class: 'text-input table-filter',
    placeholder: 'Filter rows…',
    'aria-label': 'Filter rows',
    oninput: () => ((filter = filterBox.value), renderRows()),
  });
  const count = h('span', { class: 'muted table-count', dataset: { role: 'table-count' }, 'aria-live': 'polite' });
  const csvButton = h(
    'button',
    {
      type: 'button',
      class: 'btn',
      dataset: { action: 'table-csv' },
      title: 'Download the rows shown as CSV',
      onclick: () => downloadCsv(),
    },
    'CSV of these rows',
  );
  const closeButton = h(
    'button',
    { type: 'button', class: 'btn', dataset: { action: 'table-close' }, title: 'Close the table (Esc)', onclick: () => setWide(false) },
    'Close',
  );
  const body = h('div', { class: 'table-wrap table-drawer-body' });
  const drawer = h(
    'section',
    { class: 'table-drawer', role: 'dialog', 'aria-label': 'Table of the view', hidden: true },
    h('div', { class: 'table-drawer-bar' }, modeBar, filterBox, count, h('span', { class: 'spacer' }), csvButton, closeButton),
    body,
  );
  drawer.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    setWide(false);
  });
  (host.closest('.app') ?? document.body).append(drawer);

  const reopen = h(
    'button',
    { type: 'button', class: 'btn primary', dataset: { action: 'table-open' }, onclick: () => setWide(true) },
    'Open the table',
  );
  clear(host, h('p', { class: 'muted' }, 'The table of the entities or relations in view opens wide, over the canvas.'), reopen);

  function showDrawer(show: boolean): void {
    drawer.hidden = !show;
    document.body.dataset.table = show ? 'open' : 'closed';
  }

  function setWide(open: boolean): void {
    const show = open && viewStore.get().panel === 'table';
    showDrawer(show);
    if (show) {
      render();
      filterBox.focus();
    } else if (!open) reopen.focus();
  }

  function downloadCsv(): void {
    const csv = toCsv(current.columns, current.rows);
    const name = `${fileBaseName(mode === 'nodes' ? 'entities' : 'relations')}.csv`;
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
  }

  function render(): void {
    if (drawer.hidden) return;
    clear(
      modeBar,
      (['nodes', 'edges'] as const).map((m) =>
        h(
          'button',
          {
            type: 'button',
            class: `btn${m === mode ? ' active' : ''}`,
            'aria-pressed': String(m === mode),
            dataset: { mode: m },
            onclick: () => ((mode = m), render()),
          },
          `${m === 'nodes' ? 'Entities' : 'Relations'} (${formatNumber(m === 'nodes' ? graph.order : graph.size)})`,
        ),
      ),
    );
    renderRows();
  }

  function renderRows(): void {
    if (drawer.hidden) return;
    const { columns, data } = tableRows(mode);
    if (!columns.includes(sort.key)) sort = { key: columns[0]!, dir: 1 };
    const rows = shownRows(columns, data, filter, sort);
    current = { columns, rows };
    count.textContent = filter.trim()
      ? `${formatNumber(rows.length)} of ${formatNumber(data.length)} rows`
      : `${formatNumber(rows.length)} rows`;
    count.dataset.count = String(rows.length);
    csvButton.disabled = rows.length === 0;
    const header = columns.map((c) =>
      h(
        'th',
        { 'aria-sort': c === sort.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none', scope: 'col' },
        h(
          'button',
          {
            type: 'button',
            class: 'th-sort',
            dataset: { column: c },
            onclick: () => {
              sort = { key: c, dir: sort.key === c ? (-sort.dir as 1 | -1) : 1 };
              renderRows();
              body.querySelector<HTMLButtonElement>(`.th-sort[data-column="${CSS.escape(c)}"]`)?.focus();
            },
          },
          c,
          c === sort.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : '',
        ),
      ),
    );
    clear(
      body,
      h(
        'table',
        { class: 'data-table' },
        h('thead', null, h('tr', null, header)),
        h(
          'tbody',
          null,
          rows.slice(0, DRAWN).map((row) =>
            h(
              'tr',
              {
                class: 'clickable',
                tabindex: '0',
                onclick: () => actions.focusEntity(row._id),
                onkeydown: (e: KeyboardEvent) => e.key === 'Enter' && actions.focusEntity(row._id),
              },
              columns.map((c) => h('td', null, String(row[c] ?? ''))),
            ),
          ),
        ),
      ),
      rows.length > DRAWN
        ? h('p', { class: 'muted' }, `First ${formatNumber(DRAWN)} of ${formatNumber(rows.length)} rows drawn; the CSV has them all.`)
        : null,
      rows.length === 0 ? h('p', { class: 'muted table-empty' }, filter.trim() ? 'No row matches the filter.' : 'Nothing in view.') : null,
    );
  }

  viewStore.subscribe((s, p) => {
    if (s.panel === 'table' && p.panel !== 'table') setWide(true);
    else if (s.panel !== 'table' && p.panel === 'table') showDrawer(false);
  });
  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), render()));
  };
  for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const) graph.on(event, schedule);
  if (viewStore.get().panel === 'table') setWide(true);
}
