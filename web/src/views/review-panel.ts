/*
 * Views: the Review tab — walks the review queue with the keyboard (j/k move, a confirm, r reject, m merge,
 * s keep apart, u undo); each relationship shows its evidence sentence and the rules that made it, each
 * duplicate pair its score and why. The walk itself is core/curation/review-walk.ts.
 */

import type { GraphNode } from '../../../ontology/api-types.js';
import { api } from '../api/endpoints.js';
import type { Decision, DuplicateCandidate, RelationReviewItem } from '../api/curation-types.js';
import type { Actions } from '../app/actions.js';
import type { Curation } from '../app/curation-actions.js';
import {
  commandFor,
  moveTo,
  openCount,
  recordDecision,
  recordUndo,
  REVIEW_KEYS,
  startWalk,
  type ReviewAction,
  type WalkState,
} from '../core/curation/review-walk.js';
import { relationColor, typeColor } from '../core/appearance/palette.js';
import { viewStore } from '../core/state.js';
import { clear, errorBox, h, spinner } from './dom.js';
import { errorMessage, toast } from './status.js';

type Kind = 'relations' | 'duplicates';
type Payload = { kind: 'relation'; item: RelationReviewItem } | { kind: 'duplicate'; item: DuplicateCandidate };

const QUEUE_LIMIT = 50;

