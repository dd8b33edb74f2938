/* Views: the Cypher console — editor, examples, history; results as a table and as a graph for the view. */

import type { CypherResponse } from '../../../ontology/api-types.js';
import { api } from '../api/endpoints.js';
import { ApiRequestError } from '../api/http.js';
import type { Actions } from '../app/actions.js';
import { EXAMPLE_QUERIES } from '../core/console/examples.js';
import { loadHistory, pushHistory } from '../core/console/history.js';
import { viewStore } from '../core/state.js';
import { clear, formatNumber, h, spinner } from './dom.js';
import { errorMessage } from './status.js';
import { cellText } from './cell-text.js';

export function mountConsole(host: HTMLElement, actions: Actions): { run(): Promise<void> } {
  const editor = h('textarea', {
    class: 'cypher-editor',
    spellcheck: 'false',
    rows: 7,
    'aria-label': 'Cypher query',
    placeholder: 'MATCH (n:Person)-[r]-(m) RETURN n, r, m LIMIT 50',
  });
  const runButton = h('button', { type: 'button', class: 'btn primary', dataset: { action: 'run-cypher' } }, 'Run');
  const examples = h(
    'select',
    { class: 'compact', 'aria-label': 'Example queries' },
    h('option', { value: '' }, 'Examples…'),
    EXAMPLE_QUERIES.map((e, i) => h('option', { value: String(i) }, e.title)),
  );
  const history = h('select', { class: 'compact', 'aria-label': 'Query history' });
  const result = h('div', { class: 'console-result' });
  let last: CypherResponse | null = null;

  const fillHistory = (items = loadHistory()) =>
    clear(
      history,
      h('option', { value: '' }, `History (${items.length})`),
      items.map((q) => h('option', { value: q }, q.replace(/\s+/g, ' ').slice(0, 80))),
    );
  fillHistory();

  async function run(): Promise<void> {
    const query = editor.value.trim();
    if (!query) return;
    viewStore.set({ consoleQuery: query });
    fillHistory(pushHistory(query));
    runButton.disabled = true;
    clear(result, spinner('Running query…'));
    try {
      last = await api.cypher(query);
      renderResult(last);
    } catch (error) {
      last = null;
      const where =
        error instanceof ApiRequestError && error.position ? ` (line ${error.position.line}, column ${error.position.column})` : '';
      const code = error instanceof ApiRequestError ? `${error.code}: ` : '';
      clear(
        result,
        h(
          'div',
          { class: 'error-box cypher-error', role: 'alert' },
          h('strong', null, 'Query refused or failed'),
          h('div', null, `${code}${errorMessage(error)}${where}`),
        ),
      );
    } finally {
      runButton.disabled = false;
    }
  }

  function renderResult(r: CypherResponse): void {
    const hasGraph = r.graph.nodes.length > 0;
    clear(
      result,
      h(
        'div',
        { class: 'result-bar' },
        h('span', { class: 'result-count' }, `${formatNumber(r.rows.length)} row${r.rows.length === 1 ? '' : 's'} · ${r.ms} ms`),
        r.truncated ? h('span', { class: 'badge warn', dataset: { truncated: 'true' } }, 'truncated') : null,
        h(
          'span',
          { class: 'result-graph' },
          hasGraph ? `graph: ${r.graph.nodes.length} nodes, ${r.graph.edges.length} edges` : 'no graph in result',
        ),
      ),
      hasGraph
        ? h(
            'div',
            { class: 'button-row' },
            h(
              'button',
              { type: 'button', class: 'btn', dataset: { action: 'replace-view' }, onclick: () => actions.showGraph(r.graph, 'replace') },
              'Replace view',
            ),
            h(
              'button',
              { type: 'button', class: 'btn', dataset: { action: 'add-to-view' }, onclick: () => actions.showGraph(r.graph, 'add') },
              'Add to view',
            ),
          )
        : null,
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'data-table result-table' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              r.columns.map((c) => h('th', null, c)),
            ),
          ),
          h(
            'tbody',
            null,
            r.rows.map((row) =>
              h(
                'tr',
                null,
                row.map((cell) => h('td', null, cellText(cell))),
              ),
            ),
          ),
        ),
      ),
    );
  }

  runButton.addEventListener('click', () => void run());
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void run();
    }
  });
  examples.addEventListener('change', () => {
    const example = EXAMPLE_QUERIES[Number(examples.value)];
    if (example) editor.value = example.query;
    examples.value = '';
    editor.focus();
  });
  history.addEventListener('change', () => {
    if (history.value) editor.value = history.value;
    history.value = '';
    editor.focus();
  });
  viewStore.subscribe((s) => {
    if (s.consoleQuery && s.consoleQuery !== editor.value.trim() && document.activeElement !== editor) editor.value = s.consoleQuery;
  });
  editor.value = viewStore.get().consoleQuery;

  clear(
    host,
    h('div', { class: 'console-tools' }, examples, history, h('span', { class: 'hint' }, 'Ctrl/⌘+Enter runs · read-only')),
    editor,
    h('div', { class: 'button-row' }, runButton),
    result,
  );
  if (!result.childElementCount)
    clear(result, h('p', { class: 'muted' }, 'Results appear here as a table; a result with nodes can replace or extend the view.'));
  return { run };
}
