/* Views: the History tab — every curation decision, newest first, with who made it and when, and an undo button per decision. */

import { api } from '../api/endpoints.js';
import type { Decision } from '../api/curation-types.js';
import type { Curation } from '../app/curation-actions.js';
import { curationStore } from '../core/curation/curation-store.js';
import { describeDecision } from '../core/curation/describe-decision.js';
import { nameInView as nameOf } from '../core/graph/index.js';
import { viewStore } from '../core/state.js';
import { clear, errorBox, h, spinner } from './dom.js';
import { errorMessage } from './status.js';

const HISTORY_LIMIT = 200;

export function mountHistoryPanel(host: HTMLElement, curation: Curation): void {
  const list = h('ol', { class: 'history-list', 'aria-label': 'Decisions, newest first' });
  clear(
    host,
    h(
      'div',
      { class: 'review-head' },
      h('h3', { class: 'panel-title' }, 'Decisions, newest first'),
      h('button', { type: 'button', class: 'btn', dataset: { action: 'history-reload' }, onclick: () => void load() }, 'Reload'),
    ),
    h(
      'p',
      { class: 'hint' },
      'Every merge, rename, alias, type change, keep-apart and verdict is kept in the graph and applied again by every later ingest and re-extraction. Undo restores what it changed.',
    ),
    list,
  );
  let stale = true;

  async function load(quiet = false): Promise<void> {
    stale = false;
    if (!quiet) clear(list, spinner('Loading decisions…'));
    try {
      const { decisions } = await api.decisions(HISTORY_LIMIT);
      render(decisions);
    } catch (error) {
      clear(list, errorBox(`Could not load the decisions: ${errorMessage(error)}`));
    }
  }

  function render(decisions: Decision[]): void {
    if (!decisions.length)
      return void clear(list, h('li', { class: 'placeholder' }, 'No decisions yet: curate from the details panel or the Review tab.'));
    clear(
      list,
      decisions.map((d) => {
        const words = describeDecision(d, nameOf);
        return h(
          'li',
          { class: `history-item${d.undone ? ' undone' : ''}`, dataset: { decisionId: d.id, kind: d.kind } },
          h(
            'div',
            { class: 'history-line' },
            h('span', { class: 'history-kind' }, words.title),
            h('span', { class: 'muted' }, `${d.by} · ${formatWhen(d.at)}`),
            d.undone
              ? h('span', { class: 'badge muted-badge' }, 'undone')
              : h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn tiny',
                    dataset: { action: 'undo-decision' },
                    onclick: (e: Event) => void undo(d, e.currentTarget as HTMLButtonElement),
                  },
                  'Undo',
                ),
          ),
          h('div', { class: 'history-summary' }, words.line),
        );
      }),
    );
  }

  async function undo(d: Decision, button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    if (!(await curation.undo(d))) button.disabled = false;
  }

  // Stay current: reload when shown after a change, or in place when a decision happens while shown.
  curationStore.subscribe(() => {
    if (viewStore.get().panel === 'history') void load(true);
    else stale = true;
  });
  viewStore.subscribe((s, p) => {
    if (s.panel === 'history' && p.panel !== 'history' && stale) void load();
  });
  if (viewStore.get().panel === 'history') void load();
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