export function mountReviewPanel(host: HTMLElement, actions: Actions, curation: Curation): void {
  let kind: Kind = 'relations';
  let walk: WalkState = startWalk([]);
  let payloads = new Map<string, Payload>();
  const decisions = new Map<string, Decision>();
  let loaded = false;
  let busy = false;

  const kindButtons = (['relations', 'duplicates'] as const).map((k) =>
    h(
      'button',
      { type: 'button', class: 'btn', dataset: { reviewKind: k }, onclick: () => void load(k) },
      k === 'relations' ? 'Relationships' : 'Duplicates',
    ),
  );
  const count = h('span', { class: 'review-count muted' });
  const list = h('ol', { class: 'review-list', 'aria-label': 'Review queue' });
  const keys = h(
    'div',
    { class: 'review-keys', 'aria-label': 'Keyboard' },
    REVIEW_KEYS.map((k) => h('span', { class: 'key-hint' }, h('kbd', null, k.key), k.label)),
  );
  clear(
    host,
    // The queue scrolls under the kind switch and the keys, which stay in sight.
    h(
      'div',
      { class: 'review-top' },
      h(
        'div',
        { class: 'review-head' },
        h('div', { class: 'segmented' }, kindButtons),
        count,
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            title: 'Read the queue again',
            dataset: { action: 'review-reload' },
            onclick: () => void load(kind),
          },
          'Reload',
        ),
      ),
      keys,
    ),
    list,
  );

  async function load(next: Kind): Promise<void> {
    kind = next;
    loaded = true;
    for (const b of kindButtons) b.classList.toggle('active', b.dataset.reviewKind === kind);
    clear(list, spinner(kind === 'relations' ? 'Loading relationships to review…' : 'Loading duplicate candidates…'));
    count.textContent = '';
    try {
      const items: Payload[] =
        kind === 'relations'
          ? (await api.relationQueue(QUEUE_LIMIT)).map((item) => ({ kind: 'relation', item }))
          : (await api.duplicateQueue(QUEUE_LIMIT)).map((item) => ({ kind: 'duplicate', item }));
      if (next !== kind) return;
      payloads = new Map(items.map((p) => [keyOf(p), p]));
      walk = startWalk(items.map((p) => ({ key: keyOf(p), kind: p.kind })));
      render();
    } catch (error) {
      if (next === kind) clear(list, errorBox(`Could not load the review queue: ${errorMessage(error)}`));
    }
  }

  function render(): void {
    count.textContent = `${openCount(walk)} open of ${walk.items.length}`;
    if (!walk.items.length)
      return void clear(
        list,
        h(
          'li',
          { class: 'placeholder' },
          kind === 'relations' ? 'Nothing to review: every relationship has a verdict.' : 'No duplicate candidates.',
        ),
      );
    clear(
      list,
      walk.items.map((w, i) => {
        const payload = payloads.get(w.key)!;
        return h(
          'li',
          {
            class: `review-item${i === walk.focus ? ' focused' : ''}${w.outcome ? ` decided ${w.outcome}` : ''}`,
            'aria-current': i === walk.focus ? 'true' : null,
            dataset: { key: w.key, outcome: w.outcome ?? 'open' },
            onclick: () => ((walk = moveTo(walk, i)), render()),
          },
          payload.kind === 'relation' ? relationCard(payload.item) : duplicateCard(payload.item),
          w.outcome ? h('span', { class: `outcome outcome-${w.outcome}` }, w.outcome.replace('-', ' ')) : null,
        );
      }),
    );
    list.querySelector('.review-item.focused')?.scrollIntoView({ block: 'nearest' });
    showFocused();
  }

  /** The focused item is shown and highlighted in the graph too (once per focus change). */
  let shownKey: string | null = null;
  function showFocused(): void {
    const w = walk.items[walk.focus];
    const payload = w && payloads.get(w.key);
    if (!w || !payload || w.key === shownKey || viewStore.get().panel !== 'review') return;
    shownKey = w.key;
    if (payload.kind === 'relation')
      actions.showReviewItem({ nodes: [payload.item.sourceNode, payload.item.targetNode], edge: payload.item.edge });
    else actions.showReviewItem({ nodes: [payload.item.a, payload.item.b] });
  }

  function relationCard(r: RelationReviewItem): HTMLElement {
    const confidence = r.edge.confidence;
    return h(
      'div',
      { class: 'review-card' },
      h(
        'div',
        { class: 'review-line' },
        entityLink(r.sourceNode),
        h('span', { class: 'review-type', style: `--swatch:${relationColor(r.edge.type)}` }, r.edge.type.replace(/_/g, ' ').toLowerCase()),
        entityLink(r.targetNode),
      ),
      r.evidence[0]
        ? h('blockquote', { class: 'evidence' }, r.evidence[0])
        : h('p', { class: 'muted small' }, 'No evidence sentence on record.'),
      r.evidence.length > 1
        ? h('p', { class: 'muted small' }, `+ ${r.evidence.length - 1} more sentence${r.evidence.length === 2 ? '' : 's'}`)
        : null,
      h(
        'div',
        { class: 'review-foot' },
        rulesOf(r).length
          ? h(
              'p',
              { class: 'rel-rules' },
              'found by ',
              rulesOf(r).flatMap((rule, i) => [i > 0 ? ', ' : null, h('code', { class: 'rule-id' }, rule)]),
            )
          : h('span'),
        confidence !== null
          ? h(
              'span',
              { class: 'confidence', title: `confidence ${confidence.toFixed(2)}` },
              h('span', { class: 'confidence-bar', style: `--value:${Math.round(confidence * 100)}%` }),
              `${Math.round(confidence * 100)}%`,
            )
          : null,
      ),
    );
  }

  function duplicateCard(d: DuplicateCandidate): HTMLElement {
    const [keep, drop] = survivorFirst(d);
    return h(
      'div',
      { class: 'review-card' },
      h(
        'div',
        { class: 'review-line' },
        entityLink(keep),
        h('span', { class: 'muted' }, '≟'),
        entityLink(drop),
        h('span', { class: 'score', title: 'Similarity score' }, `${Math.round(d.score * 100)}%`),
      ),
      h(
        'p',
        { class: 'muted small' },
        `${keep.type} · m keeps “${keep.name}” (${keep.degree} relationships) and merges “${drop.name}” into it`,
      ),
      h(
        'div',
        { class: 'chips' },
        // Why the server proposes the pair (names, telling shared aliases, neighbours, co-mention), in its words.
        ...(d.reasons ?? []).map((reason) => h('span', { class: 'chip small' }, reason)),
      ),
    );
  }

  function entityLink(node: GraphNode): HTMLElement {
    return h(
      'button',
      {
        type: 'button',
        class: 'link review-entity',
        style: `--swatch:${typeColor(node.type)}`,
        onclick: (e: Event) => (e.stopPropagation(), void actions.focusEntity(node.id)),
      },
      node.name,
    );
  }

  async function decide(action: ReviewAction, index: number): Promise<void> {
    const w = walk.items[index];
    const payload = w && payloads.get(w.key);
    if (!w || !payload) return;
    let decision: Decision | null;
    if (payload.kind === 'relation')
      decision = await curation.review(payload.item.edge.id, action === 'confirm' ? 'confirmed' : 'rejected');
    else {
      const [keep, drop] = survivorFirst(payload.item);
      decision =
        action === 'merge'
          ? await curation.merge(keep.id, [drop.id], `Merged “${drop.name}” into “${keep.name}”.`)
          : await curation.keepApart([keep.id, drop.id], `“${keep.name}” and “${drop.name}” are kept apart.`);
    }
    if (!decision) return;
    decisions.set(decision.id, decision);
    walk = recordDecision(walk, index, action, decision.id);
    render();
  }

  async function undo(decisionId: string): Promise<void> {
    const decision = decisions.get(decisionId);
    if (!decision || !(await curation.undo(decision))) return;
    walk = recordUndo(walk, decisionId);
    render();
  }

  window.addEventListener('keydown', (e) => {
    if (viewStore.get().panel !== 'review' || e.ctrlKey || e.metaKey || e.altKey || busy) return;
    if ((e.target as HTMLElement).closest('input, textarea, select, [contenteditable]') || document.querySelector('dialog[open]')) return;
    const command = commandFor(walk, e.key);
    if (command.type === 'none') {
      if (command.reason && REVIEW_KEYS.some((k) => k.key === e.key)) toast(command.reason);
      return;
    }
    e.preventDefault();
    if (command.type === 'move') {
      walk = moveTo(walk, command.focus);
      return render();
    }
    busy = true;
    host.dataset.busy = 'true';
    const run = command.type === 'decide' ? decide(command.action, command.index) : undo(command.decisionId);
    void run.finally(() => {
      busy = false;
      delete host.dataset.busy;
    });
  });

  viewStore.subscribe((s, p) => {
    if (s.panel === 'review' && p.panel !== 'review') {
      if (!loaded) void load(kind);
      else showFocused();
    }
    if (p.panel === 'review' && s.panel !== 'review') {
      shownKey = null;
      actions.showReviewItem(null);
    }
  });
  if (viewStore.get().panel === 'review') void load(kind);
}

/** The rules that made the edge (the queue item's own list, else the edge's). */
const rulesOf = (r: RelationReviewItem): string[] => (r.rules?.length ? r.rules : r.edge.rules);

function keyOf(p: Payload): string {
  return p.kind === 'relation' ? p.item.edge.id : `${p.item.a.id}|${p.item.b.id}`;
}

/** The entity with more relationships survives a merge (ties: the first of the pair). */
function survivorFirst(d: DuplicateCandidate): [GraphNode, GraphNode] {
  return d.b.degree > d.a.degree ? [d.b, d.a] : [d.a, d.b];
}
